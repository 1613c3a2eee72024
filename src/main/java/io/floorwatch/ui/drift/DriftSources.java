package io.floorwatch.ui.drift;

import io.floorwatch.drift.SnapshotSource;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.history.BaselineStore;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.Command;
import io.floorwatch.ui.common.DialogService;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The top of the drift screen: which baseline (saved in history, or a file) is compared with what (the connected
 * org, a file, or a second org), the list of saved baselines, and which one the scheduled check watches. It checks
 * the choice before anything runs and turns it into the two {@link SnapshotSource}s the drift service reads.
 */
public final class DriftSources {
    /** Where the baseline comes from. */
    public enum BaselineSource { SAVED, FILE }

    /** What the baseline is compared with. */
    public enum Target {
        LIVE("The connected org"), FILE("A snapshot file"), OTHER_ORG("A second org");

        private final String label;

        Target(String label) {
            this.label = label;
        }

        /** "the connected org", for "No drift: the connected org matches the baseline." */
        String inSentence() {
            return switch (this) {
                case LIVE -> "the connected org";
                case FILE -> "the file";
                case OTHER_ORG -> "the second org";
            };
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final Supplier<List<BaselineStore.Saved>> saved;
    private final Consumer<String> watch;
    private final Consumer<String> message;
    private final BackgroundTask<List<BaselineStore.Saved>> listing;

    private final ObservableList<String> savedBaselines = FXCollections.observableArrayList();
    private final ObjectProperty<BaselineSource> baselineSource = new SimpleObjectProperty<>(this, "baselineSource",
            BaselineSource.SAVED);
    private final StringProperty baselineName = new SimpleStringProperty(this, "baselineName");
    private final ObjectProperty<File> baselineFile = new SimpleObjectProperty<>(this, "baselineFile");
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(this, "target", Target.LIVE);
    private final ObjectProperty<File> targetFile = new SimpleObjectProperty<>(this, "targetFile");
    private final StringProperty otherUrl = new SimpleStringProperty(this, "otherUrl", "");
    private final StringProperty otherClientId = new SimpleStringProperty(this, "otherClientId", "");
    private final StringProperty otherSecret = new SimpleStringProperty(this, "otherSecret", "");

    private final BooleanBinding baselineChosen = Bindings.createBooleanBinding(
            () -> baselineSource.get() == BaselineSource.SAVED ? baselineName.get() != null
                    && !baselineName.get().isBlank() : baselineFile.get() != null,
            baselineSource, baselineName, baselineFile);
    private final Command refresh;
    private final Command chooseBaselineFile;
    private final Command chooseTargetFile;
    private final Command watchBaseline;

    /**
     * @param saved   the baselines saved in history (listed without a connection)
     * @param watch   makes a saved baseline the one the scheduled check watches
     * @param message where what happened is said (the screen's message line)
     */
    DriftSources(Supplier<List<BaselineStore.Saved>> saved, TaskExecutor tasks, DialogService dialogs,
            Consumer<String> watch, Consumer<String> message) {
        this.saved = saved;
        this.watch = watch;
        this.message = message;
        this.listing = new BackgroundTask<>(tasks);
        this.refresh = listing.command(this::loadSaved);
        this.chooseBaselineFile = new Command(() -> dialogs.chooseOpenFile("Baseline snapshot", "json")
                .ifPresent(file -> {
                    baselineFile.set(file);
                    baselineSource.set(BaselineSource.FILE);
                }));
        this.chooseTargetFile = new Command(() -> dialogs.chooseOpenFile("Snapshot to compare with", "json")
                .ifPresent(file -> {
                    targetFile.set(file);
                    target.set(Target.FILE);
                }));
        this.watchBaseline = new Command(this::watchChosen, Bindings.createBooleanBinding(
                () -> baselineSource.get() == BaselineSource.SAVED && baselineName.get() != null,
                baselineSource, baselineName));
    }

    void loadSaved() {
        listing.start(context -> saved.get(), list -> {
            String keep = baselineName.get();
            savedBaselines.setAll(list.stream().map(BaselineStore.Saved::name).toList());
            if (keep != null && savedBaselines.contains(keep)) {
                baselineName.set(keep);
            } else if (!savedBaselines.isEmpty()) {
                baselineName.set(savedBaselines.get(0));
            }
            if (list.isEmpty()) {
                message.accept("No baseline is saved yet: name one and Save the live org as a baseline, or open a "
                        + "snapshot file.");
            }
        }, failure -> message.accept("Saved baselines could not be read: " + failure.getMessage()));
    }

    /** A baseline was just saved under this name: it is listed and chosen. */
    void savedAs(String name) {
        if (!savedBaselines.contains(name)) {
            savedBaselines.add(0, name);
        }
        baselineSource.set(BaselineSource.SAVED);
        baselineName.set(name);
    }

    private void watchChosen() {
        String name = baselineName.get();
        watch.accept(name);
        message.accept("The scheduled check now compares the live org with '" + name + "'.");
    }

    /** What is missing or wrong in the choice, named for the supervisor; empty when a comparison can run. */
    String problem(boolean connected) {
        if (baselineSource.get() == BaselineSource.SAVED && (baselineName.get() == null
                || baselineName.get().isBlank())) {
            return "Choose a saved baseline, or open a baseline file.";
        }
        if (baselineSource.get() == BaselineSource.FILE && baselineFile.get() == null) {
            return "Open the baseline file first.";
        }
        if (target.get() == Target.FILE && targetFile.get() == null) {
            return "Open the snapshot file to compare with.";
        }
        if (target.get() == Target.OTHER_ORG) {
            String url = otherUrl.get().trim();
            if (!url.startsWith("https://") && !url.startsWith("http://127.0.0.1")
                    && !url.startsWith("http://localhost")) {
                return "Second org: the API base URL must be https://api.<region> (or an emulator on 127.0.0.1).";
            }
            if (otherClientId.get().isBlank() || otherSecret.get().isEmpty()) {
                return "Second org: give its OAuth client id and secret (they are not saved).";
            }
        }
        boolean needsConnection = baseline().needsConnection() || target().needsConnection();
        return needsConnection && !connected ? "Not connected yet: wait for the connection, or compare two files."
                : "";
    }

    /** The baseline side as chosen; call after {@link #problem} found nothing. */
    SnapshotSource baseline() {
        return baselineSource.get() == BaselineSource.SAVED ? new SnapshotSource.Saved(baselineName.get())
                : new SnapshotSource.FromFile(baselineFile.get());
    }

    /** The side compared with, as chosen; a second org's secret is read here and kept nowhere else. */
    SnapshotSource target() {
        return switch (target.get()) {
            case FILE -> new SnapshotSource.FromFile(targetFile.get());
            case OTHER_ORG -> new SnapshotSource.OtherOrg(new Credentials(otherUrl.get().trim(),
                    otherClientId.get().trim(), otherSecret.get()));
            case LIVE -> new SnapshotSource.Live();
        };
    }

    /** "baseline 'Morning'" or "the file prod.json": where an accept writes. */
    String acceptedInto() {
        return baselineSource.get() == BaselineSource.SAVED ? "baseline '" + baselineName.get() + "'"
                : "the file " + baselineFile.get().getName();
    }

    /** Whether a baseline is chosen (a saved name, or a file): Compare needs one. */
    BooleanBinding baselineChosenProperty() {
        return baselineChosen;
    }

    public ObservableList<String> savedBaselines() {
        return savedBaselines;
    }

    public ObjectProperty<BaselineSource> baselineSourceProperty() {
        return baselineSource;
    }

    public StringProperty baselineNameProperty() {
        return baselineName;
    }

    public ObjectProperty<File> baselineFileProperty() {
        return baselineFile;
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    public ObjectProperty<File> targetFileProperty() {
        return targetFile;
    }

    public StringProperty otherUrlProperty() {
        return otherUrl;
    }

    public StringProperty otherClientIdProperty() {
        return otherClientId;
    }

    public StringProperty otherSecretProperty() {
        return otherSecret;
    }

    public Command refreshCommand() {
        return refresh;
    }

    public Command chooseBaselineFileCommand() {
        return chooseBaselineFile;
    }

    public Command chooseTargetFileCommand() {
        return chooseTargetFile;
    }

    public Command watchCommand() {
        return watchBaseline;
    }
}
