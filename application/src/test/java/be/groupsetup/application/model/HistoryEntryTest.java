package be.groupsetup.application.model;

import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.field.FieldKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryEntryTest {

    private static final Instant AT = Instant.parse("2025-01-01T10:00:00Z");

    @Test
    void givenEntryWithPersonalData_whenPrinted_thenOnlyKindRevisionAndTimeAppear() {
        HistoryEntry entry = new HistoryEntry(AT, "tech-anna", 3, HistoryKind.FIELDS_SET,
                List.of(new FieldChange(FieldKey.LAST_NAME, "Dupont", "Janssens")), null, null, null, "detail");

        assertThat(entry.toString()).isEqualTo("HistoryEntry[fields-set r3 at 2025-01-01T10:00:00Z]")
                .doesNotContain("Dupont", "Janssens", "tech-anna");
    }

    @Test
    void givenMissingLists_whenCreated_thenEmptyListsAndLaterChangesToTheSourceIgnored() {
        List<FieldChange> changes = new ArrayList<>(List.of(new FieldChange(FieldKey.CITY, null, "Namur")));
        HistoryEntry entry = new HistoryEntry(AT, "tech", 1, HistoryKind.CREATED, changes, null, null, null, null);
        changes.clear();

        assertThat(entry.fieldChanges()).hasSize(1);
        assertThat(entry.recorded()).isEmpty();
        assertThat(entry.removed()).isEmpty();
        assertThat(entry.findings()).isEmpty();
    }

    @Test
    void givenEntry_whenGivenItsRevision_thenOnlyTheRevisionChanges() {
        HistoryEntry entry = new HistoryEntry(AT, "tech", 0, HistoryKind.RENAMED, null, null, null, null, "94123456001");

        HistoryEntry stored = entry.atRevision(7);

        assertThat(stored.revision()).isEqualTo(7);
        assertThat(stored).usingRecursiveComparison().ignoringFields("revision").isEqualTo(entry);
    }

    @Test
    void givenNoTechnicianOrTime_whenCreated_thenRefused() {
        assertThatThrownBy(() -> new HistoryEntry(AT, null, 1, HistoryKind.CREATED, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new HistoryEntry(null, "tech", 1, HistoryKind.CREATED, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void givenKinds_whenIdentified_thenLowerCaseWithHyphens() {
        assertThat(List.of(HistoryKind.values())).extracting(HistoryKind::id).containsExactly("created",
                "fields-set", "fields-cleared", "renamed", "csam-recorded", "csam-undone", "csam-reset", "imported",
                "acknowledged", "acknowledgement-withdrawn", "letter-written");
    }
}
