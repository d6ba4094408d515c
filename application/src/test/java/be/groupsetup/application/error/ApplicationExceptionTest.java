package be.groupsetup.application.error;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationExceptionTest {

    @Test
    void givenRuleRefusals_whenClassified_thenNoneIsAnEnvironmentFailure() {
        List<ApplicationException> refusals = List.of(new GroupNotFoundException("94123456001"),
                new GroupAlreadyExistsException("94123456001"),
                new RefusedException(List.of(Finding.error(FieldKey.GROUP_NUMBER, "blank"))),
                new ArchiveFormatException("not json", null));

        assertThat(refusals).noneMatch(ApplicationException::isEnvironmentFailure);
        assertThat(refusals).extracting(ApplicationException::code)
                .containsExactly("group-not-found", "group-exists", "refused", "archive-format");
    }

    @Test
    void givenStoreFailures_whenClassified_thenEnvironmentFailuresWithCodeArgumentsAndCause() {
        IOException cause = new IOException("disk full");
        StorageException storage = new StorageException("storage.io", cause, "/data/94123456001.json", 3);
        DamagedGroupException damaged = new DamagedGroupException("94123456001", "/data/x.json", "bad JSON", null);

        assertThat(storage.isEnvironmentFailure()).isTrue();
        assertThat(storage.code()).isEqualTo("storage.io");
        assertThat(storage.arguments()).containsExactly("/data/94123456001.json", "3");
        assertThat(storage.getCause()).isSameAs(cause);
        assertThat(damaged.isEnvironmentFailure()).isTrue();
        assertThat(damaged.arguments()).containsExactly("94123456001", "/data/x.json", "bad JSON");
    }

    @Test
    void givenRefusal_whenCreated_thenItKeepsItsFindingsWhateverHappensToTheSourceList() {
        List<Finding> findings = new java.util.ArrayList<>(List.of(Finding.error(FieldKey.GROUP_NUMBER, "blank")));
        RefusedException refused = new RefusedException(findings);
        findings.clear();

        assertThat(refused.findings()).extracting(Finding::code).containsExactly("blank");
        assertThat(refused.arguments()).isEmpty();
    }
}
