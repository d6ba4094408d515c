package be.groupsetup.adapters.persistence;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The two stores of this module are two adapters that share only the JSON document code ({@code document}): the
 * file store never sees the PostgreSQL store nor its libraries, and the other way round (see
 * docs/adr/0004-postgresql-storage.md). So the file storage never loads a class of the PostgreSQL one.
 */
class StorePackagesTest {

    private static final String DOCUMENT = "be.groupsetup.adapters.persistence.document..";
    private static final String FILE = "be.groupsetup.adapters.persistence.file..";
    private static final String POSTGRES = "be.groupsetup.adapters.persistence.postgres..";

    private static JavaClasses classes;

    @BeforeAll
    static void importTheModule() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.groupsetup.adapters.persistence");
    }

    @Test
    void theFileStoreDoesNotDependOnThePostgresStoreNorOnItsLibraries() {
        noClasses().that().resideInAnyPackage(FILE, DOCUMENT)
                .should().dependOnClassesThat().resideInAnyPackage(POSTGRES, "java.sql..", "javax.sql..",
                        "com.zaxxer.hikari..", "org.flywaydb..", "org.postgresql..")
                .check(classes);
    }

    @Test
    void thePostgresStoreDoesNotDependOnTheFileStore() {
        noClasses().that().resideInAPackage(POSTGRES)
                .should().dependOnClassesThat().resideInAPackage(FILE)
                .check(classes);
    }
}
