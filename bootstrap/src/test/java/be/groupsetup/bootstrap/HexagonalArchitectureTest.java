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

/**
 * The boundaries of STYLE.md, checked on the compiled classes of every module (bootstrap's test classpath sees
 * them all). One test per rule, so that a failure names the rule broken.
 */
class HexagonalArchitectureTest {

    private static final String DOMAIN = "be.groupsetup.domain..";
    private static final String APPLICATION = "be.groupsetup.application..";
    private static final String CLI_ADAPTER = "be.groupsetup.adapters.cli..";
    private static final String PERSISTENCE_ADAPTER = "be.groupsetup.adapters.persistence..";
    private static final String BOOTSTRAP = "be.groupsetup.bootstrap..";

    private static JavaClasses classes;

    @BeforeAll
    static void importEveryModule() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.groupsetup");
    }

    @Test
    void everyModuleIsImported() {
        for (String layer : new String[]{"be.groupsetup.domain", "be.groupsetup.application",
                "be.groupsetup.adapters.cli", "be.groupsetup.adapters.persistence", "be.groupsetup.bootstrap"}) {
            org.assertj.core.api.Assertions.assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith(layer)))
                    .as("classes of %s are imported", layer).isTrue();
        }
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
    void theShellAdapterDoesNotDependOnThePersistenceAdapter() {
        noClasses().that().resideInAPackage(CLI_ADAPTER)
                .should().dependOnClassesThat().resideInAPackage(PERSISTENCE_ADAPTER)
                .check(classes);
    }

    @Test
    void thePersistenceAdapterDoesNotDependOnTheShellAdapter() {
        noClasses().that().resideInAPackage(PERSISTENCE_ADAPTER)
                .should().dependOnClassesThat().resideInAPackage(CLI_ADAPTER)
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
