package io.floorwatch.monitor;

import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertStatus;
import io.floorwatch.testkit.Await;
import org.junit.jupiter.api.Test;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import static org.assertj.core.api.Assertions.assertThat;

class AlertSoundTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final Alert ALERT = new Alert("a1", "u-1", "Ada", "", "Not responding",
            AlertCondition.NOT_RESPONDING, 0, T0, T0, AlertStatus.RAISED, "", null, "", null, null, 0, T0);

    @Test
    void theChimeShipsWithTheAppAndDecodes() throws Exception {
        try (InputStream resource = AlertSound.class.getResourceAsStream("alert.wav")) {
            assertThat(resource).as("alert.wav on the class path").isNotNull();
            try (AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(resource))) {
                AudioFormat format = audio.getFormat();
                assertThat(format.getSampleRate()).isEqualTo(22050f);
                assertThat(audio.getFrameLength() / format.getFrameRate()).isBetween(0.3f, 1.0f);
            }
        }
    }

    @Test
    void switchedOffOrQuietEventsPlayNothing() throws Exception {
        try (AlertSound off = new AlertSound(() -> false); AlertSound on = new AlertSound(() -> true)) {
            off.accept(new AlertEvent(ALERT, AlertEvent.Kind.RAISED));
            on.accept(new AlertEvent(ALERT, AlertEvent.Kind.CLEARED));
            on.accept(new AlertEvent(ALERT, AlertEvent.Kind.REOPENED));
            // Nothing was handed to the player thread: accept() decides on the caller's thread.
            assertThat(off.played()).isZero();
            assertThat(off.problem()).isEmpty();
            assertThat(on.played()).isZero();
            assertThat(on.problem()).isEmpty();
        }
    }

    @Test
    void aRaisedAlertPlaysOrSaysWhyItCannot() throws Exception {
        try (AlertSound sound = new AlertSound(() -> true)) {
            sound.accept(new AlertEvent(ALERT, AlertEvent.Kind.RAISED));
            // Machines with an audio device play it; a headless one (CI) names the device problem, never the file.
            Await.until("played or refused", Duration.ofSeconds(10),
                    () -> sound.played() == 1 || !sound.problem().isEmpty());
            assertThat(sound.problem()).doesNotContain("missing");
        }
    }
}
