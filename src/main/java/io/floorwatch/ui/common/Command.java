package io.floorwatch.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * An action a View can bind to: it knows when it may run ({@link #executableProperty()}), so buttons bind
 * {@code disable} to {@link #notExecutableProperty()} and never decide for themselves. A command that starts
 * background work is made by {@link BackgroundTask#command}, which also disables it while the work runs.
 */
public final class Command {
    private final Runnable action;
    private final BooleanBinding executable;

    public Command(Runnable action, ObservableBooleanValue condition) {
        this.action = action;
        this.executable = Bindings.createBooleanBinding(condition::get, condition);
    }

    public Command(Runnable action) {
        this(action, new ReadOnlyBooleanWrapper(true));
    }

    public void execute() {
        if (executable.get()) {
            action.run();
        }
    }

    public BooleanBinding executableProperty() {
        return executable;
    }

    public BooleanBinding notExecutableProperty() {
        return executable.not();
    }
}
