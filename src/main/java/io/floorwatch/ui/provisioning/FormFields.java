package io.floorwatch.ui.provisioning;

import io.floorwatch.ui.provisioning.QueueForm.Field;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A queue form's typed fields and their messages, as the view lays them out and the pickers fill them: the new
 * queue form and the edit form both.
 */
interface FormFields {
    StringProperty field(Field field);

    ReadOnlyStringProperty error(Field field);

    /**
     * Adds a picked entry to a list field in its own syntax ("Spanish:1" to "Billing:2" gives "Billing:2;
     * Spanish:1"); an entry already there is left as it is.
     */
    default void addPicked(Field field, String entry) {
        StringProperty text = field(field);
        String now = text.get() == null ? "" : text.get().trim();
        while (now.endsWith(";")) {
            now = now.substring(0, now.length() - 1).trim();
        }
        String name = entry.contains(":") && field == Field.SKILLS ? entry.substring(0, entry.indexOf(':')) : entry;
        for (String part : now.split(";")) {
            String have = part.trim();
            String haveName = field == Field.SKILLS && have.contains(":") ? have.substring(0, have.indexOf(':')) : have;
            if (haveName.trim().equalsIgnoreCase(name.trim())) {
                return;
            }
        }
        text.set(now.isEmpty() ? entry : now + "; " + entry);
    }
}
