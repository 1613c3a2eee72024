package io.floorwatch.ui.floor;

import io.floorwatch.config.FloorLayout;
import io.floorwatch.domain.Activity;
import io.floorwatch.ui.common.ViewPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The floor's part of a saved view: its filters, by their values (the state, work and adherence filters by their
 * constants' names), and its table's columns and sort. A filter value the floor does not know (a file from a newer
 * Floorwatch) is kept in the view and ignored when it is shown: that filter then lets every agent through, and the
 * switch says so.
 */
public final class FloorViewPart implements ViewPart<FloorLayout> {
    private static final Logger LOG = LoggerFactory.getLogger(FloorViewPart.class);
    private final FloorViewModel model;

    public FloorViewPart(FloorViewModel model) {
        this.model = model;
    }

    @Override
    public FloorLayout capture() {
        return new FloorLayout(model.textProperty().get(), model.queueProperty().get(), model.teamProperty().get(),
                model.skillProperty().get(), nameOf(model.activityProperty().get()),
                nameOf(model.workProperty().get()), nameOf(model.adherenceProperty().get()),
                model.tableLayout().current());
    }

    @Override
    public List<String> apply(FloorLayout saved) {
        model.textProperty().set(saved.text());
        model.queueProperty().set(saved.queue());
        model.teamProperty().set(saved.team());
        model.skillProperty().set(saved.skill());
        model.activityProperty().set(constant(Activity.class, saved.activity()).orElse(null));
        model.workProperty().set(constant(WorkFilter.class, saved.work()).orElse(null));
        model.adherenceProperty().set(constant(AdherenceFilter.class, saved.adherence()).orElse(null));
        List<String> ignored = model.tableLayout().show(saved.table());
        if (!ignored.isEmpty()) {
            // Columns of another Floorwatch: nothing the supervisor can act on, so not a message.
            LOG.debug("the floor has no column {}: left out of the view", ignored);
        }
        return problems(saved);
    }

    @Override
    public List<String> problems(FloorLayout saved) {
        List<String> problems = new ArrayList<>();
        unknown(Activity.class, saved.activity(), "state", problems);
        unknown(WorkFilter.class, saved.work(), "work", problems);
        unknown(AdherenceFilter.class, saved.adherence(), "adherence", problems);
        return problems;
    }

    private static <E extends Enum<E>> void unknown(Class<E> type, String name, String filter, List<String> problems) {
        if (name != null && constant(type, name).isEmpty()) {
            problems.add("The floor has no " + filter + " filter \"" + name + "\": it shows every agent instead.");
        }
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
