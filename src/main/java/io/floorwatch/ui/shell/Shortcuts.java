package io.floorwatch.ui.shell;

import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The window's keyboard shortcuts, each with what it does, in one list: the window installs them as the scene's
 * accelerators (they work whatever has the focus) and the shortcut sheet (F1) shows the same list, so the sheet
 * cannot name a key that does nothing or miss one that does. Used on the FX thread only.
 */
public final class Shortcuts {
    /**
     * One shortcut.
     *
     * @param group the heading it is listed under on the sheet ("Screens", "Views", ...)
     * @param what  what it does, as the sheet says it
     */
    public record Shortcut(String group, KeyCombination keys, String what, Runnable action) {
        public Shortcut {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(keys, "keys");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(action, "action");
        }

        /** The keys as the platform writes them ("Ctrl+1", "F1"). */
        public String keysText() {
            return keys.getDisplayText();
        }
    }

    private final List<Shortcut> all = new ArrayList<>();
    private Scene scene;

    /** Adds a shortcut; a key combination already taken is refused, naming both uses. */
    public Shortcuts add(String group, KeyCombination keys, String what, Runnable action) {
        for (Shortcut taken : all) {
            if (taken.keys().equals(keys)) {
                throw new IllegalArgumentException(keys.getDisplayText() + " already " + taken.what()
                        + ": it cannot also " + what);
            }
        }
        Shortcut shortcut = new Shortcut(group, keys, what, action);
        all.add(shortcut);
        if (scene != null) {
            scene.getAccelerators().put(keys, action);
        }
        return this;
    }

    /** Makes every shortcut, and any added later, work in the scene. */
    public void installIn(Scene newScene) {
        if (scene == newScene) {
            return;
        }
        if (scene != null) {
            all.forEach(s -> scene.getAccelerators().remove(s.keys()));
        }
        scene = newScene;
        if (scene != null) {
            all.forEach(s -> scene.getAccelerators().put(s.keys(), s.action()));
        }
    }

    /** Every shortcut, in the order added (the sheet groups them by their heading, first seen first). */
    public List<Shortcut> all() {
        return List.copyOf(all);
    }
}
