package io.floorwatch.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The part of the org one collector follows, so several collectors, each with its own OAuth client (20 channels of
 * 1,000 topics each), together follow more agents than one client could. Written as on the command line:
 * {@code hash:K/N} (the agents whose user id hashes to K modulo N), {@code teams:NAME[,NAME...]} (the agents of
 * those teams, names compared ignoring case), {@code division:NAME-OR-ID} (the agents of that division, by id or
 * name), or {@code all} (the whole org, a collector's default).
 */
public sealed interface Share {
    /** The whole org: what a collector follows without {@code --share}. */
    Share ALL = new All();

    /** Whether this share takes the agent. */
    boolean takes(Agent agent);

    /** How it is written ({@code hash:1/3}); what heartbeats carry and the status bar shows. */
    String label();

    /**
     * Reads a share as written on the command line.
     *
     * @throws IllegalArgumentException naming what is wrong and what is expected
     */
    static Share parse(String text) {
        String t = text == null ? "" : text.strip();
        int colon = t.indexOf(':');
        String kind = (colon < 0 ? t : t.substring(0, colon)).toLowerCase(Locale.ROOT);
        String value = colon < 0 ? "" : t.substring(colon + 1).strip();
        switch (kind) {
            case "all":
                if (colon >= 0) {
                    throw new IllegalArgumentException("share 'all' takes no value, not '" + value + "'");
                }
                return ALL;
            case "hash":
                return Hash.parse(value);
            case "teams":
                Set<String> names = Arrays.stream(value.split(",")).map(String::strip).filter(n -> !n.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                if (names.isEmpty()) {
                    throw new IllegalArgumentException("share 'teams:' needs at least one team name: "
                            + "teams:NAME[,NAME...]");
                }
                return new Teams(names);
            case "division":
                if (value.isEmpty()) {
                    throw new IllegalArgumentException("share 'division:' needs a division's name or id");
                }
                return new Division(value);
            default:
                throw new IllegalArgumentException("share '" + t + "' is not hash:K/N, teams:NAME[,NAME...], "
                        + "division:NAME-OR-ID or all");
        }
    }

    /** The whole org. */
    record All() implements Share {
        @Override
        public boolean takes(Agent agent) {
            return true;
        }

        @Override
        public String label() {
            return "all";
        }
    }

    /**
     * The agents whose user id hashes to {@code k} modulo {@code n}. The hash is 32-bit FNV-1a over the UTF-8 bytes
     * of the lower-cased id, read unsigned: fixed by this definition rather than by a JVM's {@code hashCode}, so
     * collectors of different versions, or a script in another language, split the org the same way; Genesys
     * user ids are random UUIDs, so the N shares come out about equal.
     */
    record Hash(int k, int n) implements Share {
        public Hash {
            if (n < 1 || k < 0 || k >= n) {
                throw new IllegalArgumentException("share hash:" + k + "/" + n + " needs 0 <= K < N");
            }
        }

        static Hash parse(String value) {
            int slash = value.indexOf('/');
            if (slash < 0) {
                throw new IllegalArgumentException("share 'hash:" + value + "' must be hash:K/N, e.g. hash:0/2");
            }
            try {
                return new Hash(Integer.parseInt(value.substring(0, slash).strip()),
                        Integer.parseInt(value.substring(slash + 1).strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("share 'hash:" + value + "' must be hash:K/N with whole numbers");
            }
        }

        @Override
        public boolean takes(Agent agent) {
            return bucket(agent.id(), n) == k;
        }

        /** Which of {@code n} buckets a user id falls in. */
        public static int bucket(String userId, int n) {
            int hash = 0x811c9dc5;
            for (byte b : userId.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)) {
                hash ^= b & 0xff;
                hash *= 0x01000193;
            }
            return (int) (Integer.toUnsignedLong(hash) % n);
        }

        @Override
        public String label() {
            return "hash:" + k + "/" + n;
        }
    }

    /** The agents of these teams (by name, ignoring case); an agent of no team is in no {@code teams:} share. */
    record Teams(Set<String> names) implements Share {
        public Teams {
            names = Set.copyOf(new LinkedHashSet<>(names));
        }

        @Override
        public boolean takes(Agent agent) {
            return names.stream().anyMatch(n -> n.equalsIgnoreCase(agent.team()));
        }

        @Override
        public String label() {
            return "teams:" + names.stream().sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining(","));
        }
    }

    /** The agents of one division, given by its id or its name (ignoring case). */
    record Division(String nameOrId) implements Share {
        @Override
        public boolean takes(Agent agent) {
            return nameOrId.equals(agent.divisionId()) || nameOrId.equalsIgnoreCase(agent.division());
        }

        @Override
        public String label() {
            return "division:" + nameOrId;
        }
    }
}
