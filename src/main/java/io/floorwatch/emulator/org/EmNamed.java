package io.floorwatch.emulator.org;

import java.util.List;

/**
 * A named thing of the emulated org that queues refer to: a division, a group (with its members), a skill group
 * or an architect flow (with its type, e.g. {@code inqueuecall}).
 *
 * @param kind    the flow type for flows; empty otherwise
 * @param members user ids (groups only)
 */
public record EmNamed(String id, String name, String kind, List<String> members) {
    public EmNamed {
        kind = kind == null ? "" : kind;
        members = members == null ? List.of() : List.copyOf(members);
    }
}
