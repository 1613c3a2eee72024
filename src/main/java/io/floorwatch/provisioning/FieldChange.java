package io.floorwatch.provisioning;

/** One field of a queue edit, as it was and as it is to be (the preview, the audit entry and the notice). */
public record FieldChange(String column, String before, String after) {
    @Override
    public String toString() {
        return column + ": " + shown(before) + " -> " + shown(after);
    }

    static String shown(String value) {
        return value.isEmpty() ? "(empty)" : "'" + value + "'";
    }
}
