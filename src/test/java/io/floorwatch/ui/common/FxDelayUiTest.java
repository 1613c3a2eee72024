package io.floorwatch.ui.common;

import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-shot FX timer behind the toast card's time-out: on the FX thread, once, and only the latest start. */
@ExtendWith(ApplicationExtension.class)
class FxDelayUiTest {
    private final FxDelay delay = new FxDelay("fx-delay-test");
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(delay::close);
    }

    private Runnable record(String what) {
        return () -> ran.add(what + (Platform.isFxApplicationThread() ? " on the FX thread" : " elsewhere"));
    }

    @Test
    void aRestartReplacesWhatWasPendingAndItRunsOnceOnTheFxThread(FxRobot robot) throws Exception {
        robot.interact(() -> {
            delay.restart(Duration.ofMillis(100), record("first"));
            delay.restart(Duration.ofMillis(150), record("second"));
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !ran.isEmpty());
        Thread.sleep(300);
        assertThat(ran).containsExactly("second on the FX thread");
    }

    @Test
    void stoppedOrClosedNothingRuns(FxRobot robot) throws Exception {
        robot.interact(() -> {
            delay.restart(Duration.ofMillis(50), record("stopped"));
            delay.stop();
        });
        Thread.sleep(300);
        robot.interact(() -> {
            delay.close();
            delay.restart(Duration.ofMillis(10), record("after close"));
        });
        Thread.sleep(200);
        assertThat(ran).isEmpty();
    }
}
