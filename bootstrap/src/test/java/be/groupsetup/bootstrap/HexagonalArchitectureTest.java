package be.groupsetup.bootstrap;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries of the hexagon, checked on the compiled classes of every module (bootstrap's test classpath sees
 * them all). One test per rule, so that a failure names the rule broken. The rules name layers and package
 * patterns, never today's adapters: a new module under {@code be.groupsetup.adapters.<name>} (a page, an API) or
 * {@code be.groupsetup.adapters.persistence.<store>} (a store) is held by them without an edit.
 */
class HexagonalArchitectureTest {

    private static final String DOMAIN = "be.groupsetup.domain..";
    private static final String APPLICATION = "be.groupsetup.application..";
    private static final String IN_PORTS = "be.groupsetup.application.port.in..";
    private static final String OUT_PORTS = "be.groupsetup.application.port.out..";
    private static final String SERVICES = "be.groupsetup.application.service..";
    /** What every driving adapter shows the same way (texts, views, the sheet): outside {@code ..adapters..}. */
    private static final String PRESENTATION = "be.groupsetup.presentation..";
    /** Code that several stores share (the JSON documents): outside {@code ..adapters..}. */
    private static final String PERSISTENCE = "be.groupsetup.persistence..";
    private static final String ADAPTERS = "be.groupsetup.adapters..";
    /** Driven adapters: the stores. Every other adapter is a driving one. */
    private static final String STORES = "be.groupsetup.adapters.persistence..";
    private static final String BOOTSTRAP = "be.groupsetup.bootstrap..";

    private static JavaClasses classes;

    @BeforeAll
    static void importEveryModule() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.groupsetup");
    }

    @Test
    void everyClassLiesInALayerTheseRulesHold() {
        classes().should().resideInAnyPackage(DOMAIN, APPLICATION, PRESENTATION, PERSISTENCE, ADAPTERS, BOOTSTRAP)
                .check(classes);
    }

    /** Each {@code be.groupsetup.adapters.<name>} is a slice: the shell, the stores together, a page, an API… */
    static final ArchRule ADAPTERS_APART = slices().matching("be.groupsetup.adapters.(*)..")
            .should().notDependOnEachOther();

    /** Each {@code be.groupsetup.adapters.persistence.<store>} is a slice: the file store, PostgreSQL, the next one. */
    static final ArchRule STORES_APART = slices().matching("be.groupsetup.adapters.persistence.(*)..")
            .should().notDependOnEachOther();

    static final ArchRule DRIVING_THROUGH_IN_PORTS = noClasses()
            .that().resideInAnyPackage(ADAPTERS, PRESENTATION).and().resideOutsideOfPackage(STORES)
            .should().dependOnClassesThat().resideInAnyPackage(OUT_PORTS, SERVICES);

    static final ArchRule STORES_BEHIND_OUT_PORTS = noClasses().that().resideInAnyPackage(STORES, PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage(IN_PORTS, SERVICES, PRESENTATION);

    @Test
    void adaptersDoNotDependOnEachOther() {
        ADAPTERS_APART.check(classes);
    }

    @Test
    void storesDoNotDependOnEachOther() {
        STORES_APART.check(classes);
    }

    @Test
    void drivingAdaptersAndPresentationUseTheApplicationOnlyThroughItsInPorts() {
        DRIVING_THROUGH_IN_PORTS.check(classes);
    }

    @Test
    void storesImplementOutPortsAndCallNoUseCase() {
        STORES_BEHIND_OUT_PORTS.check(classes);
    }

    @Test
    void sharedCodeDependsOnNoAdapter() {
        noClasses().that().resideInAnyPackage(PRESENTATION, PERSISTENCE)
                .should().dependOnClassesThat().resideInAPackage(ADAPTERS)
                .check(classes);
    }

    @Test
    void domainDependsOnlyOnJavaAndTheTwoValidationLibraries() {
        classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..",
                        "org.iban4j..", "com.google.i18n.phonenumbers..")
                .check(classes);
    }

    @Test
    void applicationDependsOnlyOnTheDomainAndJava() {
        classes().that().resideInAPackage(APPLICATION)
                .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..")
                .check(classes);
    }

    @Test
    void nothingDependsOnBootstrap() {
        noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
                .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
                .check(classes);
    }

    @Test
    void domainAndApplicationUseNoFramework() {
        noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.fasterxml.jackson..",
                        "tools.jackson..", "org.mapstruct..")
                .check(classes);
    }

    /**
     * A page or an API uses the presentation as the shell does: so it sees no adapter, no store's shared code and no
     * framework of a particular adapter (Spring, Spring Shell, JLine) — only the application, the domain, Java and
     * the libraries that write what it shows (Jackson, JMustache, the OWASP encoder).
     */
    @Test
    void presentationDependsOnTheApplicationAndItsWritersOnly() {
        classes().that().resideInAPackage(PRESENTATION)
                .should().onlyDependOnClassesThat().resideInAnyPackage(PRESENTATION, APPLICATION, DOMAIN, "java..",
                        "tools.jackson..", "com.fasterxml.jackson.annotation..", "com.samskivert.mustache..",
                        "org.owasp.encoder..")
                .check(classes);
    }

    @Test
    void domainAndApplicationDoNotTouchTheFileSystem() {
        noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
                .should().dependOnClassesThat(fileSystemApi())
                .check(classes);
    }

    @Test
    void domainAndApplicationDoNotReadTheClockOrTheEnvironment() {
        ArchRule rule = noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
                .should().callMethodWhere(readsClockOrEnvironment())
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock");
        rule.check(classes);
    }

    private static DescribedPredicate<JavaClass> fileSystemApi() {
        return DescribedPredicate.describe("are a file-system API (java.nio.file.., java.io.File*)",
                c -> c.getPackageName().startsWith("java.nio.file")
                        || (c.getPackageName().equals("java.io") && c.getSimpleName().startsWith("File")));
    }

    private static DescribedPredicate<JavaMethodCall> readsClockOrEnvironment() {
        return DescribedPredicate.describe("read the system clock or the environment", call -> {
            String owner = call.getTargetOwner().getFullName();
            String name = call.getName();
            boolean clock = name.equals("now") && owner.startsWith("java.time.");
            boolean system = owner.equals("java.lang.System") && (name.equals("currentTimeMillis")
                    || name.equals("nanoTime") || name.equals("getenv") || name.equals("getProperty")
                    || name.equals("getProperties"));
            return clock || system;
        });
    }
}
