package io.floorwatch.app;

import io.floorwatch.ui.common.DialogService;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fails visibly: an uncaught exception is logged and shown in a dialog instead of vanishing. */
final class FailureReporter implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(FailureReporter.class);
    private final DialogService dialogs;

    FailureReporter(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("uncaught exception on thread {}", thread.getName(), error);
        String text = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage())
                + "\n\nThe details are in the log.";
        if (Platform.isFxApplicationThread()) {
            dialogs.showError("Something went wrong", text);
        } else {
            Platform.runLater(() -> dialogs.showError("Something went wrong", text));
        }
    }
}
