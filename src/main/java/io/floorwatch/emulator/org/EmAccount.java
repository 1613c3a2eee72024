package io.floorwatch.emulator.org;

import java.util.Set;

/**
 * A person who may sign in to the emulated org through the authorization code grant: one of the org's users, a
 * password, a role with its permissions (spelled as Genesys spells them, {@code routing:skill:assign}), and the
 * divisions the role is granted in (empty means every division).
 */
public record EmAccount(String userId, String name, String email, String password, EmRole role,
        Set<String> divisionIds) {
    public EmAccount {
        divisionIds = Set.copyOf(divisionIds);
    }

    public boolean seesDivision(String divisionId) {
        return divisionIds.isEmpty() || divisionIds.contains(divisionId);
    }
}
