package io.floorwatch.feed;

import io.floorwatch.domain.Share;
import io.floorwatch.domain.ShareLayout;
import io.floorwatch.kafka.ShareGroup;

import java.time.Duration;

/**
 * What a collector publishes where, and which part of the org it follows: the whole org, one fixed share
 * ({@code --share}), or whichever shares of a list its share group gives it ({@code --shares}).
 *
 * @param metricsTopic   where queue snapshots go, or null for none
 * @param rosterTopic    the compacted roster topic, or null for none
 * @param share          the fixed share ({@link Share#ALL} without {@code --share}); ignored with a share list
 * @param shares         the share group's list, or null for a collector with a fixed share
 * @param sessionTimeout with a share list: how long the group waits for a silent collector before its shares go
 *                       to another
 */
public record CollectorSetup(String bootstrap, String agentTopic, String metricsTopic, String rosterTopic,
        Share share, ShareLayout shares, Duration sessionTimeout) {
    /** The share group's session timeout: a stopped collector's shares go to another this long after. */
    public static final Duration TAKEOVER_AFTER = ShareGroup.SESSION_TIMEOUT;

    /** A collector of the whole org, as before shares. */
    public static CollectorSetup wholeOrg(String bootstrap, String agentTopic, String metricsTopic,
            String rosterTopic) {
        return new CollectorSetup(bootstrap, agentTopic, metricsTopic, rosterTopic, Share.ALL, null,
                ShareGroup.SESSION_TIMEOUT);
    }

    public CollectorSetup {
        share = share == null ? Share.ALL : share;
        if (shares != null && share != Share.ALL) {
            throw new IllegalArgumentException("a collector has a fixed share or a share list, not both");
        }
    }

    /** Whether it is a member of a share group. */
    public boolean inGroup() {
        return shares != null;
    }

    /** How it says what it follows, in its first line. */
    public String describe() {
        if (inGroup()) {
            return "whichever of " + shares.size() + " shares (" + String.join("; ", shares.shares().stream()
                    .map(Share::label).toList()) + ") the group " + ShareMember.controlTopicOf(agentTopic)
                    + " gives it";
        }
        return share == Share.ALL ? "the whole org" : "share " + share.label();
    }
}
