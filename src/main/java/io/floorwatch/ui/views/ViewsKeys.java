package io.floorwatch.ui.views;

import io.floorwatch.ui.shell.Shortcuts;
import javafx.scene.input.KeyCombination;

/** The saved views' keys, in the window's list of shortcuts (so the F1 sheet lists them too). */
public final class ViewsKeys {
    private ViewsKeys() {
    }

    public static void addTo(Shortcuts shortcuts, ViewsViewModel model, ViewsMenu menu) {
        shortcuts.add("Views", KeyCombination.keyCombination("Shortcut+Shift+S"),
                "Save what the floor and the queues show as a view", model::saveAs);
        shortcuts.add("Views", KeyCombination.keyCombination("Shortcut+Shift+V"), "Open the Views menu",
                menu::open);
        for (int number = 1; number <= ViewsViewModel.KEYED; number++) {
            int chosen = number;
            shortcuts.add("Views", KeyCombination.keyCombination("Alt+" + number),
                    "Switch to saved view " + number + " (in the Views menu's order)", () -> model.switchTo(chosen));
        }
    }
}
