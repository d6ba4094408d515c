package be.groupsetup.application.testing;

import be.groupsetup.application.error.ArchiveFormatException;
import be.groupsetup.application.error.DamagedGroupException;
import be.groupsetup.application.error.GroupAlreadyExistsException;
import be.groupsetup.application.error.GroupNotFoundException;
import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.model.LastChange;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.GroupView;
import be.groupsetup.application.port.in.ImportGroupCommand;
import be.groupsetup.application.port.in.ImportResult;
import be.groupsetup.application.service.GroupUpdate;
import be.groupsetup.application.port.out.GroupChange;
import be.groupsetup.application.port.out.SaveResult;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.service.UpdateResult;
import be.groupsetup.application.service.GroupTransferService;
import be.groupsetup.application.service.ShowGroupService;
import be.groupsetup.domain.configuration.ChangeOutcome;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.LoginCheck;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.Acknowledgement;
import be.groupsetup.domain.setup.AcknowledgementOutcome;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every storage adapter must do. An adapter's test extends this class, gives a fresh empty store for each
 * test and a way to damage a stored document; every test here then runs against it. See docs/adapters.md.
 */
public abstract class GroupStoreContractTest {

    protected static final GroupNumber GROUP = SampleGroups.number("94123456001");
    protected static final GroupNumber OTHER = SampleGroups.number("94654321001");
    protected static final GroupNumber THIRD = SampleGroups.number("94111111001");
    private static final ConfigurationRules RULES = SampleGroups.rules();
    private static final Function<StoredGroup, GroupSummary> SUMMARIZER = stored -> new GroupSummary(
            stored.groupNumber(), stored.setup().configuration().value(FieldKey.COMPANY_NAME).orElse(null),
            false, stored.setup().procedure().progress(), false, stored.setup().openWarnings(RULES).size(),
            stored.revision(), null, null);

    protected StoreUnderTest store;

    /** A new, empty store (a fresh directory, database schema, …). */
    protected abstract StoreUnderTest newStore();

    /** Makes the stored document of a group unreadable, as corruption would (garbage, truncation …). */
    protected abstract void damage(GroupNumber number);

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    // ---------------------------------------------------------------------------------------- create / load

    @Test
    void givenNewGroup_whenCreated_thenLoadsAtRevisionOneWithItsCreationEntry() {
        StoredGroup created = store.groups().create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));

        assertThat(created.revision()).isEqualTo(1);
        assertThat(store.groups().load(GROUP)).contains(new StoredGroup(SampleGroups.emptySetup(GROUP), 1));
        assertThat(store.groups().history(GROUP)).containsExactly(SampleGroups.created(GROUP));
    }

    @Test
    void givenExistingGroup_whenCreatedAgain_thenRefusedAndTheStoredGroupIsUntouched() {
        store.groups().create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));

        assertThatThrownBy(() -> store.groups().create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP)))
                .isInstanceOf(GroupAlreadyExistsException.class);
        assertThat(store.groups().load(GROUP).orElseThrow().setup()).isEqualTo(SampleGroups.fullSetup(GROUP));
    }

    @Test
    void givenNoGroup_whenLoaded_thenEmpty() {
        assertThat(store.groups().load(GROUP)).isEmpty();
        assertThat(store.groups().history(GROUP)).isEmpty();
        assertThat(store.transfer().export(GROUP)).isEmpty();
    }

    @Test
    void givenEveryFieldAndStepWithAccentsAndApostrophes_whenStoredAndLoaded_thenPersonalDataIsUnchanged() {
        GroupSetup full = SampleGroups.fullSetup(GROUP);
        store.groups().create(full, SampleGroups.created(GROUP));

        GroupSetup loaded = store.groups().load(GROUP).orElseThrow().setup();

        assertThat(loaded).isEqualTo(full);
        assertThat(loaded.configuration().value(FieldKey.LAST_NAME)).contains("D'Hondt-Van den Broucke");
        assertThat(loaded.procedure().records()).hasSize(7).isEqualTo(full.procedure().records());
    }

    // ---------------------------------------------------------------------------------------- update

    @Test
    void givenStoredGroup_whenUpdated_thenNextRevisionIsStoredWithItsHistoryEntry() {
        store.groups().create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));

        UpdateResult<String> result = store.updates().update(GROUP, set(FieldKey.CITY, "Liège"));

        assertThat(result).isEqualTo(new UpdateResult<>("applied", 2, true));
        StoredGroup stored = store.groups().load(GROUP).orElseThrow();
        assertThat(stored.revision()).isEqualTo(2);
        assertThat(stored.setup().configuration().value(FieldKey.CITY)).contains("Liège");
        List<HistoryEntry> history = store.groups().history(GROUP);
        assertThat(history).extracting(HistoryEntry::revision).containsExactly(1L, 2L);
        assertThat(history.get(1).kind()).isEqualTo(HistoryKind.FIELDS_SET);
        assertThat(history.get(1).fieldChanges()).containsExactly(new FieldChange(FieldKey.CITY, null, "Liège"));
    }

    @Test
    void givenDecisionToKeep_whenUpdated_thenNothingIsWritten() {
        store.groups().create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));

        UpdateResult<String> result = store.updates().update(GROUP, fresh -> new GroupUpdate.Decision.Keep<>("kept"));

        assertThat(result).isEqualTo(new UpdateResult<>("kept", 1, false));
        assertThat(store.groups().load(GROUP).orElseThrow().revision()).isEqualTo(1);
        assertThat(store.groups().history(GROUP)).hasSize(1);
    }

    @Test
    void givenNoGroup_whenUpdated_thenNotFound() {
        assertThatThrownBy(() -> store.updates().update(GROUP, set(FieldKey.CITY, "Namur")))
                .isInstanceOf(GroupNotFoundException.class);
    }

    @Test
    void givenTwoChangesPreparedOnTheSameRead_whenApplied_thenEachIsDecidedOnTheFreshStateAndBothAreKept() {
        store.groups().create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        StoredGroup staleRead = store.groups().load(GROUP).orElseThrow();

        store.updates().update(GROUP, set(FieldKey.CITY, "Namur"));
        List<Long> seenRevisions = new ArrayList<>();
        store.updates().update(GROUP, fresh -> {
            seenRevisions.add(fresh.revision());
            return set(FieldKey.STREET, "Rue de Fer 1").decide(fresh);
        });

        assertThat(staleRead.revision()).isEqualTo(1);
        assertThat(seenRevisions).containsExactly(2L);
        GroupConfiguration stored = store.groups().load(GROUP).orElseThrow().setup().configuration();
        assertThat(stored.value(FieldKey.CITY)).contains("Namur");
        assertThat(stored.value(FieldKey.STREET)).contains("Rue de Fer 1");
    }

    // ------------------------------------------------------------------------------------ compare-and-swap

    @Test
    void givenChangeDecidedOnAnOlderRevision_whenSaved_thenRefusedWithTheStoredRevisionAndNothingChanges() {
        store.groups().create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        StoredGroup staleRead = store.groups().load(GROUP).orElseThrow();
        store.updates().update(GROUP, set(FieldKey.CITY, "Namur"));
        StoredGroup before = store.groups().load(GROUP).orElseThrow();

        SaveResult result = store.groups().save(GroupChange.after(staleRead,
                staleRead.setup().with(cityOf(staleRead, "Liège")), SampleGroups.fieldSet(FieldKey.CITY, null, "Liège")));

        assertThat(result).isEqualTo(SaveResult.conflict(2));
        assertThat(store.groups().load(GROUP)).contains(before);
        assertThat(store.groups().history(GROUP)).extracting(HistoryEntry::revision).containsExactly(1L, 2L);
    }

    @Test
    void givenChangeDecidedOnTheStoredRevision_whenSaved_thenStoredAtTheNextRevisionWithItsEntry() {
        store.groups().create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        StoredGroup read = store.groups().load(GROUP).orElseThrow();
        GroupChange change = GroupChange.after(read, read.setup().with(cityOf(read, "Liège")),
                SampleGroups.fieldSet(FieldKey.CITY, null, "Liège"));

        assertThat(store.groups().save(change)).isEqualTo(SaveResult.saved(2));

        assertThat(store.groups().load(GROUP)).contains(change.stored());
        assertThat(store.groups().history(GROUP)).last().isEqualTo(change.entry());
    }

    @Test
    void givenRenameDecidedOnAnOlderRevision_whenSaved_thenRefusedAndTheGroupStaysUnderItsNumber() {
        store.groups().create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        StoredGroup staleRead = store.groups().load(GROUP).orElseThrow();
        store.updates().update(GROUP, set(FieldKey.CITY, "Namur"));
        ChangeOutcome.Accepted renamed = (ChangeOutcome.Accepted) staleRead.setup().configuration()
                .renameTo(OTHER.value(), RULES);

        SaveResult result = store.groups().rename(GROUP, GroupChange.after(staleRead,
                staleRead.setup().with(renamed.configuration()), new HistoryEntry(SampleGroups.T0, SampleGroups.TECHNICIAN, 0,
                        HistoryKind.RENAMED, renamed.changes(), List.of(), List.of(), List.of(), GROUP.value())));

        assertThat(result.saved()).isFalse();
        assertThat(store.groups().load(OTHER)).isEmpty();
        assertThat(store.groups().load(GROUP).orElseThrow().revision()).isEqualTo(2);
        assertThat(store.groups().history(GROUP)).hasSize(2);
    }

    @Test
    void givenAnotherChangeStoredBetweenTheReadAndTheSave_whenUpdating_thenDecidedAgainOnTheFreshStateAndBothKept() {
        store.groups().create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        List<Long> seenRevisions = new ArrayList<>();

        UpdateResult<String> result = store.updates().update(GROUP, fresh -> {
            seenRevisions.add(fresh.revision());
            if (seenRevisions.size() == 1) {
                // another technician's change lands after this read, before this save
                store.updates().update(GROUP, set(FieldKey.CITY, "Namur"));
            }
            return set(FieldKey.STREET, "Rue de Fer 1").decide(fresh);
        });

        assertThat(seenRevisions).containsExactly(1L, 2L);
        assertThat(result).isEqualTo(new UpdateResult<>("applied", 3, true));
        GroupConfiguration stored = store.groups().load(GROUP).orElseThrow().setup().configuration();
        assertThat(stored.value(FieldKey.CITY)).contains("Namur");
        assertThat(stored.value(FieldKey.STREET)).contains("Rue de Fer 1");
        assertThat(store.groups().history(GROUP)).extracting(HistoryEntry::revision).containsExactly(1L, 2L, 3L);
    }

    @Test
    void givenStoredValuesTodaysRulesRefuse_whenLoaded_thenTheyLoadUnchangedAndTheCheckReportsThem() {
        // stored when the rules or tables said otherwise: a wrong IBAN check digit, the BIC of another bank
        GroupConfiguration old = GroupConfiguration.reconstitute(GROUP, Map.of(
                FieldKey.IBAN, "BE68539007547035", FieldKey.BIC, "GEBABEBB", FieldKey.COMPANY_NAME, "Soins L'Aurore"));
        store.groups().create(GroupSetup.start(old), SampleGroups.created(GROUP));

        StoredGroup loaded = store.groups().load(GROUP).orElseThrow();
        GroupView checked = new ShowGroupService(RULES, store.groups()).show(new GroupQuery(GROUP.value()));

        assertThat(loaded.setup().configuration()).isEqualTo(old);
        assertThat(checked.configuration().value(FieldKey.IBAN)).contains("BE68539007547035");
        assertThat(checked.findings()).filteredOn(Finding::isError).extracting(Finding::field)
                .contains(FieldKey.IBAN);
        assertThat(checked.complete()).isFalse();
        assertThat(store.list().list(SUMMARIZER, "test")).singleElement()
                .isInstanceOf(GroupListing.Listed.class);
    }

    @Test
    void givenManyThreadsChangingDifferentFields_whenUpdatingAtOnce_thenNoChangeIsLost() throws Exception {
        store.groups().create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        List<FieldKey> fields = List.of(FieldKey.COMPANY_NAME, FieldKey.CITY, FieldKey.STREET, FieldKey.FIRST_NAME);
        int perThread = 15;
        ExecutorService pool = Executors.newFixedThreadPool(fields.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (FieldKey field : fields) {
            running.add(pool.submit(() -> {
                start.await();
                for (int i = 1; i <= perThread; i++) {
                    store.updates().update(GROUP, set(field, field.key() + " " + i));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : running) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        StoredGroup stored = store.groups().load(GROUP).orElseThrow();
        assertThat(stored.revision()).isEqualTo(1 + fields.size() * perThread);
        for (FieldKey field : fields) {
            assertThat(stored.setup().configuration().value(field)).contains(field.key() + " " + perThread);
        }
        List<HistoryEntry> history = store.groups().history(GROUP);
        assertThat(history).extracting(HistoryEntry::revision)
                .containsExactlyElementsOf(revisions(1, stored.revision()));
        for (FieldKey field : fields) {
            assertThat(history.stream().flatMap(e -> e.fieldChanges().stream()).filter(c -> c.field() == field)
                    .map(FieldChange::newValue)).hasSize(perThread).doesNotHaveDuplicates();
        }
    }

    @Test
    void givenFieldsSet_whenCleared_thenStoredWithoutThemAndTheClearIsInTheHistory() {
        store.groups().create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));

        store.updates().update(GROUP, fresh -> {
            ChangeOutcome.Accepted cleared = (ChangeOutcome.Accepted) fresh.setup().configuration()
                    .clear(Set.of(FieldKey.PHONE, FieldKey.IBAN));
            return new GroupUpdate.Decision.Apply<>(fresh.setup().with(cleared.configuration()),
                    new HistoryEntry(SampleGroups.T0, SampleGroups.TECHNICIAN, 0, HistoryKind.FIELDS_CLEARED,
                            cleared.changes(), List.of(), List.of(), List.of(), null), "cleared");
        });

        GroupConfiguration stored = store.groups().load(GROUP).orElseThrow().setup().configuration();
        assertThat(stored.isSet(FieldKey.PHONE)).isFalse();
        assertThat(stored.isSet(FieldKey.IBAN)).isFalse();
        assertThat(stored.value(FieldKey.CITY)).contains("Liège");
        HistoryEntry last = lastEntry(GROUP);
        assertThat(last.kind()).isEqualTo(HistoryKind.FIELDS_CLEARED);
        assertThat(last.fieldChanges()).extracting(FieldChange::field).containsExactly(FieldKey.IBAN, FieldKey.PHONE);
    }

    @Test
    void givenHistoryEntryWithFindingsAndCsamRecords_whenStored_thenReadBackUnchanged() {
        GroupSetup full = SampleGroups.fullSetup(GROUP);
        store.groups().create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        HistoryEntry rich = new HistoryEntry(SampleGroups.T0.plusSeconds(5), "Jean D'Hondt", 0,
                HistoryKind.CSAM_RECORDED, List.of(new FieldChange(FieldKey.CITY, "Luik", "Liège")),
                full.procedure().records(), full.procedure().records().subList(0, 2),
                SampleGroups.fieldSet(FieldKey.CITY, null, "Liège").findings(), "détail « spécial »");

        store.updates().update(GROUP, fresh -> new GroupUpdate.Decision.Apply<>(full, rich, "done"));

        assertThat(lastEntry(GROUP)).isEqualTo(rich.atRevision(2));
    }

    @Test
    void givenALetterWrittenEntry_whenStoredWithTheSetUpUnchanged_thenItsKindAndLanguageAreReadBack() {
        GroupSetup full = SampleGroups.fullSetup(GROUP);
        store.groups().create(full, SampleGroups.created(GROUP));
        HistoryEntry letter = new HistoryEntry(SampleGroups.T0.plusSeconds(30), "Jean D'Hondt", 0,
                HistoryKind.LETTER_WRITTEN, List.of(), List.of(), List.of(), List.of(), "nl");

        store.updates().update(GROUP, fresh -> new GroupUpdate.Decision.Apply<>(fresh.setup(), letter, "written"));

        assertThat(lastEntry(GROUP)).isEqualTo(letter.atRevision(2));
        assertThat(store.groups().load(GROUP).orElseThrow().setup()).isEqualTo(full);
    }

    @Test
    void givenAcknowledgedWarningsAndAConfirmedLoginCheck_whenStoredByAnUpdate_thenLoadedBackEqual() {
        store.groups().create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        store.updates().update(GROUP, set(FieldKey.CITY, "Namur"));
        GroupSetup acknowledged = acknowledgedCityAndConfirmedLogin(store.groups().load(GROUP).orElseThrow().setup());
        HistoryEntry entry = new HistoryEntry(SampleGroups.T0.plusSeconds(90), SampleGroups.TECHNICIAN, 0,
                HistoryKind.ACKNOWLEDGED, List.of(), List.of(), List.of(),
                List.of(Finding.warning(FieldKey.CITY, CITY_MISMATCH)), "Namur: le siège est à Namur, la poste à Liège");

        UpdateResult<String> result = store.updates().update(GROUP,
                fresh -> new GroupUpdate.Decision.Apply<>(acknowledged, entry, "acknowledged"));

        assertThat(result.revision()).isEqualTo(3);
        GroupSetup loaded = store.groups().load(GROUP).orElseThrow().setup();
        assertThat(loaded).isEqualTo(acknowledged);
        assertThat(loaded.acknowledgements()).isEqualTo(acknowledged.acknowledgements()).hasSize(2);
        assertThat(loaded.acknowledgements().get(0).readValues())
                .containsExactly(Map.entry(FieldKey.CITY, "Namur"), Map.entry(FieldKey.POSTAL_CODE, "4000"));
        assertThat(loaded.acknowledgements().get(1).field()).isNull();
        assertThat(principal(loaded).loginCheck()).isEqualTo(principal(acknowledged).loginCheck())
                .extracting(LoginCheck::confirmedNurse).isEqualTo("Françoise-Marie Zoë D'Hondt-Van den Broucke");
        assertThat(loaded.openWarnings(RULES)).isEmpty();
        assertThat(lastEntry(GROUP)).isEqualTo(entry.atRevision(3));
    }

    @Test
    void givenAcknowledgedWarning_whenWithdrawnByAnUpdate_thenStoredWithoutItAndTheWithdrawalIsInTheHistory() {
        store.groups().create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        store.updates().update(GROUP, set(FieldKey.CITY, "Namur"));
        store.updates().update(GROUP, acknowledgeAll());
        HistoryEntry withdrawal = new HistoryEntry(SampleGroups.T0.plusSeconds(120), SampleGroups.TECHNICIAN, 0,
                HistoryKind.ACKNOWLEDGEMENT_WITHDRAWN, List.of(), List.of(), List.of(),
                List.of(Finding.warning(FieldKey.CITY, CITY_MISMATCH)), null);

        store.updates().update(GROUP, fresh -> {
            AcknowledgementOutcome.Accepted withdrawn = (AcknowledgementOutcome.Accepted) fresh.setup()
                    .withdraw(CITY_MISMATCH, FieldKey.CITY, RULES);
            return new GroupUpdate.Decision.Apply<>(withdrawn.setup(), withdrawal, "withdrawn");
        });

        GroupSetup loaded = store.groups().load(GROUP).orElseThrow().setup();
        assertThat(loaded.acknowledgements()).extracting(Acknowledgement::code).containsExactly("configuration.reviewed");
        assertThat(loaded.openWarnings(RULES)).extracting(Finding::code).containsExactly(CITY_MISMATCH);
        assertThat(lastEntry(GROUP)).isEqualTo(withdrawal.atRevision(4));
    }

    @Test
    void givenAcknowledgementsAndLoginChecks_whenExportedAndImportedIntoAnotherStore_thenTheyArrive() {
        store.groups().create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        store.updates().update(GROUP, set(FieldKey.CITY, "Namur"));
        store.updates().update(GROUP, acknowledgeAll());
        GroupArchive archive = store.transfer().export(GROUP).orElseThrow();

        StoreUnderTest other = newStore();
        other.transfer().importGroup(archive, false);

        GroupSetup imported = other.groups().load(GROUP).orElseThrow().setup();
        assertThat(imported).isEqualTo(archive.group().setup());
        assertThat(imported.acknowledgements()).hasSize(2);
        assertThat(principal(imported).loginCheck().confirmedNurse()).isNotNull();
    }

    // ---------------------------------------------------------------------------------------- list

    @Test
    void givenSeveralGroups_whenListed_thenEachIsSummarisedInNumberOrder() {
        store.groups().create(SampleGroups.fullSetup(OTHER), SampleGroups.created(OTHER));
        store.groups().create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        store.groups().create(SampleGroups.emptySetup(THIRD), SampleGroups.created(THIRD));

        List<GroupListing> listed = store.list().list(SUMMARIZER, "test");

        assertThat(listed).extracting(GroupListing::key)
                .containsExactly(THIRD.value(), GROUP.value(), OTHER.value());
        GroupSummary other = ((GroupListing.Listed) listed.get(2)).summary();
        assertThat(other.company()).startsWith("Soins à Domicile L'Aurore");
        assertThat(other.progress()).isEqualTo(5);
        assertThat(other.revision()).isEqualTo(1);
    }

    @Test
    void givenOpenAndAcknowledgedWarnings_whenListedTwiceAndAcknowledgedAgain_thenEachSummaryCarriesItsOpenWarnings() {
        store.groups().create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        store.groups().create(SampleGroups.fullSetup(OTHER), SampleGroups.created(OTHER));
        store.groups().create(SampleGroups.fullSetup(THIRD), SampleGroups.created(THIRD));
        for (GroupNumber number : List.of(GROUP, OTHER)) {
            store.updates().update(number, set(FieldKey.CITY, "Namur"));
        }
        store.updates().update(OTHER, acknowledgeAll());

        List<GroupListing> first = store.list().list(SUMMARIZER, "test");
        List<GroupListing> second = store.list().list(SUMMARIZER, "test");

        assertThat(openWarnings(first)).containsExactly(0, 1, 0);
        assertThat(second).isEqualTo(first);
        store.updates().update(GROUP, acknowledgeAll());
        assertThat(openWarnings(store.list().list(SUMMARIZER, "test"))).containsExactly(0, 0, 0);
    }

    @Test
    void givenGroupsListedOnce_whenChangedDeletedOrDamaged_thenTheNextListShowsIt() {
        store.groups().create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        store.groups().create(SampleGroups.fullSetup(OTHER), SampleGroups.created(OTHER));
        store.groups().create(SampleGroups.fullSetup(THIRD), SampleGroups.created(THIRD));
        store.list().list(SUMMARIZER, "test");

        store.updates().update(GROUP, set(FieldKey.COMPANY_NAME, "Thuisverpleging De Zon VZW"));
        store.groups().delete(THIRD);
        damage(OTHER);
        List<GroupListing> listed = store.list().list(SUMMARIZER, "test");

        assertThat(listed).extracting(GroupListing::key).containsExactly(GROUP.value(), OTHER.value());
        GroupSummary changed = ((GroupListing.Listed) listed.get(0)).summary();
        assertThat(changed.company()).isEqualTo("Thuisverpleging De Zon VZW");
        assertThat(changed.revision()).isEqualTo(2);
        assertThat(listed.get(1)).isInstanceOf(GroupListing.Damaged.class);
    }

    @Test
    void givenGroupsListedWithOneVersionOfTheRules_whenListedWithAnother_thenSummarisedAgain() {
        store.groups().create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        store.list().list(stored -> summary(stored, "old rules"), "1");

        List<GroupListing> listed = store.list().list(stored -> summary(stored, "new rules"), "2");

        assertThat(((GroupListing.Listed) listed.get(0)).summary().company()).isEqualTo("new rules");
    }

    @Test
    void givenUnchangedGroups_whenListedTwice_thenTheSameSummaries() {
        store.groups().create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        store.groups().create(SampleGroups.emptySetup(OTHER), SampleGroups.created(OTHER));

        List<GroupListing> first = store.list().list(SUMMARIZER, "test");
        List<GroupListing> second = store.list().list(SUMMARIZER, "test");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void givenChanges_whenTheEntryOfARevisionIsAsked_thenItIsTheEntryThatProducedThatRevision() {
        store.groups().create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        HistoryEntry change = new HistoryEntry(SampleGroups.T0.plusSeconds(300), "Jean D'Hondt", 0,
                HistoryKind.FIELDS_SET, List.of(new FieldChange(FieldKey.CITY, null, "Liège")), List.of(), List.of(),
                List.of(), null);
        store.updates().update(GROUP, fresh -> new GroupUpdate.Decision.Apply<>(
                SampleGroups.fullSetup(GROUP), change, "done"));

        assertThat(store.groups().historyEntry(GROUP, 2)).contains(change.atRevision(2));
        assertThat(store.groups().historyEntry(GROUP, 1)).contains(SampleGroups.created(GROUP));
        assertThat(store.groups().historyEntry(GROUP, 3)).isEmpty();
        assertThat(store.groups().historyEntry(OTHER, 1)).isEmpty();
    }

    @Test
    void givenGroupsListedOnce_whenOneIsChanged_thenTheNextListShowsItsLastChangeAndKeepsTheOthers() {
        store.groups().create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        store.groups().create(SampleGroups.fullSetup(OTHER), SampleGroups.created(OTHER));
        Function<StoredGroup, GroupSummary> withLastChange = stored -> new GroupSummary(stored.groupNumber(), null,
                false, 0, false, 0, stored.revision(), null, store.groups()
                .historyEntry(stored.groupNumber(), stored.revision()).map(LastChange::of).orElse(null));
        store.list().list(withLastChange, "test");
        HistoryEntry change = new HistoryEntry(SampleGroups.T0.plusSeconds(300), "Jean D'Hondt", 0,
                HistoryKind.FIELDS_SET, List.of(new FieldChange(FieldKey.CITY, null, "Namur")), List.of(), List.of(),
                List.of(), null);
        store.updates().update(GROUP, fresh -> new GroupUpdate.Decision.Apply<>(fresh.setup(), change, "done"));

        List<GroupListing> listed = store.list().list(withLastChange, "test");

        assertThat(listed).extracting(l -> ((GroupListing.Listed) l).summary().lastChange()).containsExactly(
                new LastChange("Jean D'Hondt", SampleGroups.T0.plusSeconds(300), HistoryKind.FIELDS_SET, null),
                new LastChange(SampleGroups.TECHNICIAN, SampleGroups.T0, HistoryKind.CREATED, null));
        assertThat(store.list().list(withLastChange, "test")).isEqualTo(listed);
    }

    private static GroupSummary summary(StoredGroup stored, String company) {
        return new GroupSummary(stored.groupNumber(), company, false, 0, false, 0, stored.revision(), null, null);
    }

    @Test
    void givenNoGroup_whenListed_thenEmpty() {
        assertThat(store.list().list(SUMMARIZER, "test")).isEmpty();
        assertThat(store.list().numbers()).isEmpty();
    }

    @Test
    void givenGroupsOneOfThemDamaged_whenNumbersListed_thenAllInOrder() {
        store.groups().create(SampleGroups.emptySetup(OTHER), SampleGroups.created(OTHER));
        store.groups().create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        damage(GROUP);

        assertThat(store.list().numbers()).containsExactly(GROUP, OTHER);
    }

    // ---------------------------------------------------------------------------------------- damaged

    @Test
    void givenDamagedDocument_whenLoaded_thenReportedWithLocationAndReason() {
        store.groups().create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        damage(GROUP);

        assertThatThrownBy(() -> store.groups().load(GROUP))
                .isInstanceOfSatisfying(DamagedGroupException.class, e -> {
                    assertThat(e.location()).isNotBlank();
                    assertThat(e.reason()).isNotBlank();
                });
        assertThatThrownBy(() -> store.updates().update(GROUP, set(FieldKey.CITY, "Namur")))
                .isInstanceOf(DamagedGroupException.class);
    }

    @Test
    void givenOneDamagedDocument_whenListed_thenItIsReportedAndTheOthersAreListed() {
        store.groups().create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        store.groups().create(SampleGroups.fullSetup(OTHER), SampleGroups.created(OTHER));
        damage(GROUP);

        List<GroupListing> listed = store.list().list(SUMMARIZER, "test");

        assertThat(listed).hasSize(2);
        assertThat(listed.get(0)).isInstanceOfSatisfying(GroupListing.Damaged.class, damaged -> {
            assertThat(damaged.key()).isEqualTo(GROUP.value());
            assertThat(damaged.reason()).isNotBlank();
        });
        assertThat(listed.get(1)).isInstanceOf(GroupListing.Listed.class);
        assertThat(store.groups().load(OTHER)).isPresent();
    }

    @Test
    void givenDamagedDocument_whenCreatingTheSameNumber_thenRefusedRatherThanOverwritten() {
        store.groups().create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        damage(GROUP);

        assertThatThrownBy(() -> store.groups().create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP)))
                .isInstanceOf(GroupAlreadyExistsException.class);
    }

    @Test
    void givenDamagedDocument_whenDeleted_thenItIsNoLongerListed() {
        store.groups().create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        damage(GROUP);

        assertThat(store.groups().delete(GROUP)).isTrue();

        assertThat(store.list().list(SUMMARIZER, "test")).isEmpty();
        assertThat(store.groups().load(GROUP)).isEmpty();
    }

    // ---------------------------------------------------------------------------------------- rename / delete

    @Test
    void givenStoredGroup_whenRenamed_thenItAndItsHistoryMoveToTheNewNumber() {
        store.groups().create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        store.updates().update(GROUP, set(FieldKey.CITY, "Namur"));

        UpdateResult<String> result = store.updates().rename(GROUP, OTHER, renameTo(OTHER));

        assertThat(result.revision()).isEqualTo(3);
        assertThat(store.groups().load(GROUP)).isEmpty();
        StoredGroup renamed = store.groups().load(OTHER).orElseThrow();
        assertThat(renamed.revision()).isEqualTo(3);
        assertThat(renamed.setup().configuration().value(FieldKey.CITY)).contains("Namur");
        assertThat(renamed.setup().procedure()).isEqualTo(SampleGroups.fullSetup(GROUP).procedure());
        assertThat(store.groups().history(OTHER)).extracting(HistoryEntry::kind)
                .containsExactly(HistoryKind.CREATED, HistoryKind.FIELDS_SET, HistoryKind.RENAMED);
        assertThat(store.groups().history(GROUP)).isEmpty();
        assertThat(store.list().list(SUMMARIZER, "test")).extracting(GroupListing::key).containsExactly(OTHER.value());
    }

    @Test
    void givenTakenNumber_whenRenamingOntoIt_thenRefusedAndBothStayAsTheyWere() {
        store.groups().create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        store.groups().create(SampleGroups.emptySetup(OTHER), SampleGroups.created(OTHER));

        assertThatThrownBy(() -> store.updates().rename(GROUP, OTHER, renameTo(OTHER)))
                .isInstanceOf(GroupAlreadyExistsException.class);
        assertThat(store.groups().load(GROUP).orElseThrow().setup()).isEqualTo(SampleGroups.fullSetup(GROUP));
        assertThat(store.groups().load(OTHER).orElseThrow().setup()).isEqualTo(SampleGroups.emptySetup(OTHER));
    }

    @Test
    void givenNoGroup_whenRenamed_thenNotFound() {
        assertThatThrownBy(() -> store.updates().rename(GROUP, OTHER, renameTo(OTHER)))
                .isInstanceOf(GroupNotFoundException.class);
    }

    @Test
    void givenDecisionToKeep_whenRenaming_thenNothingMoves() {
        store.groups().create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));

        UpdateResult<String> result = store.updates().rename(GROUP, OTHER, fresh -> new GroupUpdate.Decision.Keep<>("no"));

        assertThat(result.written()).isFalse();
        assertThat(store.groups().load(GROUP)).isPresent();
        assertThat(store.groups().load(OTHER)).isEmpty();
    }

    @Test
    void givenStoredGroup_whenDeleted_thenItAndItsHistoryAreGone() {
        store.groups().create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        store.groups().create(SampleGroups.fullSetup(OTHER), SampleGroups.created(OTHER));

        assertThat(store.groups().delete(GROUP)).isTrue();

        assertThat(store.groups().load(GROUP)).isEmpty();
        assertThat(store.groups().history(GROUP)).isEmpty();
        assertThat(store.groups().load(OTHER)).isPresent();
        assertThat(store.groups().delete(GROUP)).isFalse();
    }

    @Test
    void givenDeletedGroup_whenCreatedAgain_thenItStartsWithAFreshHistory() {
        store.groups().create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        store.updates().update(GROUP, set(FieldKey.CITY, "Namur"));
        store.groups().delete(GROUP);

        store.groups().create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));

        assertThat(store.groups().history(GROUP)).containsExactly(SampleGroups.created(GROUP));
    }

    // ---------------------------------------------------------------------------------------- export / import

    @Test
    void givenStoredGroup_whenExportedAndImportedIntoAnotherStore_thenEverythingArrives() {
        store.groups().create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        store.updates().update(GROUP, set(FieldKey.CITY, "Namur"));
        GroupArchive archive = store.transfer().export(GROUP).orElseThrow();

        StoreUnderTest other = newStore();
        assertThat(other.transfer().importGroup(archive, false)).isFalse();

        assertThat(other.groups().load(GROUP)).contains(archive.group());
        assertThat(other.groups().history(GROUP)).isEqualTo(archive.history()).hasSize(2);
    }

    @Test
    void givenExistingGroup_whenImportedWithoutReplace_thenRefusedAndUntouched() {
        store.groups().create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        GroupArchive archive = new GroupArchive(new StoredGroup(SampleGroups.fullSetup(GROUP), 4),
                List.of(SampleGroups.created(GROUP)));

        assertThatThrownBy(() -> store.transfer().importGroup(archive, false))
                .isInstanceOf(GroupAlreadyExistsException.class);
        assertThat(store.groups().load(GROUP).orElseThrow().setup()).isEqualTo(SampleGroups.emptySetup(GROUP));
    }

    @Test
    void givenExistingGroup_whenImportedWithReplace_thenReplacedWithItsHistory() {
        store.groups().create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        store.updates().update(GROUP, set(FieldKey.CITY, "Namur"));
        GroupArchive archive = new GroupArchive(new StoredGroup(SampleGroups.fullSetup(GROUP), 4),
                List.of(SampleGroups.created(GROUP)));

        assertThat(store.transfer().importGroup(archive, true)).isTrue();

        assertThat(store.groups().load(GROUP)).contains(archive.group());
        assertThat(store.groups().history(GROUP)).containsExactly(SampleGroups.created(GROUP));
    }

    @Test
    void givenDamagedDocument_whenImportedWithReplace_thenTheImportTakesItsPlace() {
        store.groups().create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));
        damage(GROUP);
        GroupArchive archive = new GroupArchive(new StoredGroup(SampleGroups.fullSetup(GROUP), 2),
                List.of(SampleGroups.created(GROUP)));

        assertThatThrownBy(() -> store.transfer().importGroup(archive, false))
                .isInstanceOf(GroupAlreadyExistsException.class);
        assertThat(store.transfer().importGroup(archive, true)).isTrue();
        assertThat(store.groups().load(GROUP)).contains(archive.group());
    }

    // ---------------------------------------------------------------------------------------- import validation

    /*
     * The rules an imported file must follow are the application's (GroupTransferService, ArchiveValidation), so that
     * every store refuses the same files: these tests import through the use case into the store under test and
     * prove that each bad archive is refused whole by every store alike — nothing stored, a group of the same number
     * left exactly as it was — and that what the rules accept (times out of order) is kept alike by every store.
     */

    @Test
    void givenArchivesThatBreakTheImportRules_whenImportedWithReplaceOverAGroup_thenEachIsRefusedAndTheGroupIsUnchanged() {
        GroupArchive good = storedAndExported();
        StoredGroup before = store.groups().load(GROUP).orElseThrow();
        List<HistoryEntry> historyBefore = store.groups().history(GROUP);

        for (Map.Entry<String, GroupArchive> bad : badArchives(good).entrySet()) {
            assertThatThrownBy(() -> importThroughService(store, bad.getValue(), true)).as(bad.getKey())
                    .isInstanceOfSatisfying(ArchiveFormatException.class,
                            e -> assertThat(e.isEnvironmentFailure()).isFalse());

            assertThat(store.groups().load(GROUP)).as(bad.getKey()).contains(before);
            assertThat(store.groups().history(GROUP)).as(bad.getKey()).isEqualTo(historyBefore);
        }
        assertThat(importThroughService(store, good, true).replaced()).as("the good archive, after them").isTrue();
    }

    @Test
    void givenArchivesThatBreakTheImportRules_whenImportedIntoAStoreWithoutTheGroup_thenNothingIsStored() {
        GroupArchive good = storedAndExported();
        StoreUnderTest other = newStore();

        for (Map.Entry<String, GroupArchive> bad : badArchives(good).entrySet()) {
            assertThatThrownBy(() -> importThroughService(other, bad.getValue(), false)).as(bad.getKey())
                    .isInstanceOf(ArchiveFormatException.class);

            assertThat(other.groups().load(GROUP)).as(bad.getKey()).isEmpty();
            assertThat(other.groups().history(GROUP)).as(bad.getKey()).isEmpty();
            assertThat(other.list().numbers()).as(bad.getKey()).isEmpty();
        }
    }

    @Test
    void givenAnArchiveWhoseHistoryTimesAreOutOfOrder_whenImported_thenAcceptedAndKeptAsGivenInRevisionOrder() {
        GroupArchive good = storedAndExported();
        List<HistoryEntry> history = new ArrayList<>(good.history());
        HistoryEntry second = history.get(1);
        // a colleague's clock an hour behind: the second change "happened" before the creation
        history.set(1, new HistoryEntry(history.get(0).time().minusSeconds(3600), "Jan Peeters", second.revision(),
                second.kind(), second.fieldChanges(), second.recorded(), second.removed(), second.findings(),
                second.detail()));
        StoreUnderTest other = newStore();

        long revision = importThroughService(other, new GroupArchive(good.group(), history), false).revision();

        assertThat(revision).isEqualTo(3);
        assertThat(other.groups().load(GROUP).orElseThrow().setup()).isEqualTo(good.group().setup());
        List<HistoryEntry> kept = other.groups().history(GROUP);
        assertThat(kept.subList(0, 2)).isEqualTo(history);
        assertThat(kept).extracting(HistoryEntry::revision).containsExactly(1L, 2L, 3L);
        assertThat(kept.get(2).kind()).isEqualTo(HistoryKind.IMPORTED);
    }

    @Test
    void givenValuesStoredBeforeTheRuleThatHoldCharactersThatCanAct_whenLoadedChangedAndExported_thenNothingFails() {
        // a previous release stored them: the store keeps and reads them back as they are
        Map<FieldKey, String> values = new java.util.EnumMap<>(SampleGroups.settableValues(SampleGroups.fullConfiguration(GROUP)));
        values.put(FieldKey.LAST_NAME, "D'Hondt\u001B[31m");
        values.put(FieldKey.STREET, "Rue\u202E 12");
        GroupSetup earlier = SampleGroups.fullSetup(GROUP).with(GroupConfiguration.reconstitute(GROUP, values));
        store.groups().create(earlier, SampleGroups.created(GROUP));

        assertThat(store.groups().load(GROUP).orElseThrow().setup()).isEqualTo(earlier);
        assertThat(earlier.configuration().check(RULES)).filteredOn(Finding::isError)
                .extracting(Finding::field).containsExactly(FieldKey.STREET, FieldKey.LAST_NAME);
        assertThat(store.updates().update(GROUP, set(FieldKey.CITY, "Namur")).result()).isEqualTo("applied");
        StoredGroup changed = store.groups().load(GROUP).orElseThrow();
        assertThat(changed.setup().configuration().value(FieldKey.LAST_NAME)).contains("D'Hondt\u001B[31m");
        assertThat(changed.setup().configuration().value(FieldKey.CITY)).contains("Namur");
        assertThat(store.list().list(SUMMARIZER, "rules-1")).singleElement().isInstanceOf(GroupListing.Listed.class);
        assertThat(store.transfer().export(GROUP)).isPresent();
    }

    /** The full group stored and changed once (revision 2, two history entries), exported. */
    private GroupArchive storedAndExported() {
        store.groups().create(SampleGroups.fullSetup(GROUP), SampleGroups.created(GROUP));
        store.updates().update(GROUP, set(FieldKey.CITY, "Namur"));
        GroupArchive archive = store.transfer().export(GROUP).orElseThrow();
        assertThat(archive.group().revision()).isEqualTo(2);
        assertThat(archive.history()).hasSize(2);
        return archive;
    }

    /** Imports through the use case, as {@code group import} does, into a store. */
    private static ImportResult importThroughService(StoreUnderTest into, GroupArchive archive, boolean replace) {
        ArchivesByName files = new ArchivesByName();
        GroupTransferService service = new GroupTransferService(RULES, into.transfer(), files,
                () -> SampleGroups.T0.plusSeconds(7200), () -> SampleGroups.TECHNICIAN);
        return service.importGroup(new ImportGroupCommand(files.file(archive), replace));
    }

    /** Each way an archive breaks the import rules, made from a good one (revision 2, history 1–2). */
    static Map<String, GroupArchive> badArchives(GroupArchive good) {
        Map<String, GroupArchive> bad = new java.util.LinkedHashMap<>();
        HistoryEntry first = good.history().get(0);
        HistoryEntry second = good.history().get(1);
        GroupSetup setup = good.group().setup();
        bad.put("no history", new GroupArchive(good.group(), List.of()));
        bad.put("a gap", new GroupArchive(new StoredGroup(setup, 3), List.of(first, second.atRevision(3))));
        bad.put("a repeat", new GroupArchive(new StoredGroup(setup, 3), List.of(first, second, second)));
        bad.put("a negative revision", new GroupArchive(good.group(), List.of(first.atRevision(-1), second)));
        bad.put("revision 0", new GroupArchive(good.group(), List.of(first.atRevision(0), second)));
        bad.put("out of order", new GroupArchive(good.group(), List.of(second, first)));
        bad.put("the group behind its history", new GroupArchive(new StoredGroup(setup, 1), good.history()));
        bad.put("the group beyond its history", new GroupArchive(new StoredGroup(setup, 5), good.history()));
        String escape = "\u001B[2J\u001B[31m";
        Map<FieldKey, String> values = new java.util.EnumMap<>(SampleGroups.settableValues(setup.configuration()));
        values.put(FieldKey.COMPANY_NAME, "Soins" + escape);
        bad.put("an escape in a field", new GroupArchive(new StoredGroup(
                setup.with(GroupConfiguration.reconstitute(GROUP, values)), 2), good.history()));
        Map<FieldKey, String> identifier = new java.util.EnumMap<>(SampleGroups.settableValues(setup.configuration()));
        identifier.put(FieldKey.IBAN, "BE68539007547034\n");
        bad.put("a line break in an identifier", new GroupArchive(new StoredGroup(
                setup.with(GroupConfiguration.reconstitute(GROUP, identifier)), 2), good.history()));
        bad.put("a bidi override in a person", new GroupArchive(new StoredGroup(setup.with(setup.procedure()
                .withRecordsReplaced(r -> withPerson(r, r.person() == null ? null : r.person() + "\u202E"))), 2),
                good.history()));
        bad.put("a line break in recordedBy", new GroupArchive(new StoredGroup(setup.with(setup.procedure()
                .withRecordsReplaced(r -> new StepRecord(r.step(), r.person(), r.role(), r.existing(), r.services(),
                        r.skipped(), r.identityConfirmed(), "Anne\nFAKE LINE", r.recordedAt(), r.loginCheck()))), 2),
                good.history()));
        bad.put("a zero-width space in an acknowledgement's reason", new GroupArchive(new StoredGroup(new GroupSetup(
                setup.configuration(), setup.procedure(), List.of(new Acknowledgement("configuration.reviewed", null,
                "Vu\u200B", SampleGroups.TECHNICIAN, SampleGroups.T0, Map.of()))), 2), good.history()));
        bad.put("an escape in an acknowledgement's author", new GroupArchive(new StoredGroup(new GroupSetup(
                setup.configuration(), setup.procedure(), List.of(new Acknowledgement("configuration.reviewed", null,
                "Vu", "Anne" + escape, SampleGroups.T0, Map.of()))), 2), good.history()));
        bad.put("an escape in the history's technician", new GroupArchive(good.group(), List.of(
                new HistoryEntry(first.time(), "Anne" + escape, 1, first.kind(), first.fieldChanges(), first.recorded(),
                        first.removed(), first.findings(), first.detail()), second)));
        bad.put("a line break in a field change", new GroupArchive(good.group(), List.of(first,
                new HistoryEntry(second.time(), second.technician(), 2, HistoryKind.FIELDS_SET,
                        List.of(new FieldChange(FieldKey.CITY, "Liège", "Namur\nGroup ready")), List.of(), List.of(),
                        List.of(), null))));
        bad.put("an escape in a finding's argument", new GroupArchive(good.group(), List.of(first,
                new HistoryEntry(second.time(), second.technician(), 2, HistoryKind.FIELDS_SET, second.fieldChanges(),
                        List.of(), List.of(), List.of(Finding.warning(FieldKey.CITY, "city.postal-code-mismatch",
                        "Namur" + escape, "4000", "Liège")), null))));
        bad.put("a paragraph separator in a detail", new GroupArchive(good.group(), List.of(first,
                new HistoryEntry(second.time(), second.technician(), 2, HistoryKind.RENAMED, List.of(), List.of(),
                        List.of(), List.of(), "94111111001\u2029"))));
        bad.put("a private-use character in a recorded person", new GroupArchive(good.group(), List.of(first,
                new HistoryEntry(second.time(), second.technician(), 2, HistoryKind.CSAM_RECORDED, List.of(),
                        List.of(withPerson(setup.procedure().records().get(0), "Anne\uE000")), List.of(), List.of(),
                        null))));
        return bad;
    }

    private static StepRecord withPerson(StepRecord r, String person) {
        return new StepRecord(r.step(), person, r.role(), r.existing(), r.services(), r.skipped(), r.identityConfirmed(),
                r.recordedBy(), r.recordedAt(), r.loginCheck());
    }

    // ---------------------------------------------------------------------------------------- helpers

    /** An update setting one field (trusting the domain's rules), as the services decide. */
    protected static GroupUpdate<String> set(FieldKey field, String value) {
        return fresh -> {
            GroupConfiguration current = fresh.setup().configuration();
            ChangeOutcome outcome = current.change(Map.of(field, value), SampleGroups.rules());
            if (!(outcome instanceof ChangeOutcome.Accepted accepted)) {
                return new GroupUpdate.Decision.Keep<>("refused");
            }
            return new GroupUpdate.Decision.Apply<>(fresh.setup().with(accepted.configuration()),
                    new HistoryEntry(SampleGroups.T0, SampleGroups.TECHNICIAN, 0, HistoryKind.FIELDS_SET,
                            accepted.changes(), List.of(), List.of(), accepted.findings(), null), "applied");
        };
    }

    private static GroupConfiguration cityOf(StoredGroup read, String city) {
        return ((ChangeOutcome.Accepted) read.setup().configuration().change(Map.of(FieldKey.CITY, city), RULES))
                .configuration();
    }

    private static GroupUpdate<String> renameTo(GroupNumber target) {
        return fresh -> {
            ChangeOutcome.Accepted renamed = (ChangeOutcome.Accepted) fresh.setup().configuration()
                    .renameTo(target.value(), SampleGroups.rules());
            return new GroupUpdate.Decision.Apply<>(fresh.setup().with(renamed.configuration()),
                    new HistoryEntry(SampleGroups.T0, SampleGroups.TECHNICIAN, 0, HistoryKind.RENAMED,
                            renamed.changes(), List.of(), List.of(), List.of(), fresh.groupNumber().value()),
                    "renamed");
        };
    }

    private static final String CITY_MISMATCH = "city.postal-code-mismatch";

    /**
     * {@code setup} (the full set-up with the city changed to Namur, which raises {@code city.postal-code-mismatch})
     * with that warning acknowledged, an acknowledgement without a field, and the principal access manager's login
     * check confirming the nurse's name.
     */
    private static GroupSetup acknowledgedCityAndConfirmedLogin(GroupSetup setup) {
        AcknowledgementOutcome.Accepted city = (AcknowledgementOutcome.Accepted) setup.acknowledge(CITY_MISMATCH,
                FieldKey.CITY, "Le siège est à Namur, la boîte postale à Liège – vérifié par téléphone", RULES,
                "Jean D'Hondt", SampleGroups.T0.plusSeconds(80));
        Acknowledgement whole = new Acknowledgement("configuration.reviewed", null, "Revu avec l’infirmière « en chef »",
                SampleGroups.TECHNICIAN, SampleGroups.T0.plusSeconds(81), Map.of());
        List<Acknowledgement> acknowledgements = new ArrayList<>(city.setup().acknowledgements());
        acknowledgements.add(whole);
        CsamProcedure confirmed = setup.procedure().withRecordsReplaced(r -> r.step() != CsamStep.PRINCIPAL_ACCESS_MANAGER
                ? r : new StepRecord(r.step(), r.person(), r.role(), r.existing(), r.services(), r.skipped(), true,
                r.recordedBy(), r.recordedAt(), r.loginCheck().confirming("Françoise-Marie Zoë D'Hondt-Van den Broucke")));
        return new GroupSetup(setup.configuration(), confirmed, acknowledgements);
    }

    /** An update storing {@link #acknowledgedCityAndConfirmedLogin} of the fresh set-up. */
    private static GroupUpdate<String> acknowledgeAll() {
        return fresh -> new GroupUpdate.Decision.Apply<>(acknowledgedCityAndConfirmedLogin(fresh.setup()),
                new HistoryEntry(SampleGroups.T0.plusSeconds(80), SampleGroups.TECHNICIAN, 0, HistoryKind.ACKNOWLEDGED,
                        List.of(), List.of(), List.of(), List.of(Finding.warning(FieldKey.CITY, CITY_MISMATCH)),
                        "vérifié par téléphone"), "acknowledged");
    }

    private static StepRecord principal(GroupSetup setup) {
        return setup.procedure().records().stream().filter(r -> r.step() == CsamStep.PRINCIPAL_ACCESS_MANAGER)
                .findFirst().orElseThrow();
    }

    private static List<Integer> openWarnings(List<GroupListing> listed) {
        return listed.stream().map(l -> ((GroupListing.Listed) l).summary().openWarnings()).toList();
    }

    private HistoryEntry lastEntry(GroupNumber number) {
        List<HistoryEntry> history = store.groups().history(number);
        return history.get(history.size() - 1);
    }

    private static List<Long> revisions(long from, long to) {
        List<Long> all = new ArrayList<>();
        for (long r = from; r <= to; r++) {
            all.add(r);
        }
        return Collections.unmodifiableList(all);
    }
}
