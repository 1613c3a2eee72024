package io.floorwatch.emulator;

import io.floorwatch.emulator.notify.Topics;
import io.floorwatch.emulator.rest.QueueEndpoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicsAndNamesTest {
    @Test
    void combinedTopicsExpandToCanonicalNames() {
        assertThat(Topics.expand("v2.users.abc-1?presence&routingstatus"))
                .containsExactly("v2.users.abc-1.presence", "v2.users.abc-1.routingStatus");
        assertThat(Topics.expand("v2.analytics.queues.q1.observations"))
                .containsExactly("v2.analytics.queues.q1.observations");
    }

    @Test
    void invalidTopicsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> Topics.expand("v2.users.abc.mood")).hasMessageContaining("unknown event 'mood'");
        assertThatThrownBy(() -> Topics.expand("v2.routing.queues.q1.observations"))
                .hasMessageContaining("unknown event");
        String tooLong = "v2.users.abc?" + String.join("&", List.of("presence", "routingStatus", "activity"))
                + "&x".repeat(100);
        assertThatThrownBy(() -> Topics.expand(tooLong)).hasMessageContaining("200 characters");
    }

    @ParameterizedTest
    @CsvSource({"Support,Support,true", "Support Overflow,Support,true", "Premium Support,Support,false",
        "Premium Support,*support,true", "Premium Support Desk,*support*,true", "support,SUPPORT,true",
        "Billing,Support*,false"})
    void queueNameFilterIsAWildcardPrefixSearch(String name, String filter, boolean matches) {
        assertThat(QueueEndpoints.nameMatches(name, filter)).isEqualTo(matches);
    }
}
