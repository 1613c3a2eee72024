package io.floorwatch.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "may use" column of DESIGN section 2, as a test: each top-level package may depend on the packages of ours
 * listed here and on no other. Where the code needs more than the design card's table, the entry says why; the
 * same table stands in the root {@code package-info.java}.
 */
class PackageTableTest {
    private static final String ROOT = "io.floorwatch.";

    /** The service layer and what it stands on: everything a command or a screen may call. */
    private static final Set<String> SERVICES = Set.of("config", "domain", "genesys", "kafka", "feed", "history",
            "monitor", "tuning", "timebox", "provisioning", "drift", "actions", "outbound");

    /** Every top-level package of ours: a package missing here fails {@link #everyPackageIsInTheTable}. */
    private static final Map<String, Allowed> TABLE = table();

    private record Allowed(Set<String> packages, String because) {
    }

    private static Map<String, Allowed> table() {
        Map<String, Allowed> table = new LinkedHashMap<>();
        table.put("app", new Allowed(Set.of("cli", "config", "domain", "genesys", "kafka", "feed", "history",
                "monitor", "tuning", "timebox", "provisioning", "drift", "actions", "outbound", "emulator", "ui"),
                "the composition root constructs everything"));
        table.put("cli", new Allowed(union(SERVICES, Set.of("app", "emulator")),
                "commands run the same services as the GUI; the emulator command runs the emulator"));
        table.put("config", new Allowed(Set.of("domain"),
                "settings hold domain values (theme, score weights, alert rules); the table's '-' meant no layer"));
        table.put("domain", new Allowed(Set.of(), "records every layer shares must not pull any layer in"));
        table.put("genesys", new Allowed(Set.of("domain", "config"), "the design card's table"));
        table.put("kafka", new Allowed(Set.of("domain", "config"), "the design card's table"));
        table.put("feed", new Allowed(Set.of("domain", "genesys", "kafka", "history"), "the design card's table"));
        table.put("history", new Allowed(Set.of("domain"), "the design card's table"));
        table.put("monitor", new Allowed(Set.of("domain", "feed", "history", "config", "drift", "outbound"),
                "beyond the table: alert rules are settings (config), the alert center raises the scheduled drift "
                        + "check's alerts (drift) and posts alerts to the webhook (outbound)"));
        table.put("tuning", new Allowed(Set.of("domain", "genesys", "history"), "the design card's table"));
        table.put("timebox", new Allowed(Set.of("domain", "genesys", "history", "tuning"),
                "beyond the table: a time-box applies and reverts through tuning's one safe skill write, and keeps "
                        + "its boxes, lease and audit in history"));
        table.put("provisioning", new Allowed(Set.of("domain", "genesys", "history"), "the design card's table"));
        table.put("drift", new Allowed(Set.of("domain", "genesys", "history", "tuning", "config"),
                "beyond the table: a revert of agents' skills goes through tuning's one safe skill write (conflict "
                        + "check, delta, read-back) rather than a second copy; ignore rules are settings (config)"));
        table.put("actions", new Allowed(Set.of("domain", "genesys", "history"), "the design card's table"));
        table.put("outbound", new Allowed(Set.of("domain", "config"), "the design card's table"));
        table.put("emulator", new Allowed(Set.of("domain", "kafka"), "the design card's table"));
        table.put("ui", new Allowed(Set.of("domain", "feed", "history", "monitor", "tuning", "timebox", "provisioning", "drift",
                "actions", "outbound", "config", "genesys"),
                "services and the domain; beyond the table: the Settings screen edits the settings (config), and "
                        + "a connection typed into a form is tested before it is saved (genesys, narrowed below)"));
        // Every row may use base: it is plumbing (JSON mappers, named threads) that depends on no package of ours.
        Map<String, Allowed> withBase = new LinkedHashMap<>();
        table.forEach((name, allowed) -> withBase.put(name,
                new Allowed(union(allowed.packages(), Set.of("base")), allowed.because())));
        withBase.put("base", new Allowed(Set.of(), "plumbing every layer may use must not pull any layer in"));
        return Map.copyOf(withBase);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.floorwatch");
    }

    static Stream<String> packages() {
        return TABLE.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0} uses only what the table allows")
    @MethodSource("packages")
    void aPackageUsesOnlyWhatTheTableAllows(String name) {
        Allowed allowed = TABLE.get(name);
        String[] forbidden = TABLE.keySet().stream().filter(other -> !other.equals(name))
                .filter(other -> !allowed.packages().contains(other)).map(other -> ROOT + other + "..")
                .toArray(String[]::new);
        if (forbidden.length == 0) {
            return;
        }
        noClasses().that().resideInAPackage(ROOT + name + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .because(allowed.because())
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void everyPackageIsInTheTable() {
        List<String> topLevel = classes.stream().map(JavaClass::getPackageName)
                .filter(p -> p.startsWith(ROOT)).map(p -> p.substring(ROOT.length()).split("\\.")[0])
                .distinct().toList();
        assertThat(TABLE.keySet()).as("a new package gets a row in the table").containsAll(topLevel);
    }

    @Test
    void screensShareOnlyUiCommon() {
        for (String screen : List.of("floor", "queues", "alerts", "tuning", "provisioning", "drift", "history",
                "settings", "shell")) {
            String own = ROOT + "ui." + screen;
            noClasses().that().resideInAPackage(own + "..")
                    .should().dependOnClassesThat(describe("another screen's classes",
                            (JavaClass c) -> c.getPackageName().startsWith(ROOT + "ui.")
                                    && !c.getPackageName().startsWith(own)
                                    && !c.getPackageName().startsWith(ROOT + "ui.common")))
                    .because("a screen is a unit: what two screens share moves to ui.common")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void theUiReachesGenesysOnlyToTestATypedConnection() {
        noClasses().that().resideInAPackage(ROOT + "ui..")
                .should().dependOnClassesThat(describe(
                        "genesys classes other than Credentials and ConnectionTester",
                        (JavaClass c) -> c.getPackageName().startsWith(ROOT + "genesys")
                                && !Set.of("Credentials", "ConnectionTester").contains(c.getSimpleName())))
                .because("screens call services; only a connection typed into a form is tested directly")
                .check(classes);
    }

    @Test
    void theUiReadsHistoryButNeverWritesOrOpensIt() {
        noClasses().that().resideInAPackage(ROOT + "ui..")
                .should().dependOnClassesThat().haveSimpleNameStartingWith("HistoryWriter")
                .orShould().dependOnClassesThat().haveSimpleNameStartingWith("HistoryDatabase")
                .orShould().dependOnClassesThat().haveSimpleNameStartingWith("Retention")
                .because("the history screens page through history's queries; one writer owns the database")
                .check(classes);
    }
}
