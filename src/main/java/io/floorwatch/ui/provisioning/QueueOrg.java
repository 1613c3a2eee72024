package io.floorwatch.ui.provisioning;

import io.floorwatch.domain.GroupType;
import io.floorwatch.provisioning.OrgIndex;
import io.floorwatch.provisioning.QueueProvisioner;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.Command;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The org as the provisioning screen checks against it: its skills, queues, divisions, groups and flows, read once
 * and kept until something is created (the new name is taken then) or the supervisor reads it again. Whoever
 * needs it while a read runs waits for that read instead of starting a second one.
 */
public final class QueueOrg {
    private final Supplier<Optional<QueueProvisioner>> provisioners;
    private final BackgroundTask<QueueProvisioner.Org> reading;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final List<Consumer<QueueProvisioner.Org>> waiting = new ArrayList<>();
    private final List<Consumer<String>> waitingProblems = new ArrayList<>();
    private final Command refresh;
    private QueueProvisioner.Org org;

    QueueOrg(Supplier<Optional<QueueProvisioner>> provisioners, TaskExecutor tasks) {
        this.provisioners = provisioners;
        this.reading = new BackgroundTask<>(tasks);
        // A refresh has no form or file waiting: what went wrong is said by the status line alone.
        this.refresh = reading.command(() -> {
            org = null;
            use(read -> { }, problem -> { });
        });
    }

    /**
     * Hands the org to {@code then} once it is known, reading it first if needed; or says what went wrong to
     * {@code problem} ("Not connected: ...", "The org could not be read: ...").
     */
    void use(Consumer<QueueProvisioner.Org> then, Consumer<String> problem) {
        if (org != null) {
            then.accept(org);
            return;
        }
        Optional<QueueProvisioner> provisioner = provisioners.get();
        if (provisioner.isEmpty()) {
            status.set("Not connected yet: the org is read once the connection is up.");
            problem.accept("Not connected: nothing can be checked or created until the connection is up.");
            return;
        }
        waiting.add(then);
        waitingProblems.add(problem);
        if (reading.isRunning()) {
            return;
        }
        status.set("Reading skills, queues, divisions, groups and flows...");
        reading.start(context -> provisioner.get().readOrg(), read -> {
            org = read;
            status.set("Checked against the org as read just now (" + read.userSkills().size() + " users).");
            List<Consumer<QueueProvisioner.Org>> ready = List.copyOf(waiting);
            clearWaiting();
            ready.forEach(c -> c.accept(read));
        }, failure -> {
            String text = "The org could not be read: " + failure.getMessage();
            status.set(text);
            List<Consumer<String>> told = List.copyOf(waitingProblems);
            clearWaiting();
            told.forEach(c -> c.accept(text));
        });
    }

    private void clearWaiting() {
        waiting.clear();
        waitingProblems.clear();
    }

    /** The org changed (a queue was created): the next check reads it again. */
    void forget() {
        org = null;
    }

    /**
     * The names a picker offers, from the org as read (reading it first if need be); {@code problem} hears why
     * there are none.
     */
    public void names(Names which, Consumer<List<String>> then, Consumer<String> problem) {
        use(read -> then.accept(which.of.apply(read.index())), problem);
    }

    /** Runs {@code then} once the org is read (reading it now if need be), or says why it cannot be. */
    public void whenRead(Runnable then, Consumer<String> problem) {
        use(read -> then.run(), problem);
    }

    /** The groups of one type a picker offers (teams, groups, skill groups); call once the org is read. */
    public void groupNames(GroupType type, Consumer<List<String>> then, Consumer<String> problem) {
        use(read -> then.accept(read.index().groupNames(type)), problem);
    }

    /** What a picker lists, from the org's index. */
    public enum Names {
        DIVISIONS(OrgIndex::divisionNames),
        ACTIVE_SKILLS(OrgIndex::activeSkillNames),
        FLOWS(OrgIndex::flowNames);

        private final Function<OrgIndex, List<String>> of;

        Names(Function<OrgIndex, List<String>> of) {
            this.of = of;
        }
    }

    /** The org as last read, if it is still current. */
    Optional<QueueProvisioner.Org> current() {
        return Optional.ofNullable(org);
    }

    /** A provisioner on the open connection, or empty while there is none. */
    Optional<QueueProvisioner> provisioner() {
        return provisioners.get();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Command refreshCommand() {
        return refresh;
    }
}
