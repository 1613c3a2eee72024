package io.floorwatch.ui.floor;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Collection;
import java.util.TreeSet;

/**
 * What the floor's queue, team and skill filters offer: every value some agent has, sorted without regard to
 * case. A list is set again only when its values changed, so an open drop-down is not disturbed by each pull.
 */
final class FloorChoices {
    private final ObservableList<String> queues = FXCollections.observableArrayList();
    private final ObservableList<String> teams = FXCollections.observableArrayList();
    private final ObservableList<String> skills = FXCollections.observableArrayList();

    void update(Collection<FloorRow> rows) {
        TreeSet<String> q = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> t = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> s = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (FloorRow row : rows) {
            q.addAll(row.queues());
            if (!row.team().isEmpty()) {
                t.add(row.team());
            }
            s.addAll(row.skills());
        }
        setIfDifferent(queues, q);
        setIfDifferent(teams, t);
        setIfDifferent(skills, s);
    }

    private static void setIfDifferent(ObservableList<String> list, TreeSet<String> values) {
        if (!list.equals(new ArrayList<>(values))) {
            list.setAll(values);
        }
    }

    ObservableList<String> queues() {
        return queues;
    }

    ObservableList<String> teams() {
        return teams;
    }

    ObservableList<String> skills() {
        return skills;
    }
}
