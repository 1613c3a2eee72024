package io.floorwatch.ui.tuning;

import io.floorwatch.domain.Agent;
import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Which agents the tuning table shows, out of the whole floor: those whose name, email or team contains the
 * search, who are members of the chosen queue, and who hold the chosen skill (any state). The selection is made
 * among the agents shown.
 */
public final class AgentFilter {
    private final Function<String, List<SkillAssignment>> skillsOf;
    private final FilteredList<Agent> shown;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<Skill> skill = new SimpleObjectProperty<>(this, "skill");
    private final ObjectProperty<String> queue = new SimpleObjectProperty<>(this, "queue");
    private final Function<String, List<String>> queuesOf;
    private final ObservableList<String> queues = FXCollections.observableArrayList();

    /**
     * @param skillsOf an agent's skills as held (staged changes not applied yet)
     * @param queuesOf the names of the queues an agent is a member of (the floor's membership read)
     */
    AgentFilter(ObservableList<Agent> agents, Function<String, List<SkillAssignment>> skillsOf,
            Function<String, List<String>> queuesOf) {
        this.skillsOf = skillsOf;
        this.queuesOf = queuesOf;
        this.shown = new FilteredList<>(agents);
        search.addListener(o -> refilter());
        skill.addListener(o -> refilter());
        queue.addListener(o -> refilter());
        agents.addListener((ListChangeListener<Agent>) c -> queues.setAll(agents.stream()
                .flatMap(a -> queuesOf.apply(a.id()).stream()).distinct().sorted(String.CASE_INSENSITIVE_ORDER)
                .toList()));
    }

    private void refilter() {
        String needle = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        Skill held = skill.get();
        String in = queue.get();
        shown.setPredicate(needle.isEmpty() && held == null && in == null ? null
                : agent -> matches(agent, needle, held, in));
    }

    private boolean matches(Agent agent, String needle, Skill held, String in) {
        boolean text = needle.isEmpty() || (agent.name() + " " + agent.email() + " " + agent.team())
                .toLowerCase(Locale.ROOT).contains(needle);
        return text && (in == null || queuesOf.apply(agent.id()).contains(in))
                && (held == null || skillsOf.apply(agent.id()).stream().anyMatch(s -> s.skillId().equals(held.id())));
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

    /** The queue whose members show; null for every agent. */
    public ObjectProperty<String> queueProperty() {
        return queue;
    }

    /** The queues the agents are members of, by name: the queue filter's choices. */
    public ObservableList<String> queues() {
        return queues;
    }
}
