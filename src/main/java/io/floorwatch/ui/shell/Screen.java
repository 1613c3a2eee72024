package io.floorwatch.ui.shell;

import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.Node;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One entry of the navigation: an id for tests and shortcuts, the title shown, the view, and optionally a count
 * the navigation shows as a badge when it is above zero (the alerts waiting for someone). A view may be built
 * the first time its screen is shown ({@link #built}), so the window's first frame pays only for the screen it
 * opens on. Used on the FX thread only.
 */
public final class Screen {
    private final String id;
    private final String title;
    private final Supplier<? extends Node> build;
    private final ObservableIntegerValue badge;
    private Node view;

    private Screen(String id, String title, Supplier<? extends Node> build, ObservableIntegerValue badge) {
        this.id = Objects.requireNonNull(id);
        this.title = Objects.requireNonNull(title);
        this.build = Objects.requireNonNull(build);
        this.badge = badge;
    }

    public Screen(String id, String title, Node view) {
        this(id, title, view, null);
    }

    public Screen(String id, String title, Node view, ObservableIntegerValue badge) {
        this(id, title, () -> view, badge);
        this.view = Objects.requireNonNull(view);
    }

    /** A screen whose view is built when it is first shown. */
    public static Screen built(String id, String title, Supplier<? extends Node> build) {
        return new Screen(id, title, build, null);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The count shown beside the title, or null for none. */
    public ObservableIntegerValue badge() {
        return badge;
    }

    /** The view, built now if this is the first time it is asked for. */
    public Node view() {
        if (view == null) {
            view = Objects.requireNonNull(build.get(), () -> "the " + id + " screen built no view");
        }
        return view;
    }
}
