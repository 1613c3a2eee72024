package io.floorwatch.cli;

import io.floorwatch.config.AlertSettings;
import picocli.CommandLine.Option;

/**
 * Where a headless run's alerts go besides its output, over the saved settings: the Slack-compatible webhook and
 * the sound. An unattended {@code record} or {@code collect} is how a floor is watched at night, so it must reach
 * the same channel the window does.
 */
final class AlertOptions {
    @Option(names = "--alert-webhook", paramLabel = "URL",
            description = "post each alert to this Slack-compatible webhook (default: the one saved in Settings; "
                    + "'none' for none)")
    String webhook;

    @Option(names = "--sound", negatable = true,
            description = "play the alert chime where the machine has an audio device (default: as saved)")
    Boolean sound;

    /** The saved alert settings with what these options set; a bad URL is refused with the option's name. */
    AlertSettings over(AlertSettings saved) {
        String url = webhook == null ? saved.webhookUrl() : webhook.equalsIgnoreCase("none") ? "" : webhook.trim();
        AlertSettings.webhookProblem(url).ifPresent(problem -> {
            throw new IllegalArgumentException("--alert-webhook: " + problem);
        });
        return saved.withOutlets(sound == null ? saved.sound() : sound, url);
    }
}
