package io.floorwatch.config;

/**
 * A view the supervisor saved under a name: what the floor and the queues screens show (filters, columns, sort), to
 * switch back to or share with a team.
 *
 * @param name its name, as the Views menu lists it; names are compared without regard to case
 */
public record SavedView(String name, FloorLayout floor, QueuesLayout queues) {
    public SavedView {
        name = name == null ? "" : name.strip();
        floor = floor == null ? FloorLayout.none() : floor;
        queues = queues == null ? QueuesLayout.none() : queues;
    }

    public SavedView named(String newName) {
        return new SavedView(newName, floor, queues);
    }

    /** Whether the view has this name, regardless of case and surrounding spaces. */
    public boolean hasName(String other) {
        return other != null && name.equalsIgnoreCase(other.strip());
    }
}
