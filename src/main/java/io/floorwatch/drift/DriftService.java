package io.floorwatch.drift;

import io.floorwatch.base.IoProblems;
import io.floorwatch.domain.AuditEntry;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.AuditTrail;
import io.floorwatch.history.BaselineStore;
import io.floorwatch.history.HistoryWriter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the drift screen, the scheduled check and the command line do with drift: read the live org (or a second
 * org), keep baselines in history or in files, compare, accept rows into a baseline, revert rows in the org, and
 * write reports.
 */
public final class DriftService {
    private final GenesysGateway gateway;
    private final BaselineStore baselines;
    private final DriftReverter reverter;
    private final Consumer<List<RevertOutcome>> reverted;
    private final AuditTrail trail;
    private final Function<Credentials, GenesysGateway> connect;
    private final String actor;
    private final Clock clock;

    /** @param connect opens a gateway to a second org (closed here once it is read) */
    public DriftService(GenesysGateway gateway, BaselineStore baselines, HistoryWriter audit, String actor,
            Clock clock, Function<Credentials, GenesysGateway> connect) {
        this(gateway, baselines, audit, actor, clock, connect, outcomes -> { });
    }

    /** @param reverted told of every revert that wrote something (the change webhook); must not block */
    public DriftService(GenesysGateway gateway, BaselineStore baselines, HistoryWriter audit, String actor,
            Clock clock, Function<Credentials, GenesysGateway> connect, Consumer<List<RevertOutcome>> reverted) {
        this.reverted = reverted;
        this.gateway = gateway;
        this.baselines = baselines;
        this.reverter = new DriftReverter(gateway, audit, actor, clock);
        this.trail = new AuditTrail(audit, actor, clock);
        this.connect = connect;
        this.actor = actor;
        this.clock = clock;
    }

    public OrgSnapshot readLive(BooleanSupplier cancel, Consumer<SnapshotReader.Progress> progress) {
        return new SnapshotReader(gateway).read(cancel, progress);
    }

    /** Reads a second org (another environment) with its own client; nothing is kept of the connection. */
    public OrgSnapshot readOther(Credentials other, BooleanSupplier cancel,
            Consumer<SnapshotReader.Progress> progress) {
        try (GenesysGateway second = connect.apply(other)) {
            return new SnapshotReader(second).read(cancel, progress);
        }
    }

    /**
     * Reads both sides and compares them: the orchestration the drift screen and the scheduled check share.
     * Reading stops at {@code cancel} between calls; files and saved baselines cost no API calls.
     */
    public Comparison compare(SnapshotSource baseline, SnapshotSource target, IgnoreRules ignore,
            BooleanSupplier cancel, Consumer<SnapshotReader.Progress> progress) {
        Read base = read(baseline, cancel, progress);
        Read against = read(target, cancel, progress);
        return new Comparison(baseline, base.snapshot(), target, against.snapshot(),
                compare(base.snapshot(), against.snapshot(), ignore), base.calls() + against.calls());
    }

    /**
     * A comparison without a connection: only two snapshot files can be read without one, so any other source
     * is refused (callers check {@link SnapshotSource#needsConnection} first).
     */
    public static Comparison compareFiles(SnapshotSource baseline, SnapshotSource target, IgnoreRules ignore) {
        if (!(baseline instanceof SnapshotSource.FromFile base) || !(target instanceof SnapshotSource.FromFile other)) {
            throw new IllegalArgumentException("without a connection only two snapshot files can be compared");
        }
        ConfigSnapshot read = readFile(base.file());
        ConfigSnapshot against = readFile(other.file());
        return new Comparison(base, read, other, against, compare(read, against, ignore), 0);
    }

    /** Reads the target of a comparison again and compares it with the same baseline: after a revert. */
    public Comparison recompare(Comparison shown, IgnoreRules ignore, BooleanSupplier cancel,
            Consumer<SnapshotReader.Progress> progress) {
        Read again = read(shown.against(), cancel, progress);
        return shown.withTarget(again.snapshot(), compare(shown.baseline(), again.snapshot(), ignore), again.calls());
    }

    /** One side as read, with what reading it cost. */
    private record Read(ConfigSnapshot snapshot, int calls) {
    }

    private Read read(SnapshotSource source, BooleanSupplier cancel, Consumer<SnapshotReader.Progress> progress) {
        // Java 17 has no pattern switch over a sealed type yet; the chain ends in the last permitted type.
        if (source instanceof SnapshotSource.Saved saved) {
            return new Read(baseline(saved.name()), 0);
        }
        if (source instanceof SnapshotSource.FromFile file) {
            return new Read(readFile(file.file()), 0);
        }
        OrgSnapshot org = source instanceof SnapshotSource.OtherOrg other
                ? readOther(other.credentials(), cancel, progress) : readLive(cancel, progress);
        return new Read(org.snapshot(), org.calls());
    }

    public List<BaselineStore.Saved> savedBaselines() {
        return baselines.list();
    }

    /** The newest version of a saved baseline; a name never saved is refused with its name. */
    public ConfigSnapshot baseline(String name) {
        return SnapshotFiles.read(baselines.load(name).orElseThrow(() -> new IllegalArgumentException(
                "no baseline named '" + name + "' is saved")));
    }

    public void saveBaseline(String name, ConfigSnapshot snapshot) {
        baselines.save(name, SnapshotFiles.write(snapshot), actor, clock.instant());
    }

    public static List<DriftRow> compare(ConfigSnapshot baseline, ConfigSnapshot target, IgnoreRules ignore) {
        return DiffEngine.diff(baseline, target, ignore);
    }

    /**
     * Accepts rows into the baseline the comparison came from: a new version of the saved baseline, or the file
     * written again in place, where those rows take the target's values. The acceptance is audited (who took which
     * differences into which baseline); a baseline read from an org has nowhere to be written and is refused.
     *
     * @return the comparison of the accepted baseline with the same target
     */
    public Comparison accept(Comparison shown, List<DriftRow> rows, IgnoreRules ignore) {
        ConfigSnapshot accepted = Baselines.accept(shown.baseline(), shown.target(), rows);
        if (shown.from() instanceof SnapshotSource.Saved saved) {
            saveBaseline(saved.name(), accepted);
            auditAccept("baseline '" + saved.name() + "'", rows);
        } else if (shown.from() instanceof SnapshotSource.FromFile file) {
            writeFile(file.file(), accepted);
            auditAccept("file " + file.file().getName(), rows);
        } else {
            throw new IllegalArgumentException("the baseline was read from an org: accept into a saved baseline "
                    + "or a file");
        }
        return shown.withBaseline(accepted, compare(accepted, shown.target(), ignore));
    }

    private void auditAccept(String into, List<DriftRow> rows) {
        trail.record("drift.accept", into, "", DriftExport.write(rows, DriftExport.Format.JSON).trim(),
                AuditEntry.OK, 0);
    }

    /** Reads the live org again and works out the writes; sends nothing. */
    public RevertPlan planRevert(ConfigSnapshot baseline, List<DriftRow> rows, BooleanSupplier cancel,
            Consumer<SnapshotReader.Progress> progress) {
        return reverter.plan(baseline, readLive(cancel, progress), rows);
    }

    public List<RevertOutcome> revert(RevertPlan plan, BooleanSupplier cancel, Consumer<RevertOutcome> progress) {
        List<RevertOutcome> outcomes = reverter.revert(plan, cancel, progress);
        if (outcomes.stream().anyMatch(RevertOutcome::reverted)) {
            reverted.accept(outcomes);
        }
        return outcomes;
    }

    /** Reads a snapshot file; a missing or wrong file is refused with the file's name and the reason. */
    public static ConfigSnapshot readFile(File file) {
        String text;
        try {
            text = Files.readString(file.toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(IoProblems.textFile(file.toPath(), e), e);
        }
        try {
            return SnapshotFiles.read(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.getName() + " is " + e.getMessage(), e);
        }
    }

    public static void writeFile(File file, ConfigSnapshot snapshot) {
        write(file, SnapshotFiles.write(snapshot));
    }

    public static void export(List<DriftRow> rows, DriftExport.Format format, File file) {
        write(file, DriftExport.write(rows, format));
    }

    /** Through a .part file, so an interrupted write never leaves half a file under the real name. */
    private static void write(File file, String text) {
        Path target = file.toPath().toAbsolutePath();
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.writeString(part, text, StandardCharsets.UTF_8);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " could not be written: " + e.getMessage(), e);
        }
    }
}
