package be.groupsetup.bootstrap;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.Slices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boundaries of STYLE.md, checked on the compiled classes of every module (bootstrap's test classpath sees
 * them all). One test per rule, so that a failure names the rule broken. The rules name layers, not today's
 * adapters: a new adapter module (a store under adapters-persistence/, a page, an API) is held by them unchanged.
 */
class HexagonalArchitectureTest {

    private static final String DOMAIN = "be.groupsetup.domain..";
    private static final String APPLICATION = "be.groupsetup.application..";
    private static final String ADAPTERS = "be.groupsetup.adapters..";
    /** Code that several adapters share (e.g. the stores' JSON documents): outside {@code ..adapters..}. */
    private static final String SHARED = "be.groupsetup.persistence..";
    /** What every driving adapter shows (texts, JSON documents, the sheet, wizard proposals): outside {@code ..adapters..}. */
    private static final String PRESENTATION = "be.groupsetup.presentation..";
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
                "be.groupsetup.adapters", "be.groupsetup.persistence", "be.groupsetup.presentation",
                "be.groupsetup.bootstrap"}) {
            assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith(layer)))
                    .as("classes of %s are imported", layer).isTrue();
        }
    }

    @Test
    void everyAdapterModuleIsASliceOfItsOwn() {
        Slices adapters = Slices.assignedFrom(ADAPTER_MODULES).transform(classes);
        assertThat(adapters).as("one slice per adapter module (the shell, each store)").hasSizeGreaterThanOrEqualTo(3);
        java.util.Map<String, String> moduleOfPackage = new java.util.HashMap<>();
        for (Slice adapter : adapters) {
            adapter.forEach(c -> assertThat(moduleOfPackage.putIfAbsent(c.getPackageName(), adapter.getDescription()))
                    .as("package %s lies in one adapter module", c.getPackageName())
                    .isIn(null, adapter.getDescription()));
        }
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        slices().assignedFrom(ADAPTER_MODULES).should().notDependOnEachOther().check(classes);
    }

    @Test
    void sharedCodeDependsOnNoAdapter() {
        noClasses().that().resideInAPackage(SHARED)
                .should().dependOnClassesThat().resideInAPackage(ADAPTERS)
                .check(classes);
    }

    /**
     * A page or an API uses the presentation as the shell does: so it sees no adapter, no store's shared code and no
     * framework of a particular adapter (Spring, Spring Shell, JLine) — only the ports in, the domain, Java and the
     * libraries that write what it shows (Jackson, JMustache, the OWASP encoder).
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

    private static final String ADAPTER_PACKAGE = "be.groupsetup.adapters.";

    /**
     * An adapter is a Maven module whose classes live under {@code be.groupsetup.adapters}: the shell
     * ({@code adapters.cli..}), the file store ({@code adapters.persistence.file..}), the PostgreSQL store
     * ({@code adapters.persistence.postgres..}) and whatever module comes next. The slice is the class's origin
     * (its module's classes folder or jar), so two stores under one package prefix are still two slices while the
     * sub-packages of one adapter (cli.input, cli.output, …) stay one. Classes of unknown origin fall back to the
     * first two package names below {@code adapters}.
     */
    private static final SliceAssignment ADAPTER_MODULES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            JavaClass type = javaClass.getBaseComponentType();  // an array of an adapter's class is that class
            String name = type.getPackageName();
            if (!name.startsWith(ADAPTER_PACKAGE)) {
                return SliceIdentifier.ignore();
            }
            return type.getSource().map(source -> moduleOf(source, type))
                    .map(SliceIdentifier::of)
                    .orElseGet(() -> SliceIdentifier.of(adapterOf(name)));
        }

        @Override
        public String getDescription() {
            return "adapter modules (classes under " + ADAPTER_PACKAGE + "*, one slice per module)";
        }
    };

    /** The classes folder's module or the jar's name: {@code .../adapters-persistence/file/target/classes}. */
    private static String moduleOf(Source source, JavaClass javaClass) {
        String location = source.getUri().toString();
        int root = location.lastIndexOf("/" + javaClass.getPackageName().replace('.', '/') + "/");
        String origin = root < 0 ? location : location.substring(0, root);
        origin = origin.replaceAll("!$", "").replaceAll("/target/(test-)?classes$", "");
        return origin.substring(origin.lastIndexOf('/') + 1);
    }

    /** {@code be.groupsetup.adapters.persistence.file.x} → {@code persistence.file}; {@code ...cli.output} → {@code cli.output}. */
    private static String adapterOf(String packageName) {
        String[] names = packageName.substring(ADAPTER_PACKAGE.length()).split("\\.");
        return names.length == 1 ? names[0] : names[0] + "." + names[1];
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
