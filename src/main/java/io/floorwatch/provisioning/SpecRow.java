package io.floorwatch.provisioning;

import io.floorwatch.domain.QueueSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a queue file as read: where it stands ("line 4", "item 2"), the spec (null when the row could not be
 * read at all) and what is wrong with it.
 */
public record SpecRow(int number, String where, QueueSpec spec, List<SpecProblem> problems) {
    public SpecRow {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return spec != null && problems.isEmpty();
    }

    public SpecRow withProblems(List<SpecProblem> more) {
        List<SpecProblem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new SpecRow(number, where, spec, all);
    }

    /** "line 4 (Billing EMEA): name: required; division: no division named 'Nowhere'" */
    public String describe() {
        String label = spec == null || spec.name().isEmpty() ? where : where + " (" + spec.name() + ")";
        return problems.isEmpty() ? label + ": valid" : label + ": " + String.join("; ",
                problems.stream().map(SpecProblem::toString).toList());
    }
}
