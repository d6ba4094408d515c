package be.groupsetup.adapters.persistence.file;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The file store and the document code it shares with the other stores never reach for a database: the file
 * storage loads no class of JDBC, of a pool, of Flyway or of a driver (see docs/adr/0004-postgresql-storage.md).
 * This module's pom does not even put those libraries on its class path; this test holds the source to it too,
 * since {@code java.sql} is part of the JDK. That the stores do not depend on each other is a rule of bootstrap's
 * HexagonalArchitectureTest (every adapter is a slice).
 */
class FileStoreDependenciesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importTheStoreAndItsDocuments() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.groupsetup.adapters.persistence.file", "be.groupsetup.persistence.document");
    }

    @Test
    void theFileStoreAndItsDocumentsUseNoDatabaseLibrary() {
        noClasses().that().resideInAnyPackage("be.groupsetup.adapters.persistence.file..",
                        "be.groupsetup.persistence.document..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..",
                        "com.zaxxer.hikari..", "org.flywaydb..", "org.postgresql..")
                .check(classes);
    }
}
