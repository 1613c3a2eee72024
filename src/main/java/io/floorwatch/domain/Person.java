package io.floorwatch.domain;

import java.util.List;
import java.util.Set;

/**
 * The person signed in, as {@code GET /api/v2/users/me?expand=authorization} describes them: who, in which org,
 * with which roles, and the permissions those roles grant (spelled {@code domain:entity:action}).
 */
public record Person(String userId, String name, String email, String organization, List<String> roles,
        Set<String> permissions) {
    public Person {
        roles = List.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    /** Whether the roles grant this permission; a {@code *} in a granted permission matches any part. */
    public boolean may(String permission) {
        if (permissions.contains(permission)) {
            return true;
        }
        String[] wanted = permission.split(":");
        for (String granted : permissions) {
            String[] parts = granted.split(":");
            if (parts.length != wanted.length) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < parts.length && matches; i++) {
                matches = parts[i].equals("*") || parts[i].equals(wanted[i]);
            }
            if (matches) {
                return true;
            }
        }
        return false;
    }
}
