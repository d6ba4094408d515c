package be.groupsetup.bootstrap;

import be.groupsetup.adapters.cli.ExitStatuses;
import be.groupsetup.adapters.persistence.file.FileGroupStore;
import be.groupsetup.adapters.persistence.pretendstore.StoreCallingTheFileStore;
import be.groupsetup.adapters.pretendpage.PageCallingTheShell;
import be.groupsetup.application.service.ShowGroupService;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of {@link HexagonalArchitectureTest} can fail: run on two adapters that did not exist when they were
 * written (a page and a store of this test's own, each breaking a rule), each rule finds the break by its package
 * pattern alone — so a new module is held without editing the rules.
 */
class ArchitectureRulesCatchTest {

    private static final JavaClasses PAGE = new ClassFileImporter()
            .importClasses(PageCallingTheShell.class, ExitStatuses.class, ShowGroupService.class);
    private static final JavaClasses STORE = new ClassFileImporter()
            .importClasses(StoreCallingTheFileStore.class, FileGroupStore.class);

    @Test
    void givenANewPageUsingTheShell_whenAdaptersChecked_thenTheBreakIsFound() {
        assertViolated(HexagonalArchitectureTest.ADAPTERS_APART, PAGE, "PageCallingTheShell");
    }

    @Test
    void givenANewPageCallingAService_whenInPortsRuleChecked_thenTheBreakIsFound() {
        assertViolated(HexagonalArchitectureTest.DRIVING_THROUGH_IN_PORTS, PAGE, "ShowGroupService");
    }

    @Test
    void givenANewStoreUsingTheFileStore_whenStoresChecked_thenTheBreakIsFound() {
        assertViolated(HexagonalArchitectureTest.STORES_APART, STORE, "StoreCallingTheFileStore");
    }

    @Test
    void givenANewStoreUsingTheFileStore_whenAdaptersChecked_thenNoBreakBetweenTopLevelAdapters() {
        // both stores are the one slice "persistence" of the first rule: the second rule is the one that holds them apart
        assertThat(HexagonalArchitectureTest.ADAPTERS_APART.evaluate(STORE).hasViolation()).isFalse();
    }

    private static void assertViolated(ArchRule rule, JavaClasses classes, String named) {
        var result = rule.evaluate(classes);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(named));
    }
}
