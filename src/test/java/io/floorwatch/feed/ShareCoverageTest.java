package io.floorwatch.feed;

import io.floorwatch.domain.Agent;
import io.floorwatch.domain.ShareLayout;
import io.floorwatch.kafka.ShareGroup;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A share group's list checked against the directory its collectors read: a gap or an overlap is said in the
 * member's status (and so in its summary line and heartbeats), and goes once the list covers the org again.
 */
class ShareCoverageTest {

    private static ShareMember member(String list) {
        // Never started: no broker is needed to check a list against a directory.
        return new ShareMember(ShareLayout.parse(list), new ShareMember.ShareGroupSettings("127.0.0.1:9",
                "floorwatch.agent-state.shares", ShareGroup.SESSION_TIMEOUT), "test", Clock.systemUTC(),
                Duration.ofSeconds(5), (index, live, directory) -> {
                    throw new AssertionError("no share is taken here");
                }, (key, value) -> { });
    }

    private static Agent agent(String id, String team) {
        return new Agent(id, "Agent " + id, id + "@example.com", team);
    }

    @Test
    void agentsOfNoShareAndOfSeveralAreNamedUntilTheListCoversTheOrgOnce() {
        try (ShareMember member = member("teams:Aurora,Beacon;teams:Beacon;teams:Cedar")) {
            member.directoryRead(List.of(agent("u1", "Aurora"), agent("u2", "Beacon"), agent("u3", "Delta"),
                    agent("u4", "Cedar"), agent("u5", "Delta")));
            assertThat(member.health().problem())
                    .contains("the share list does not cover the org once")
                    .contains("2 agents are in no share (e.g. u3)")
                    .contains("1 agent is in several shares (e.g. u2)");

            member.directoryRead(List.of(agent("u1", "Aurora"), agent("u4", "Cedar")));
            assertThat(member.health().problem()).as("a later read that finds the org covered once clears it")
                    .doesNotContain("share list");
        }
    }

    @Test
    void hashSharesCoverAnyDirectoryOnce() {
        try (ShareMember member = member("hash:0/3;hash:1/3;hash:2/3")) {
            member.directoryRead(java.util.stream.IntStream.range(0, 500)
                    .mapToObj(i -> agent("user-" + i, "")).toList());
            assertThat(member.health().problem()).isEmpty();
        }
    }
}
