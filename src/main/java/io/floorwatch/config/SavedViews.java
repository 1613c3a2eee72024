package io.floorwatch.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The supervisor's saved views, in the order the Views menu lists them (the first nine have Alt+1 to Alt+9), and
 * the name of the one last used, which the window shows again at start.
 *
 * <p>A view without a name, or with the name of one before it (regardless of case), is left out: the menu could not
 * offer it. Only a hand-edited settings file holds one, and the settings must still load.
 *
 * @param views the views
 * @param last  the name of the view last used; empty for none
 */
public record SavedViews(List<SavedView> views, String last) {
    public SavedViews {
        List<SavedView> kept = new ArrayList<>();
        if (views != null) {
            for (SavedView view : views) {
                if (view != null && !view.name().isEmpty() && kept.stream().noneMatch(v -> v.hasName(view.name()))) {
                    kept.add(view);
                }
            }
        }
        views = List.copyOf(kept);
        String lastName = last == null ? "" : last.strip();
        last = kept.stream().filter(v -> v.hasName(lastName)).map(SavedView::name).findFirst().orElse("");
    }

    public static SavedViews none() {
        return new SavedViews(List.of(), "");
    }

    /** The view of that name, regardless of case. */
    public Optional<SavedView> find(String name) {
        return views.stream().filter(v -> v.hasName(name)).findFirst();
    }

    /** The views' names, in order. */
    public List<String> names() {
        return views.stream().map(SavedView::name).toList();
    }

    /** These views with this one added at the end, or in the place of the one of its name. */
    public SavedViews with(SavedView view) {
        List<SavedView> changed = new ArrayList<>(views);
        int at = indexOf(view.name());
        if (at >= 0) {
            changed.set(at, view);
        } else {
            changed.add(view);
        }
        return new SavedViews(changed, last);
    }

    /** These views without the one of that name; the last one used is forgotten if it was that one. */
    public SavedViews without(String name) {
        List<SavedView> changed = new ArrayList<>(views);
        changed.removeIf(v -> v.hasName(name));
        return new SavedViews(changed, last);
    }

    /** The view renamed in its place; the last one used follows it. */
    public SavedViews renamed(String name, String newName) {
        int at = indexOf(name);
        if (at < 0) {
            return this;
        }
        List<SavedView> changed = new ArrayList<>(views);
        changed.set(at, changed.get(at).named(newName));
        return new SavedViews(changed, views.get(at).hasName(last) ? newName : last);
    }

    public SavedViews withLast(String name) {
        return new SavedViews(views, name);
    }

    /**
     * A name of the form "Name (2)" that no view has yet: for an imported view kept beside one of the same name.
     */
    public String freeName(String name) {
        if (find(name).isEmpty()) {
            return name;
        }
        for (int n = 2; ; n++) {
            String candidate = name + " (" + n + ")";
            if (find(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    private int indexOf(String name) {
        for (int i = 0; i < views.size(); i++) {
            if (views.get(i).hasName(name)) {
                return i;
            }
        }
        return -1;
    }
}
