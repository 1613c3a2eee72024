package io.floorwatch.ui.queues;

import io.floorwatch.actions.ActionPlanner;
import io.floorwatch.actions.AgentAction;
import io.floorwatch.actions.AgentActions;
import io.floorwatch.domain.QueueMember;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * A queue's members with their joined state, read from Genesys when asked, and joining or unjoining chosen
 * members through the same preview as the floor's actions.
 */
public final class QueueMembersViewModel {
    private final Supplier<Optional<AgentActions>> service;
    private final BackgroundTask<List<QueueMember>> reading;
    private final BiConsumer<AgentAction, List<ActionPlanner.Target>> preview;
    private final ObservableList<QueueMember> members = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Choose a queue to see its members.");
    private String queueId;
    private String queueName;

    /** @param preview opens the preview of an action for these agents (the floor's action window) */
    public QueueMembersViewModel(Supplier<Optional<AgentActions>> service, TaskExecutor tasks,
            BiConsumer<AgentAction, List<ActionPlanner.Target>> preview) {
        this.service = service;
        this.reading = new BackgroundTask<>(tasks);
        this.preview = preview;
    }

    /** Reads the members of the queue (again). */
    public void load(String id, String name) {
        queueId = id;
        queueName = name;
        Optional<AgentActions> actions = service.get();
        if (id == null || actions.isEmpty()) {
            members.clear();
            message.set(id == null ? "Choose a queue to see its members." : "Not connected: members cannot be read.");
            return;
        }
        message.set("Reading the members of " + name + "...");
        reading.start(c -> actions.get().members(id), read -> {
            members.setAll(read.stream().sorted(Comparator.comparing(QueueMember::name,
                    String.CASE_INSENSITIVE_ORDER)).toList());
            long joined = read.stream().filter(QueueMember::joined).count();
            message.set(read.size() + (read.size() == 1 ? " member, " : " members, ") + joined + " joined.");
        }, failure -> message.set("Cannot read the members of " + name + ": " + failure.getMessage()));
    }

    public void reload() {
        load(queueId, queueName);
    }

    public void join(List<QueueMember> chosen) {
        act(chosen, true);
    }

    public void leave(List<QueueMember> chosen) {
        act(chosen, false);
    }

    private void act(List<QueueMember> chosen, boolean join) {
        if (queueId == null || chosen.isEmpty()) {
            message.set("Choose the members to " + (join ? "join" : "unjoin") + " first.");
            return;
        }
        List<ActionPlanner.Target> targets = chosen.stream()
                .map(m -> new ActionPlanner.Target(m.userId(), m.name())).toList();
        preview.accept(join ? AgentAction.join(queueId, queueName) : AgentAction.leave(queueId, queueName), targets);
    }

    public ObservableList<QueueMember> members() {
        return members;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
