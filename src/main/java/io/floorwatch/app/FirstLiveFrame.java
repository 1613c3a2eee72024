package io.floorwatch.app;

import io.floorwatch.ui.common.OnPulse;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;

/**
 * Says once, in the log, how long after launch the first agent rows were painted: the cold-start figure a
 * supervisor feels, which the startup benchmark reads. Listens to the scene's pulses until then, and no longer.
 */
final class FirstLiveFrame {
    /** What the log line starts with; the benchmark looks for it. */
    static final String MARK = "first live frame:";
    private static final Logger LOG = LoggerFactory.getLogger(FirstLiveFrame.class);

    private FirstLiveFrame() {
    }

    /** Watches the floor table (looked up by id in {@code scene}) until a pulse has laid out rows in it. */
    static void watch(Scene scene) {
        OnPulse.until(scene, () -> {
            if (!(scene.lookup("#floorTable") instanceof TableView<?> table) || table.getItems().isEmpty()
                    || table.lookup(".table-row-cell .text") == null) {
                return false;
            }
            long sinceLaunch = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            LOG.info("{} {} agent rows on screen {} ms after launch", MARK, table.getItems().size(), sinceLaunch);
            return true;
        });
    }
}
