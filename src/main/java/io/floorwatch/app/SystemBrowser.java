package io.floorwatch.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Opens a URL in the person's default browser with the operating system's own opener ({@code open} on macOS,
 * {@code rundll32 url.dll,FileProtocolHandler} on Windows, {@code xdg-open} elsewhere), without AWT. When that
 * fails, {@code fallback} is told the URL so that the window can show it for copying.
 */
final class SystemBrowser implements Consumer<URI> {
    private static final Logger LOG = LoggerFactory.getLogger(SystemBrowser.class);

    private final Consumer<URI> fallback;

    SystemBrowser(Consumer<URI> fallback) {
        this.fallback = fallback;
    }

    @Override
    public void accept(URI uri) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("mac") ? List.of("open", uri.toString())
                : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", uri.toString())
                : List.of("xdg-open", uri.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            LOG.info("no browser could be opened ({}); the window shows the sign-in address", e.getMessage());
            fallback.accept(uri);
        }
    }
}
