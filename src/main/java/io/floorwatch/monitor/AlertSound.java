package io.floorwatch.monitor;

import io.floorwatch.base.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineEvent;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Plays the alert chime ({@code assets/alert.wav}) when an alert calls for attention and sound is switched on, on
 * a thread of its own so no caller waits for the audio device. Alerts that rise while the chime plays do not queue
 * more chimes. A machine without an audio device is told once in the log and {@link #problem()}; alerts still
 * show on screen.
 */
public final class AlertSound implements Consumer<AlertEvent>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertSound.class);
    private static final String RESOURCE = "alert.wav";

    private final BooleanSupplier enabled;
    private final ExecutorService player = Executors.newSingleThreadExecutor(DaemonThreads.named("alert-sound"));
    private final AtomicBoolean playing = new AtomicBoolean();
    private volatile String problem = "";
    private volatile long played;

    /** @param enabled read at each alert, so the settings' toggle takes effect at once */
    public AlertSound(BooleanSupplier enabled) {
        this.enabled = enabled;
    }

    @Override
    public void accept(AlertEvent event) {
        if (event.popsUp() && enabled.getAsBoolean() && problem.isEmpty() && playing.compareAndSet(false, true)) {
            player.execute(this::play);
        }
    }

    private void play() {
        try (InputStream resource = AlertSound.class.getResourceAsStream(RESOURCE)) {
            if (resource == null) {
                throw new IOException(RESOURCE + " is missing from the application");
            }
            try (AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(resource))) {
                Clip clip = AudioSystem.getClip();
                CountDownLatch done = new CountDownLatch(1);
                clip.addLineListener(e -> {
                    if (e.getType() == LineEvent.Type.STOP) {
                        done.countDown();
                    }
                });
                clip.open(audio);
                clip.start();
                done.await(5, TimeUnit.SECONDS);
                clip.close();
                played++;
            }
        } catch (LineUnavailableException | IllegalArgumentException | UnsupportedAudioFileException
                | IOException e) {
            // No audio device (a headless machine, a locked sound server): say so once and stop trying.
            problem = "alert sound unavailable: " + e.getMessage();
            LOG.warn("{}; alerts still show on screen", problem);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            playing.set(false);
        }
    }

    /** Why sounds cannot play here, or empty. */
    public String problem() {
        return problem;
    }

    public long played() {
        return played;
    }

    @Override
    public void close() {
        player.shutdownNow();
    }
}
