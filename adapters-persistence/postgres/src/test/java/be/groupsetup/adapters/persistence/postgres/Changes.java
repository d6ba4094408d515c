package be.groupsetup.adapters.persistence.postgres;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.service.GroupUpdate;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.ChangeOutcome;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.value.GroupNumber;

import java.util.List;
import java.util.Map;

/** Changes as the services decide them, for the PostgreSQL store's own tests. */
final class Changes {

    static final GroupNumber GROUP = SampleGroups.number("94123456001");
    static final GroupNumber OTHER = SampleGroups.number("94654321001");

    private Changes() {
    }

    /** Sets one field through the domain's rules, on the state the store hands over. */
    static GroupUpdate<String> set(FieldKey field, String value) {
        return fresh -> {
            ChangeOutcome outcome = fresh.setup().configuration().change(Map.of(field, value), SampleGroups.rules());
            if (!(outcome instanceof ChangeOutcome.Accepted accepted)) {
                throw new IllegalStateException("the rules refused " + field + ": " + outcome.findings());
            }
            return new GroupUpdate.Decision.Apply<>(fresh.setup().with(accepted.configuration()),
                    new HistoryEntry(SampleGroups.T0, SampleGroups.TECHNICIAN, 0, HistoryKind.FIELDS_SET,
                            accepted.changes(), List.of(), List.of(), accepted.findings(), null), "applied");
        };
    }

    /** The value a counting writer gives {@code field} at its {@code i}-th change. */
    static String countValue(FieldKey field, int i) {
        return (field == FieldKey.STREET ? "Rue de l’Évêché " : "Liège ") + i;
    }
}
