package io.floorwatch.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import javafx.scene.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.net.Socket;
import java.net.URLConnection;
import java.util.concurrent.ExecutorService;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The rules of DESIGN section 2, as tests: each says why. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.floorwatch");
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void onlyUiAndAppTouchJavaFx() {
        check(noClasses().that().resideOutsideOfPackages("io.floorwatch.ui..", "io.floorwatch.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .because("services must run headless (CLI, collector, tests) and never touch the FX thread"));
    }

    @Test
    void onlyGenesysTouchesTheSdk() {
        check(noClasses().that().resideOutsideOfPackage("io.floorwatch.genesys..")
                .should().dependOnClassesThat().resideInAnyPackage("com.mypurecloud..")
                .because("swapping or upgrading the Genesys transport must touch one package"));
    }

    @Test
    void onlyKafkaTouchesKafka() {
        check(noClasses().that().resideOutsideOfPackage("io.floorwatch.kafka..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "kafka..")
                .because("the streaming transport (and the demo's in-process broker) lives behind the kafka "
                        + "package"));
    }

    @Test
    void onlyHistoryUsesJdbc() {
        check(noClasses().that().resideOutsideOfPackage("io.floorwatch.history..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                        "org.flywaydb..")
                .because("one writer thread owns the database; nobody else opens it"));
    }

    @Test
    void onlyConfigTouchesTheKeychain() {
        check(noClasses().that().resideOutsideOfPackage("io.floorwatch.config..")
                .should().dependOnClassesThat().resideInAnyPackage("com.github.javakeyring..")
                .because("secrets have one owner, which keeps them out of files and logs"));
    }

    @Test
    void theDomainDependsOnNothingOfOurs() {
        check(noClasses().that().resideInAPackage("io.floorwatch.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.floorwatch.app..", "io.floorwatch.config..",
                        "io.floorwatch.genesys..", "io.floorwatch.kafka..", "io.floorwatch.feed..",
                        "io.floorwatch.history..", "io.floorwatch.monitor..", "io.floorwatch.tuning..",
                        "io.floorwatch.provisioning..", "io.floorwatch.drift..", "io.floorwatch.emulator..",
                        "io.floorwatch.cli..", "io.floorwatch.ui..")
                .because("records every layer shares must not pull any layer in"));
    }

    @Test
    void configDependsOnlyOnTheDomain() {
        check(noClasses().that().resideInAPackage("io.floorwatch.config..")
                .should().dependOnClassesThat().resideInAnyPackage("io.floorwatch.genesys..", "io.floorwatch.ui..",
                        "io.floorwatch.app..", "io.floorwatch.emulator..", "io.floorwatch.cli..")
                .because("settings are read by everyone and must not depend on them"));
    }

    @Test
    void theEmulatorStandsApartFromTheClient() {
        check(noClasses().that().resideInAPackage("io.floorwatch.emulator..")
                .should().dependOnClassesThat().resideInAnyPackage("io.floorwatch.genesys..", "io.floorwatch.feed..",
                        "io.floorwatch.ui..", "io.floorwatch.app..", "io.floorwatch.config..",
                        "io.floorwatch.history..")
                .because("the emulator is the other side of the wire; sharing client code would hide wire bugs"));
    }

    @Test
    void servicesDoNotReachUp() {
        check(noClasses().that().resideInAnyPackage("io.floorwatch.genesys..", "io.floorwatch.kafka..",
                        "io.floorwatch.feed..", "io.floorwatch.history..", "io.floorwatch.monitor..",
                        "io.floorwatch.tuning..", "io.floorwatch.timebox..", "io.floorwatch.provisioning..",
                        "io.floorwatch.drift..", "io.floorwatch.outbound..")
                .should().dependOnClassesThat().resideInAnyPackage("io.floorwatch.ui..", "io.floorwatch.app..",
                        "io.floorwatch.cli..")
                .because("the service layer serves the GUI and the CLI alike"));
    }

    @Test
    void theUiUsesOnlyServicesAndTheDomain() {
        check(noClasses().that().resideInAPackage("io.floorwatch.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("io.floorwatch.app..", "io.floorwatch.cli..",
                        "io.floorwatch.emulator..")
                .because("screens talk to services; wiring is the composition root's job"));
    }

    @Test
    void viewsTalkOnlyToTheirViewModel() {
        check(classes().that().resideInAPackage("io.floorwatch.ui..").and().areAssignableTo(Node.class)
                .should(onlyUseOwnPackageUiCommonAndDomain())
                .because("a View (any Node of ours) binds and forwards; only its ViewModel calls services"));
    }

    /**
     * A Node may use the classes of its own screen package (its ViewModel, row types), {@code ui.common} and
     * the domain records it shows; nothing else of ours.
     */
    private static ArchCondition<JavaClass> onlyUseOwnPackageUiCommonAndDomain() {
        return new ArchCondition<>("use only its own package, ui.common and the domain") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = item.getPackageName();
                item.getDirectDependenciesFromSelf().stream()
                        .map(Dependency::getTargetClass)
                        .map(JavaClass::getBaseComponentType)
                        .filter(target -> target.getPackageName().startsWith("io.floorwatch"))
                        .filter(target -> !target.getPackageName().equals(own)
                                && !target.getPackageName().startsWith("io.floorwatch.ui.common")
                                && !target.getPackageName().startsWith("io.floorwatch.domain"))
                        .distinct()
                        .forEach(target -> events.add(SimpleConditionEvent.violated(item,
                                item.getName() + " uses " + target.getName())));
            }
        };
    }

    @Test
    void noIoInTheUi() {
        check(noClasses().that().resideInAPackage("io.floorwatch.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "java.sql..", "java.nio.file..")
                .orShould().dependOnClassesThat().belongToAnyOf(Socket.class, URLConnection.class,
                        FileInputStream.class, FileOutputStream.class)
                .because("the FX thread must never wait on a network or a disk"));
    }

    @Test
    void onlyTheCommandLinePrints() {
        check(noClasses().that().resideOutsideOfPackage("io.floorwatch.cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("everything but CLI output goes through SLF4J"));
        check(NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.because("logging goes through SLF4J only"));
    }

    @Test
    void noMutableStatics() {
        check(fields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("io.floorwatch..")
                .should().beFinal()
                .because("state lives in objects wired by constructor, never in statics"));
    }

    @Test
    void noSingletons() {
        check(noClasses().that().resideInAPackage("io.floorwatch..").and().areNotEnums()
                .should(new ArchCondition<>("hold a static instance of themselves") {
                    @Override
                    public void check(JavaClass item,
                            ConditionEvents events) {
                        item.getFields().stream()
                                .filter(f -> f.getModifiers().contains(JavaModifier.STATIC)
                                        && f.getRawType().equals(item) && !item.isRecord())
                                .forEach(f -> events.add(SimpleConditionEvent.violated(f,
                                        f.getFullName() + " is a singleton")));
                    }
                })
                .because("components are constructed once in the composition root and passed by constructor"));
    }

    @Test
    void whoeverOwnsAnExecutorCanCloseIt() {
        check(classes().that().resideInAPackage("io.floorwatch..").and()
                .containAnyFieldsThat(DescribedPredicate.describe("an executor or thread",
                        f -> f.getRawType().isAssignableTo(ExecutorService.class)
                                || f.getRawType().isAssignableTo(Thread.class)))
                .should().implement(AutoCloseable.class)
                .because("every thread and executor has an owner whose close() shuts it down"));
    }

    @Test
    void packagesHaveNoCycles() {
        check(slices().matching("io.floorwatch.(*)..").should().beFreeOfCycles()
                .because("each top-level package is a layer; layers depend one way"));
    }
}
