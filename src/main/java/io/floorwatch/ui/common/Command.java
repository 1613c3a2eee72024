package io.floorwatch.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * An action a View can bind to: it knows when it may run ({@link #executableProperty()}) and whether it is
 * running, so buttons bind {@code disable} to {@link #notExecutableProperty()} and never decide for themselves.
 */
public final class Command {
    private final Runnable action;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final BooleanBinding executable;

    public Command(Runnable action, ObservableBooleanValue condition) {
        this.action = action;
        this.executable = Bindings.createBooleanBinding(() -> condition.get() && !running.get(), condition, running);
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

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Set by the ViewModel around background work started by the action. */
    public void setRunning(boolean isRunning) {
        running.set(isRunning);
    }
}
