package io.floorwatch.ui.settings;

import io.floorwatch.config.ActionSettings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Acting on agents' part of the settings form: the batch size above which a reason is required, checked with a
 * message naming the field.
 */
public final class ActionSettingsForm {
    private final StringProperty reasonAbove = new SimpleStringProperty(this, "reasonAbove", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "actionsError", "");

    public ActionSettingsForm(ActionSettings current) {
        reasonAbove.set(Integer.toString(current.reasonAbove()));
    }

    public boolean validate() {
        error.set("");
        String typed = reasonAbove.get() == null ? "" : reasonAbove.get().trim();
        int size;
        try {
            size = Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            error.set("Reason required above: a whole number of agents (1 to " + ActionSettings.MAX_REASON_ABOVE
                    + "), not '" + typed + "'.");
            return false;
        }
        if (size < 1 || size > ActionSettings.MAX_REASON_ABOVE) {
            error.set("Reason required above: 1 to " + ActionSettings.MAX_REASON_ABOVE + " agents, not " + size
                    + ".");
            return false;
        }
        return true;
    }

    /** The settings as the form holds them; call {@link #validate()} first. */
    public ActionSettings settings() {
        return new ActionSettings(Integer.parseInt(reasonAbove.get().trim()));
    }

    public StringProperty reasonAboveProperty() {
        return reasonAbove;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
