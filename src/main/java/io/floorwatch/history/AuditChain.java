package io.floorwatch.history;

import io.floorwatch.domain.AuditEntry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The audit log's hash chain: each row's hash covers the previous row's hash and every field of its own. */
final class AuditChain {
    /** The "previous hash" of the first row. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(String previous, long seq, AuditEntry entry) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        // Length-prefixed fields: no two different rows can run together into the same bytes.
        for (String field : new String[] {previous, Long.toString(seq), Long.toString(entry.at().toEpochMilli()),
                entry.actor(), entry.action(), entry.target(), entry.before(), entry.after(), entry.outcome(),
                Long.toString(entry.latencyMillis())}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
