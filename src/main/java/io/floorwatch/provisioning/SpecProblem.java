package io.floorwatch.provisioning;

/**
 * What is wrong with one field of a queue spec, for a person: {@code field} names it as the form and the files
 * do ("name", "media.call.serviceLevelPercentage", "rings[2].expandAfterSeconds").
 */
public record SpecProblem(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
