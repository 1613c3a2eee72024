package io.floorwatch.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the collectors of one deployment split the org: share i of the list is the control topic's partition i,
 * which Kafka gives to exactly one live collector of the group. Written {@code "hash:0/3;hash:1/3;hash:2/3"} or
 * {@code "teams:Billing,Sales;teams:Support;division:EMEA"}; every collector of the group is given the same list.
 *
 * @param shares in order; at least one, no label twice
 */
public record ShareLayout(List<Share> shares) {
    public ShareLayout {
        shares = List.copyOf(shares);
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("a share list needs at least one share");
        }
        Set<String> labels = new HashSet<>();
        for (Share share : shares) {
            if (!labels.add(share.label().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("share " + share.label() + " is listed twice");
            }
        }
        if (shares.stream().anyMatch(s -> s instanceof Share.Hash)) {
            int n = shares.size();
            for (Share share : shares) {
                if (!(share instanceof Share.Hash hash) || hash.n() != n) {
                    throw new IllegalArgumentException("hash shares are listed all together, N of them: "
                            + "hash:0/" + n + ";...;hash:" + (n - 1) + "/" + n + ", not mixed with '"
                            + share.label() + "'");
                }
            }
        }
    }

    /** Reads {@code "share;share;..."}. */
    public static ShareLayout parse(String text) {
        List<Share> shares = new ArrayList<>();
        for (String part : (text == null ? "" : text).split(";")) {
            if (!part.isBlank()) {
                shares.add(Share.parse(part));
            }
        }
        return new ShareLayout(shares);
    }

    public int size() {
        return shares.size();
    }

    public Share get(int index) {
        return shares.get(index);
    }

    /** What a collector finds when it reads the whole directory: agents no share takes, and agents two take. */
    public Coverage coverage(List<Agent> agents) {
        List<String> none = new ArrayList<>();
        List<String> several = new ArrayList<>();
        for (Agent agent : agents) {
            long taking = shares.stream().filter(s -> s.takes(agent)).count();
            if (taking == 0) {
                none.add(agent.id());
            } else if (taking > 1) {
                several.add(agent.id());
            }
        }
        return new Coverage(none, several);
    }

    /** Agents of the org left out of every share (a gap), or in more than one (an overlap). */
    public record Coverage(List<String> inNoShare, List<String> inSeveral) {
        public Coverage {
            inNoShare = List.copyOf(inNoShare);
            inSeveral = List.copyOf(inSeveral);
        }

        /** Empty when every agent is in exactly one share. */
        public String problem() {
            List<String> parts = new ArrayList<>();
            if (!inNoShare.isEmpty()) {
                parts.add(inNoShare.size() + (inNoShare.size() == 1 ? " agent is" : " agents are")
                        + " in no share (e.g. " + inNoShare.get(0) + ")");
            }
            if (!inSeveral.isEmpty()) {
                parts.add(inSeveral.size() + (inSeveral.size() == 1 ? " agent is" : " agents are")
                        + " in several shares (e.g. " + inSeveral.get(0) + ")");
            }
            return String.join("; ", parts);
        }
    }
}
