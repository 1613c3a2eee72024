package io.floorwatch.ui.tuning;

import io.floorwatch.domain.Agent;
import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Which agents the tuning table shows, out of the whole floor: those whose name, email or team contains the
 * search, and who hold the chosen skill (any state). The selection is made among the agents shown.
 */
public final class AgentFilter {
    private final Function<String, List<SkillAssignment>> skillsOf;
    private final FilteredList<Agent> shown;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<Skill> skill = new SimpleObjectProperty<>(this, "skill");

    /** @param skillsOf an agent's skills as held (staged changes not applied yet) */
    AgentFilter(ObservableList<Agent> agents, Function<String, List<SkillAssignment>> skillsOf) {
        this.skillsOf = skillsOf;
        this.shown = new FilteredList<>(agents);
        search.addListener(o -> refilter());
        skill.addListener(o -> refilter());
    }

    private void refilter() {
        String needle = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        Skill held = skill.get();
        shown.setPredicate(needle.isEmpty() && held == null ? null : agent -> matches(agent, needle, held));
    }

    private boolean matches(Agent agent, String needle, Skill held) {
        boolean text = needle.isEmpty() || (agent.name() + " " + agent.email() + " " + agent.team())
                .toLowerCase(Locale.ROOT).contains(needle);
        return text && (held == null || skillsOf.apply(agent.id()).stream()
                .anyMatch(s -> s.skillId().equals(held.id())));
    }

    /** The agents the table shows. */
    public ObservableList<Agent> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Skill> skillProperty() {
        return skill;
    }
}
