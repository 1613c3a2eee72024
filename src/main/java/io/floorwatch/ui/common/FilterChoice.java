package io.floorwatch.ui.common;

import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

import java.util.function.Function;

/** A filter's combo box: its first entry, null, means "no filter" and reads as e.g. "All queues". */
public final class FilterChoice {
    private FilterChoice() {
    }

    public static <T> ComboBox<T> create(String id, String none, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(none);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                // The box is not editable, so no typed text becomes a value.
                return null;
            }
        });
        return box;
    }
}
