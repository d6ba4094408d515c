package be.groupsetup.adapters.persistence.file;

import be.groupsetup.persistence.directory.DataDirectory;
import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.service.GroupUpdate;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.ChangeOutcome;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.value.GroupNumber;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What the file store's own tests (and the child processes they start) share. */
final class StoreFixtures {

    static final GroupNumber GROUP = SampleGroups.number("94123456001");
    static final GroupNumber OTHER = SampleGroups.number("94654321001");

    private StoreFixtures() {
    }

    static FileGroupStore open(Path root, Duration lockTimeout) {
        return new FileGroupStore(DataDirectory.open(root), new JsonDocuments(), lockTimeout, Clock.systemUTC());
    }

    static FileGroupStore open(Path root) {
        return open(root, Duration.ofSeconds(10));
    }

    static Path groups(Path root) {
        return root.resolve(FileGroupStore.GROUPS);
    }

    static Path document(Path root, GroupNumber number) {
        return groups(root).resolve(number.value() + FileGroupStore.DOCUMENT_SUFFIX);
    }

    static Path history(Path root, GroupNumber number) {
        return groups(root).resolve(number.value() + FileGroupStore.HISTORY_SUFFIX);
    }

    /** A rename's update, as the rename service decides it. */
    static GroupUpdate<String> renameTo(GroupNumber target) {
        return fresh -> {
            ChangeOutcome outcome = fresh.setup().configuration().renameTo(target.value(), SampleGroups.rules());
            if (!(outcome instanceof ChangeOutcome.Accepted renamed)) {
                throw new IllegalStateException("the rules refused the rename: " + outcome.findings());
            }
            return new GroupUpdate.Decision.Apply<>(fresh.setup().with(renamed.configuration()),
                    renamedEntry(fresh.groupNumber(), renamed), "renamed");
        };
    }

    static HistoryEntry renamedEntry(GroupNumber from, ChangeOutcome.Accepted renamed) {
        return new HistoryEntry(SampleGroups.T0, SampleGroups.TECHNICIAN, 0, HistoryKind.RENAMED, renamed.changes(),
                List.of(), List.of(), List.of(), from.value());
    }

    /** An update setting one field through the domain's rules, as the services decide it. */
    static GroupUpdate<String> set(FieldKey field, String value) {
        return fresh -> {
            GroupConfiguration current = fresh.setup().configuration();
            ChangeOutcome outcome = current.change(Map.of(field, value), SampleGroups.rules());
            if (!(outcome instanceof ChangeOutcome.Accepted accepted)) {
                throw new IllegalStateException("the rules refused " + field + ": " + outcome.findings());
            }
            return new GroupUpdate.Decision.Apply<>(fresh.setup().with(accepted.configuration()),
                    new HistoryEntry(SampleGroups.T0, SampleGroups.TECHNICIAN, 0, HistoryKind.FIELDS_SET,
                            accepted.changes(), List.of(), List.of(), accepted.findings(), null), "applied");
        };
    }
}
