package be.groupsetup.application.service;

import be.groupsetup.application.error.ArchiveFormatException;
import be.groupsetup.application.error.GroupAlreadyExistsException;
import be.groupsetup.application.error.StorageException;
import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.port.in.MigrateStorageCommand;
import be.groupsetup.application.port.in.MigrationReport;
import be.groupsetup.application.port.in.MigrationReport.GroupMigration;
import be.groupsetup.application.port.in.MigrationReport.Outcome;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.port.out.TransferGroupPort;
import be.groupsetup.application.testing.InMemoryGroupStore;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.ChangeOutcome;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class StorageMigrationServiceTest {

    private static final GroupNumber FIRST = SampleGroups.number("94111111001");
    private static final GroupNumber SECOND = SampleGroups.number("94123456001");
    private static final GroupNumber THIRD = SampleGroups.number("94654321001");

    private InMemoryGroupStore source;
    private InMemoryGroupStore target;

    @BeforeEach
    void setUp() {
        source = new InMemoryGroupStore();
        target = new InMemoryGroupStore();
    }

    private StorageMigrationService service(TransferGroupPort into) {
        return new StorageMigrationService("/home/anne/.groupsetup", source, source,
                "jdbc:postgresql://db.example/groupsetup", into);
    }

    private MigrationReport migrate(boolean replace) {
        return service(target).migrate(new MigrateStorageCommand(replace));
    }

    @Test
    void givenGroupsWithHistory_whenMigratedIntoAnEmptyStore_thenEachIsCopiedWithItsRevisionAndHistoryAndVerified() {
        source.create(SampleGroups.fullSetup(SECOND), SampleGroups.created(SECOND));
        new GroupUpdates(source).update(SECOND, setCity("Namur"));
        source.create(SampleGroups.emptySetup(FIRST), SampleGroups.created(FIRST));

        MigrationReport report = migrate(false);

        assertThat(report.groups()).containsExactly(
                new GroupMigration(FIRST.value(), Outcome.COPIED, 1, 1, null),
                new GroupMigration(SECOND.value(), Outcome.COPIED, 2, 2, null));
        assertThat(report.complete()).isTrue();
        assertThat(report.hasFailures()).isFalse();
        assertThat(report.source()).isEqualTo("/home/anne/.groupsetup");
        assertThat(report.target()).isEqualTo("jdbc:postgresql://db.example/groupsetup");
        assertThat(target.export(SECOND)).isEqualTo(source.export(SECOND));
        assertThat(target.history(SECOND)).extracting(HistoryEntry::revision).containsExactly(1L, 2L);
    }

    @Test
    void givenAMigrationAlreadyDone_whenRunAgain_thenTheGroupsAreFoundIdenticalAndNothingIsWritten() {
        source.create(SampleGroups.fullSetup(SECOND), SampleGroups.created(SECOND));
        migrate(false);
        Optional<GroupArchive> before = target.export(SECOND);

        MigrationReport again = migrate(false);

        assertThat(again.groups()).extracting(GroupMigration::outcome).containsExactly(Outcome.ALREADY_THERE);
        assertThat(again.complete()).isTrue();
        assertThat(target.export(SECOND)).isEqualTo(before);
    }

    @Test
    void givenATargetGroupWithOtherContent_whenMigratedWithoutReplace_thenSkippedAndLeftAsItWas() {
        source.create(SampleGroups.fullSetup(SECOND), SampleGroups.created(SECOND));
        source.create(SampleGroups.fullSetup(THIRD), SampleGroups.created(THIRD));
        target.create(SampleGroups.emptySetup(SECOND), SampleGroups.created(SECOND));

        MigrationReport report = migrate(false);

        assertThat(report.groups()).extracting(GroupMigration::group, GroupMigration::outcome).containsExactly(
                tuple(SECOND.value(), Outcome.SKIPPED_EXISTS),
                tuple(THIRD.value(), Outcome.COPIED));
        assertThat(report.complete()).isFalse();
        assertThat(report.hasFailures()).isFalse();
        assertThat(target.load(SECOND).orElseThrow().setup()).isEqualTo(SampleGroups.emptySetup(SECOND));
    }

    @Test
    void givenATargetGroupWithOtherContentOrDamaged_whenMigratedWithReplace_thenReplacedAndVerified() {
        source.create(SampleGroups.fullSetup(SECOND), SampleGroups.created(SECOND));
        source.create(SampleGroups.fullSetup(THIRD), SampleGroups.created(THIRD));
        target.create(SampleGroups.emptySetup(SECOND), SampleGroups.created(SECOND));
        target.create(SampleGroups.emptySetup(THIRD), SampleGroups.created(THIRD));
        target.damage(THIRD, "garbage");

        MigrationReport report = migrate(true);

        assertThat(report.groups()).extracting(GroupMigration::outcome)
                .containsExactly(Outcome.REPLACED, Outcome.REPLACED);
        assertThat(target.export(SECOND)).isEqualTo(source.export(SECOND));
        assertThat(target.export(THIRD)).isEqualTo(source.export(THIRD));
        assertThat(target.movedAside()).containsExactly(THIRD);
    }

    @Test
    void givenADamagedGroupInTheSource_whenMigrated_thenReportedWithItsReasonAndTheOthersCopied() {
        source.create(SampleGroups.fullSetup(SECOND), SampleGroups.created(SECOND));
        source.create(SampleGroups.fullSetup(THIRD), SampleGroups.created(THIRD));
        source.damage(SECOND, "not valid JSON");

        MigrationReport report = migrate(false);

        assertThat(report.groups()).hasSize(2);
        assertThat(report.groups().get(0).outcome()).isEqualTo(Outcome.DAMAGED_IN_SOURCE);
        assertThat(report.groups().get(0).detail()).contains("not valid JSON");
        assertThat(report.groups().get(1).outcome()).isEqualTo(Outcome.COPIED);
        assertThat(report.hasFailures()).isTrue();
        assertThat(target.load(SECOND)).isEmpty();
    }

    @Test
    void givenATargetThatStoresSomethingElse_whenTheCopyIsReadBack_thenNotVerifiedWithWhatDiffers() {
        source.create(SampleGroups.fullSetup(SECOND), SampleGroups.created(SECOND));
        new GroupUpdates(source).update(SECOND, setCity("Namur"));
        GroupArchive original = source.export(SECOND).orElseThrow();
        TransferGroupPort lossy = Mockito.mock(TransferGroupPort.class);
        when(lossy.export(SECOND)).thenReturn(Optional.empty(),
                Optional.of(new GroupArchive(original.group(), original.history().subList(0, 1))));

        MigrationReport report = service(lossy).migrate(new MigrateStorageCommand(false));

        assertThat(report.groups()).containsExactly(new GroupMigration(SECOND.value(), Outcome.NOT_VERIFIED, 2, 2,
                "the history differs from its entry 2 on (2 entries, 1 copied)"));
        assertThat(report.hasFailures()).isTrue();
        verify(lossy).importGroup(original, false);
    }

    @Test
    void givenACopyAtAnotherRevisionOrWithOtherContent_whenReadBack_thenNotVerified() {
        source.create(SampleGroups.fullSetup(SECOND), SampleGroups.created(SECOND));
        GroupArchive original = source.export(SECOND).orElseThrow();
        TransferGroupPort lossy = Mockito.mock(TransferGroupPort.class);
        when(lossy.export(SECOND)).thenReturn(Optional.empty(),
                Optional.of(new GroupArchive(new StoredGroup(original.group().setup(), 5), original.history())),
                Optional.empty(),
                Optional.of(new GroupArchive(new StoredGroup(SampleGroups.emptySetup(SECOND), 1), original.history())),
                Optional.empty(), Optional.empty());

        List<String> details = List.of(
                service(lossy).migrate(new MigrateStorageCommand(false)).groups().get(0).detail(),
                service(lossy).migrate(new MigrateStorageCommand(false)).groups().get(0).detail(),
                service(lossy).migrate(new MigrateStorageCommand(false)).groups().get(0).detail());

        assertThat(details).containsExactly("the copy is at revision 5, the original at 1",
                "the configuration differs", "the copy cannot be found");
    }

    @Test
    void givenAGroupCreatedInTheTargetMeanwhile_whenImported_thenSkipped() {
        source.create(SampleGroups.fullSetup(SECOND), SampleGroups.created(SECOND));
        TransferGroupPort racing = Mockito.mock(TransferGroupPort.class);
        when(racing.export(SECOND)).thenReturn(Optional.empty());
        when(racing.importGroup(any(), anyBoolean()))
                .thenThrow(new GroupAlreadyExistsException(SECOND.value()));

        MigrationReport report = service(racing).migrate(new MigrateStorageCommand(false));

        assertThat(report.groups()).extracting(GroupMigration::outcome).containsExactly(Outcome.SKIPPED_EXISTS);
        verify(racing, never()).importGroup(any(), Mockito.eq(true));
    }

    /** A target that refuses, or fails on, the groups it is told to (the others it stores as a store would). */
    private static final class FailingTarget extends InMemoryGroupStore {
        private final Map<GroupNumber, RuntimeException> failures = new java.util.HashMap<>();
        private boolean gone;

        @Override
        public synchronized boolean importGroup(GroupArchive archive, boolean replace) {
            RuntimeException failure = failures.get(archive.group().groupNumber());
            if (failure != null) {
                throw failure;
            }
            return super.importGroup(archive, replace);
        }

        @Override
        public synchronized Optional<GroupArchive> export(GroupNumber number) {
            if (gone) {
                throw new StorageException("storage.database", null, "jdbc:postgresql://db.example/groupsetup",
                        "Connection refused");
            }
            return super.export(number);
        }
    }

    @Test
    void givenATargetThatFailsOneGroup_whenMigrated_thenItGoesOnReportsEveryGroupWithProgressAndARerunTriesOnlyThatOne() {
        source.create(SampleGroups.fullSetup(FIRST), SampleGroups.created(FIRST));
        source.create(SampleGroups.fullSetup(SECOND), SampleGroups.created(SECOND));
        source.create(SampleGroups.fullSetup(THIRD), SampleGroups.created(THIRD));
        FailingTarget failing = new FailingTarget();
        StorageException forThisGroup = new StorageException("storage.database", null,
                "jdbc:postgresql://db.example/groupsetup", "SQLState 23514");
        failing.failures.put(SECOND, forThisGroup);
        List<String> progress = new java.util.ArrayList<>();

        MigrationReport report = service(failing).migrate(new MigrateStorageCommand(false),
                (done, total, group) -> progress.add(done + "/" + total + " " + group.group() + " " + group.outcome()));

        assertThat(report.groups()).extracting(GroupMigration::group, GroupMigration::outcome).containsExactly(
                tuple(FIRST.value(), Outcome.COPIED),
                tuple(SECOND.value(), Outcome.REFUSED),
                tuple(THIRD.value(), Outcome.COPIED));
        assertThat(report.groups().get(1).failure()).isSameAs(forThisGroup);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.stopped()).isNull();
        assertThat(progress).containsExactly("1/3 94111111001 COPIED", "2/3 94123456001 REFUSED",
                "3/3 94654321001 COPIED");
        assertThat(failing.load(SECOND)).isEmpty();

        failing.failures.clear();
        MigrationReport again = service(failing).migrate(new MigrateStorageCommand(false));

        assertThat(again.groups()).extracting(GroupMigration::outcome)
                .containsExactly(Outcome.ALREADY_THERE, Outcome.COPIED, Outcome.ALREADY_THERE);
        assertThat(again.complete()).isTrue();
        assertThat(failing.export(SECOND)).isEqualTo(source.export(SECOND));
    }

    @Test
    void givenATargetThatRefusesAGroupOrFailsUnexpectedly_whenMigrated_thenRefusedWithWhyAndTheOthersCopied() {
        source.create(SampleGroups.fullSetup(FIRST), SampleGroups.created(FIRST));
        source.create(SampleGroups.fullSetup(SECOND), SampleGroups.created(SECOND));
        source.create(SampleGroups.fullSetup(THIRD), SampleGroups.created(THIRD));
        FailingTarget failing = new FailingTarget();
        ArchiveFormatException refusal = new ArchiveFormatException("its history holds revision 1 more than once", null);
        failing.failures.put(FIRST, refusal);
        failing.failures.put(SECOND, new IllegalStateException("Liège, a value that must never be shown"));

        MigrationReport report = service(failing).migrate(new MigrateStorageCommand(false));

        assertThat(report.groups()).extracting(GroupMigration::outcome)
                .containsExactly(Outcome.REFUSED, Outcome.REFUSED, Outcome.COPIED);
        assertThat(report.groups().get(0).failure()).isSameAs(refusal);
        assertThat(report.groups().get(1).detail()).isEqualTo("unexpected failure (IllegalStateException)");
        assertThat(report.hasFailures()).isTrue();
    }

    @Test
    void givenASourceGroupWhoseHistoryHasAGap_whenMigrated_thenRefusedByTheImportRulesAndNothingOfItIsWritten() {
        source.create(SampleGroups.fullSetup(SECOND), SampleGroups.created(SECOND));
        new GroupUpdates(source).update(SECOND, setCity("Namur"));
        GroupArchive whole = source.export(SECOND).orElseThrow();
        source.importGroup(new GroupArchive(whole.group(), List.of(whole.history().get(1))), true);
        source.create(SampleGroups.fullSetup(THIRD), SampleGroups.created(THIRD));

        MigrationReport report = migrate(false);

        assertThat(report.groups()).extracting(GroupMigration::outcome).containsExactly(Outcome.REFUSED, Outcome.COPIED);
        assertThat(report.groups().get(0).failure()).isInstanceOf(ArchiveFormatException.class);
        assertThat(target.load(SECOND)).isEmpty();
    }

    @Test
    void givenASourceGroupThatCannotBeRead_whenMigrated_thenReportedAndTheOthersCopied() {
        source.create(SampleGroups.fullSetup(SECOND), SampleGroups.created(SECOND));
        source.create(SampleGroups.fullSetup(THIRD), SampleGroups.created(THIRD));
        StorageException unreadable = new StorageException("storage.io", null, "/data/groups/94123456001.json",
                "is not a regular file");
        InMemoryGroupStore unreadableSource = new InMemoryGroupStore() {
            @Override
            public synchronized Optional<GroupArchive> export(GroupNumber number) {
                if (number.equals(SECOND)) {
                    throw unreadable;
                }
                return source.export(number);
            }

            @Override
            public synchronized List<GroupNumber> numbers() {
                return source.numbers();
            }
        };

        MigrationReport report = new StorageMigrationService("/data", unreadableSource, unreadableSource,
                "jdbc:postgresql://db.example/groupsetup", target).migrate(new MigrateStorageCommand(false));

        assertThat(report.groups()).extracting(GroupMigration::outcome)
                .containsExactly(Outcome.DAMAGED_IN_SOURCE, Outcome.COPIED);
        assertThat(report.groups().get(0).failure()).isSameAs(unreadable);
    }

    @Test
    void givenTheTargetGoneInTheMiddle_whenMigrated_thenItStopsAndTheGroupsNotTriedAreReportedAsSuch() {
        source.create(SampleGroups.fullSetup(FIRST), SampleGroups.created(FIRST));
        source.create(SampleGroups.fullSetup(SECOND), SampleGroups.created(SECOND));
        source.create(SampleGroups.fullSetup(THIRD), SampleGroups.created(THIRD));
        FailingTarget failing = new FailingTarget();
        StorageException gone = new StorageException("storage.database", null, "jdbc:postgresql://db.example/groupsetup",
                "Connection refused");
        failing.failures.put(SECOND, gone);
        List<String> progress = new java.util.ArrayList<>();

        // the import of SECOND fails, and so does the second look at it: the database is gone
        MigrationReport report = service(failing).migrate(new MigrateStorageCommand(false), (done, total, group) -> {
            progress.add(done + "/" + total + " " + group.outcome());
            if (group.group().equals(FIRST.value())) {
                failing.gone = true;
            }
        });

        assertThat(report.groups()).extracting(GroupMigration::group, GroupMigration::outcome).containsExactly(
                tuple(FIRST.value(), Outcome.COPIED),
                tuple(SECOND.value(), Outcome.NOT_ATTEMPTED),
                tuple(THIRD.value(), Outcome.NOT_ATTEMPTED));
        assertThat(report.stopped()).isNotNull();
        assertThat(report.stopped().code()).isEqualTo("storage.database");
        assertThat(report.complete()).isFalse();
        assertThat(progress).containsExactly("1/3 COPIED", "2/3 NOT_ATTEMPTED", "3/3 NOT_ATTEMPTED");
    }

    private static GroupUpdate<String> setCity(String city) {
        return fresh -> {
            ChangeOutcome.Accepted accepted = (ChangeOutcome.Accepted) fresh.setup().configuration()
                    .change(Map.of(FieldKey.CITY, city), SampleGroups.rules());
            return new GroupUpdate.Decision.Apply<>(fresh.setup().with(accepted.configuration()),
                    SampleGroups.fieldSet(FieldKey.CITY, null, city).atRevision(0), "set");
        };
    }
}
