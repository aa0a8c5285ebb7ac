package dev.vigie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer arrows of ARCHITECTURE.md: the core is pure; adapters never reach up into the faces. */
class ArchitectureTest {

    private static final String[] CORE = {"dev.vigie.backup..", "dev.vigie.schedule..", "dev.vigie.health..",
        "dev.vigie.retention..", "dev.vigie.simulation..", "dev.vigie.consent..", "dev.vigie.checklist..",
        "dev.vigie.audit..", "dev.vigie.alert.."};
    private static final String[] ADAPTERS = {"dev.vigie.source..", "dev.vigie.verify..", "dev.vigie.store..",
        "dev.vigie.report..", "dev.vigie.chat..", "dev.vigie.demo..", "dev.vigie.io..", "dev.vigie.ledger..",
        "dev.vigie.notify.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.vigie");
    }

    @Test
    void coreUsesNoFrameworkNorIo() {
        ArchRule rule = noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "java.sql..", "com.google..", "com.fasterxml..", "java.net.http..",
                        "picocli..", "org.sqlite..", "com.dd.plist..");
        rule.check(classes);
    }

    @Test
    void coreDoesNotReachTheWorldOrTheFaces() {
        ArchRule rule = noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
                .resideInAnyPackage(concat(ADAPTERS, "dev.vigie.ui..", "dev.vigie.cli.."));
        rule.check(classes);
    }

    @Test
    void adaptersDoNotImportTheFaces() {
        ArchRule rule = noClasses().that().resideInAnyPackage(ADAPTERS).should().dependOnClassesThat()
                .resideInAnyPackage("dev.vigie.ui..", "dev.vigie.cli..");
        rule.check(classes);
    }

    @Test
    void theWorkspaceServesBothFacesAndImportsNeither() {
        noClasses().that().resideInAPackage("dev.vigie.workspace..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.vigie.ui..", "dev.vigie.cli..", "javafx..", "picocli..").check(classes);
    }

    @Test
    void theTwoFacesStayApart() {
        noClasses().that().resideInAPackage("dev.vigie.cli..").should().dependOnClassesThat()
                .resideInAPackage("dev.vigie.ui..").check(classes);
        noClasses().that().resideInAPackage("dev.vigie.ui..").should().dependOnClassesThat()
                .resideInAPackage("dev.vigie.cli..").check(classes);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("dev.vigie.ui..", "dev.vigie")
                .should().dependOnClassesThat().resideInAPackage("javafx..").check(classes);
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
