package be.groupsetup.application.service;

import be.groupsetup.application.error.GroupAlreadyExistsException;
import be.groupsetup.application.error.GroupNotFoundException;
import be.groupsetup.application.error.RefusedException;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.port.in.ChangeResult;
import be.groupsetup.application.port.in.ChangeStatus;
import be.groupsetup.application.port.in.ClearFieldsCommand;
import be.groupsetup.application.port.in.CreateGroupCommand;
import be.groupsetup.application.port.in.DeleteGroupCommand;
import be.groupsetup.application.port.in.RenameGroupCommand;
import be.groupsetup.application.port.in.SetFieldsCommand;
import be.groupsetup.application.port.out.ClockPort;
import be.groupsetup.application.port.out.CurrentTechnicianPort;
import be.groupsetup.application.port.out.GroupChange;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.port.out.GroupStore;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static be.groupsetup.application.testing.SampleGroups.settableValues;
import static be.groupsetup.application.service.Fixtures.GROUP;
import static be.groupsetup.application.service.Fixtures.completeValues;
import static be.groupsetup.application.service.Fixtures.configuration;
import static be.groupsetup.application.service.Fixtures.stored;
import static be.groupsetup.application.service.Fixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class GroupConfigurationServiceTest {

    private static final Instant NOW = Instant.parse("2021-06-14T10:30:00Z");
    private static final String TECHNICIAN = "tech-anna";

    @Mock
    private GroupStore store;
    @Mock
    private ClockPort clock;
    @Mock
    private CurrentTechnicianPort technician;

    private GroupConfigurationService service;

    /** What the service asked the store to do with each fresh state it was handed. */
    private final Decisions decisions = new Decisions();

    @BeforeEach
    void setUp() {
        service = new GroupConfigurationService(ConfigurationRules.standard(SampleGroups.RULES_CLOCK), store, clock,
                technician);
        // a date far from the real one: an entry stamped with it can only come from the clock port
        lenient().when(clock.now()).thenReturn(NOW);
        lenient().when(technician.technician()).thenReturn(TECHNICIAN);
    }

    /** The update port hands {@code fresh} to the service's decision, like a store under its lock. */
    private void givenStoreHolds(StoredGroup fresh) {
        decisions.storeHolds(store, fresh);
    }

    private void givenRenameFrom(StoredGroup fresh, GroupNumber to) {
        decisions.renameFrom(store, fresh, to);
    }


    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Nested
    class Create {

        @Test
        void givenEightDigitNumber_whenCreating_thenCompletedWith001AndStoredAtRevision1WithCreatedEntry() {
            when(store.create(any(), any())).thenAnswer(invocation -> new StoredGroup(invocation.getArgument(0), 1));

            ChangeResult result = service.create(new CreateGroupCommand("9412.3456"));

            ArgumentCaptor<GroupSetup> setup = ArgumentCaptor.forClass(GroupSetup.class);
            ArgumentCaptor<HistoryEntry> entry = ArgumentCaptor.forClass(HistoryEntry.class);
            verify(store).create(setup.capture(), entry.capture());
            assertThat(setup.getValue().groupNumber()).isEqualTo(GROUP);
            assertThat(setup.getValue().configuration()).isEqualTo(GroupConfiguration.empty(GROUP));
            assertThat(setup.getValue().procedure()).isEqualTo(CsamProcedure.notStarted());

            HistoryEntry created = entry.getValue();
            assertThat(created.kind()).isEqualTo(HistoryKind.CREATED);
            assertThat(created.revision()).isEqualTo(1);
            assertThat(created.time()).isEqualTo(NOW);
            assertThat(created.technician()).isEqualTo(TECHNICIAN);
            assertThat(created.fieldChanges()).containsExactly(new FieldChange(FieldKey.GROUP_NUMBER, null, "94123456001"));
            assertThat(created.findings()).extracting(Finding::code, Finding::severity)
                    .containsExactly(tuple("group-number.completed", Severity.NOTE));

            assertThat(result.status()).isEqualTo(ChangeStatus.APPLIED);
            assertThat(result.revision()).isEqualTo(1);
            assertThat(result.configuration().groupNumber()).isEqualTo(GROUP);
            assertThat(codes(result.findings())).containsExactly("group-number.completed");
            assertThat(result.changes()).containsExactly(new FieldChange(FieldKey.GROUP_NUMBER, null, "94123456001"));
        }

        @Test
        void givenNumberWithoutGroupPrefix_whenCreating_thenCreatedWithPrefixWarning() {
            when(store.create(any(), any())).thenAnswer(invocation -> new StoredGroup(invocation.getArgument(0), 1));

            ChangeResult result = service.create(new CreateGroupCommand("81234567001"));

            assertThat(result.isAccepted()).isTrue();
            assertThat(result.findings()).extracting(Finding::code, Finding::severity)
                    .containsExactly(tuple("group-number.prefix", Severity.WARNING));
        }

        @Test
        void givenInvalidNumber_whenCreating_thenRefusedAndNothingIsCreated() {
            ChangeResult result = service.create(new CreateGroupCommand("9412345"));

            assertThat(result.status()).isEqualTo(ChangeStatus.REFUSED);
            assertThat(result.isAccepted()).isFalse();
            assertThat(result.findings()).extracting(Finding::code, Finding::severity)
                    .containsExactly(tuple("group-number.length", Severity.ERROR));
            verifyNoInteractions(store);
        }

        @Test
        void givenLettersInNumber_whenCreating_thenRefusedAndNothingIsCreated() {
            ChangeResult result = service.create(new CreateGroupCommand("94ABC456001"));

            assertThat(codes(result.findings())).containsExactly("group-number.format");
            assertThat(result.status()).isEqualTo(ChangeStatus.REFUSED);
            verifyNoInteractions(store);
        }

        @Test
        void givenTakenNumber_whenCreating_thenGroupAlreadyExists() {
            when(store.create(any(), any())).thenThrow(new GroupAlreadyExistsException("94123456001"));

            assertThatThrownBy(() -> service.create(new CreateGroupCommand("94123456001")))
                    .isInstanceOf(GroupAlreadyExistsException.class)
                    .extracting(e -> ((GroupAlreadyExistsException) e).code()).isEqualTo("group-exists");
        }
    }

    @Nested
    class SetFields {

        @Test
        void givenValidValues_whenSettingFields_thenOneEntryWithOldToNewAtNextRevisionStampedByThePorts() {
            StoredGroup fresh = stored(values(FieldKey.COMPANY_NAME, "Old Name SRL", FieldKey.CITY, "Bruxelles"), 4);
            givenStoreHolds(fresh);

            ChangeResult result = service.set(new SetFieldsCommand("94123456001",
                    Map.of(FieldKey.COMPANY_NAME, "  Soins   Chez Vous SRL ", FieldKey.POSTAL_CODE, "1000")));

            GroupChange write = decisions.theWrite();
            HistoryEntry entry = write.entry();
            assertThat(entry.kind()).isEqualTo(HistoryKind.FIELDS_SET);
            assertThat(entry.revision()).isEqualTo(5);
            assertThat(entry.time()).isEqualTo(NOW);
            assertThat(entry.technician()).isEqualTo(TECHNICIAN);
            assertThat(entry.fieldChanges()).containsExactly(
                    new FieldChange(FieldKey.COMPANY_NAME, "Old Name SRL", "Soins Chez Vous SRL"),
                    new FieldChange(FieldKey.POSTAL_CODE, null, "1000"));
            assertThat(settableValues(write.setup().configuration())).containsExactlyInAnyOrderEntriesOf(values(
                    FieldKey.COMPANY_NAME, "Soins Chez Vous SRL", FieldKey.CITY, "Bruxelles",
                    FieldKey.POSTAL_CODE, "1000"));
            verify(clock).now();
            verify(technician).technician();

            assertThat(result.status()).isEqualTo(ChangeStatus.APPLIED);
            assertThat(result.revision()).isEqualTo(5);
            assertThat(result.changes()).isEqualTo(entry.fieldChanges());
            assertThat(result.configuration()).isEqualTo(write.setup().configuration());
        }

        @Test
        void givenStoredCsamProcedure_whenSettingFields_thenTheProcedureIsWrittenBackUntouched() {
            GroupConfiguration configuration = configuration(completeValues());
            CsamProcedure procedure = Fixtures.procedure(configuration, Fixtures.authority());
            givenStoreHolds(stored(configuration, procedure, 2));

            service.set(new SetFieldsCommand("94123456001", Map.of(FieldKey.STREET, "Rue Royale 1")));

            assertThat(decisions.theWrite().setup().procedure()).isEqualTo(procedure);
        }

        @Test
        void givenRefusedValue_whenSettingFields_thenNothingIsWrittenAndEveryErrorIsReported() {
            StoredGroup fresh = stored(values(FieldKey.COMPANY_NAME, "Old Name SRL"), 3);
            givenStoreHolds(fresh);

            ChangeResult result = service.set(new SetFieldsCommand("94123456001", Map.of(
                    FieldKey.COMPANY_NAME, "New Name SRL",
                    FieldKey.IBAN, "BE69 5390 0754 7034",
                    FieldKey.ENTERPRISE_NUMBER, "0428759498")));

            decisions.assertNothingWritten();
            assertThat(result.status()).isEqualTo(ChangeStatus.REFUSED);
            assertThat(result.findings()).filteredOn(Finding::isError).extracting(Finding::field, Finding::code)
                    .containsExactly(tuple(FieldKey.IBAN, "iban.checksum"),
                            tuple(FieldKey.ENTERPRISE_NUMBER, "enterprise-number.checksum"));
            assertThat(result.changes()).isEmpty();
            assertThat(result.configuration()).isEqualTo(fresh.setup().configuration());
            assertThat(result.revision()).isEqualTo(3);
        }

        @Test
        void givenCrossFieldErrorWithStoredValue_whenSettingFields_thenRefused() {
            // the nurse's INAMI is stored; the group number is the nurse's own number: setting the nurse
            // again must name the classic mistake
            StoredGroup fresh = new StoredGroup(GroupSetup.start(GroupConfiguration.reconstitute(
                    new GroupNumber("41234502001"), Map.of())), 1);
            givenStoreHolds(fresh);

            ChangeResult result = service.set(new SetFieldsCommand("41234502001",
                    Map.of(FieldKey.INAMI, "4-12345-02-001")));

            decisions.assertNothingWritten();
            assertThat(result.findings()).extracting(Finding::field, Finding::code)
                    .contains(tuple(FieldKey.GROUP_NUMBER, "group-number.nurse-number"));
        }

        @Test
        void givenGroupNumberAmongTheFields_whenSettingFields_thenRefusedAsNotSettable() {
            givenStoreHolds(stored(values(), 1));

            ChangeResult result = service.set(new SetFieldsCommand("94123456001",
                    Map.of(FieldKey.GROUP_NUMBER, "94999999001", FieldKey.CITY, "Namur")));

            decisions.assertNothingWritten();
            assertThat(result.status()).isEqualTo(ChangeStatus.REFUSED);
            assertThat(result.findings()).extracting(Finding::field, Finding::code)
                    .containsExactly(tuple(FieldKey.GROUP_NUMBER, "group-number.not-settable"));
        }

        @Test
        void givenTheStoredValue_whenSettingIt_thenUnchangedAndNothingWritten() {
            givenStoreHolds(stored(values(FieldKey.CITY, "Bruxelles", FieldKey.POSTAL_CODE, "1000"), 7));

            ChangeResult result = service.set(new SetFieldsCommand("94123456001",
                    Map.of(FieldKey.CITY, "  Bruxelles ", FieldKey.POSTAL_CODE, "1 000")));

            decisions.assertNothingWritten();
            assertThat(result.status()).isEqualTo(ChangeStatus.UNCHANGED);
            assertThat(result.isAccepted()).isTrue();
            assertThat(result.changes()).isEmpty();
            assertThat(result.revision()).isEqualTo(7);
        }

        @Test
        void givenAnotherFieldChangedMeanwhile_whenSettingFields_thenTheWriteKeepsThatChange() {
            // the group was read when the street was not set; another technician set it since: the store hands
            // the fresh state, and the decision must be made on it
            StoredGroup fresh = stored(values(FieldKey.COMPANY_NAME, "Old Name SRL",
                    FieldKey.STREET, "Rue Neuve 1"), 6);
            givenStoreHolds(fresh);

            ChangeResult result = service.set(new SetFieldsCommand("94123456001",
                    Map.of(FieldKey.COMPANY_NAME, "New Name SRL")));

            GroupChange write = decisions.theWrite();
            assertThat(write.setup().configuration().value(FieldKey.STREET)).contains("Rue Neuve 1");
            assertThat(write.setup().configuration().value(FieldKey.COMPANY_NAME)).contains("New Name SRL");
            assertThat(write.entry().fieldChanges())
                    .containsExactly(new FieldChange(FieldKey.COMPANY_NAME, "Old Name SRL", "New Name SRL"));
            assertThat(write.entry().revision()).isEqualTo(7);
            assertThat(result.revision()).isEqualTo(7);
        }

        @Test
        void givenIbanStoredMeanwhile_whenSettingBicOfAnotherCountry_thenRefusedOnTheFreshState() {
            // alone, a Belgian BIC is fine; against the Dutch IBAN stored meanwhile it is certainly wrong
            givenStoreHolds(stored(values(FieldKey.IBAN, "NL91ABNA0417164300"), 2));

            ChangeResult result = service.set(new SetFieldsCommand("94123456001", Map.of(FieldKey.BIC, "GEBABEBB")));

            decisions.assertNothingWritten();
            assertThat(result.findings()).extracting(Finding::field, Finding::code)
                    .containsExactly(tuple(FieldKey.BIC, "bic.country-mismatch"));
        }

        @Test
        void givenStoredErrorInAnotherField_whenSettingFields_thenTheChangeIsNotBlocked() {
            // a stored value that today's rules reject (and missing required fields) never block a change
            givenStoreHolds(stored(values(FieldKey.ENTERPRISE_NUMBER, "0428759498"), 1));

            ChangeResult result = service.set(new SetFieldsCommand("94123456001", Map.of(FieldKey.CITY, "Namur")));

            assertThat(result.status()).isEqualTo(ChangeStatus.APPLIED);
            assertThat(result.findings()).isEmpty();
            assertThat(decisions.theWrite().setup().configuration().value(FieldKey.ENTERPRISE_NUMBER)).contains("0428759498");
        }

        @Test
        void givenIbanAlone_whenSettingFields_thenTheDerivedBicIsWrittenAndItsNoteKeptInTheEntry() {
            givenStoreHolds(stored(values(), 1));

            ChangeResult result = service.set(new SetFieldsCommand("94123456001",
                    Map.of(FieldKey.IBAN, "BE35 3101 2345 6737")));

            GroupChange write = decisions.theWrite();
            assertThat(write.setup().configuration().value(FieldKey.BIC)).contains("BBRUBEBB");
            assertThat(write.entry().fieldChanges()).containsExactly(
                    new FieldChange(FieldKey.IBAN, null, "BE35310123456737"),
                    new FieldChange(FieldKey.BIC, null, "BBRUBEBB"));
            assertThat(write.entry().findings()).extracting(Finding::code, Finding::severity)
                    .containsExactly(tuple("bic.derived", Severity.NOTE));
            assertThat(result.findings()).isEqualTo(write.entry().findings());
        }

        @Test
        void givenWarningValue_whenSettingFields_thenStoredAndTheWarningReturned() {
            givenStoreHolds(stored(values(), 1));

            ChangeResult result = service.set(new SetFieldsCommand("94123456001",
                    Map.of(FieldKey.SINGLE_POINT_OF_CONTACT, "300")));

            assertThat(result.status()).isEqualTo(ChangeStatus.APPLIED);
            assertThat(result.findings()).extracting(Finding::code, Finding::severity)
                    .containsExactly(tuple("single-point-of-contact.not-christian", Severity.WARNING));
            assertThat(decisions.theWrite().setup().configuration().value(FieldKey.SINGLE_POINT_OF_CONTACT)).contains("300");
        }

        @Test
        void givenMandateOtherThanNone_whenSettingFields_thenRefused() {
            givenStoreHolds(stored(values(), 1));

            ChangeResult result = service.set(new SetFieldsCommand("94123456001",
                    Map.of(FieldKey.MANDATE_TYPE, "eHealth")));

            decisions.assertNothingWritten();
            assertThat(codes(result.findings())).containsExactly("mandate-type.not-allowed");
        }

        @Test
        void givenInvalidTypedGroupNumber_whenSettingFields_thenRefusedWithTheFindingAndStoreUntouched() {
            assertThatThrownBy(() -> service.set(new SetFieldsCommand("94-12", Map.of(FieldKey.CITY, "Namur"))))
                    .isInstanceOfSatisfying(RefusedException.class, e -> {
                        assertThat(e.code()).isEqualTo("refused");
                        assertThat(e.findings()).extracting(Finding::field, Finding::code)
                                .containsExactly(tuple(FieldKey.GROUP_NUMBER, "group-number.length"));
                    });
            verifyNoInteractions(store);
        }

        @Test
        void givenMissingGroup_whenSettingFields_thenGroupNotFound() {
            when(store.load(GROUP)).thenReturn(java.util.Optional.empty());

            assertThatThrownBy(() -> service.set(new SetFieldsCommand("94123456", Map.of(FieldKey.CITY, "Namur"))))
                    .isInstanceOfSatisfying(GroupNotFoundException.class,
                            e -> assertThat(e.arguments()).containsExactly("94123456001"));
        }
    }

    @Nested
    class ClearFields {

        @Test
        void givenSetFields_whenClearing_thenOneClearedEntryWithOldValues() {
            givenStoreHolds(stored(values(FieldKey.CITY, "Bruxelles", FieldKey.POSTAL_CODE, "1000",
                    FieldKey.STREET, "Rue de la Loi 16"), 3));

            ChangeResult result = service.clear(new ClearFieldsCommand("94123456001",
                    Set.of(FieldKey.POSTAL_CODE, FieldKey.CITY)));

            GroupChange write = decisions.theWrite();
            assertThat(write.entry().kind()).isEqualTo(HistoryKind.FIELDS_CLEARED);
            assertThat(write.entry().revision()).isEqualTo(4);
            assertThat(write.entry().time()).isEqualTo(NOW);
            assertThat(write.entry().technician()).isEqualTo(TECHNICIAN);
            assertThat(write.entry().fieldChanges()).containsExactly(
                    new FieldChange(FieldKey.CITY, "Bruxelles", null),
                    new FieldChange(FieldKey.POSTAL_CODE, "1000", null));
            assertThat(settableValues(write.setup().configuration()))
                    .containsExactlyEntriesOf(values(FieldKey.STREET, "Rue de la Loi 16"));
            assertThat(result.status()).isEqualTo(ChangeStatus.APPLIED);
            assertThat(result.revision()).isEqualTo(4);
        }

        @Test
        void givenGroupNumber_whenClearing_thenRefusedAndNothingWritten() {
            givenStoreHolds(stored(values(FieldKey.CITY, "Bruxelles"), 3));

            ChangeResult result = service.clear(new ClearFieldsCommand("94123456001",
                    Set.of(FieldKey.GROUP_NUMBER, FieldKey.CITY)));

            decisions.assertNothingWritten();
            assertThat(result.status()).isEqualTo(ChangeStatus.REFUSED);
            assertThat(codes(result.findings())).containsExactly("group-number.not-clearable");
        }

        @Test
        void givenFieldNotSet_whenClearing_thenUnchangedAndNothingWritten() {
            givenStoreHolds(stored(values(FieldKey.CITY, "Bruxelles"), 3));

            ChangeResult result = service.clear(new ClearFieldsCommand("94123456001", Set.of(FieldKey.PHONE)));

            decisions.assertNothingWritten();
            assertThat(result.status()).isEqualTo(ChangeStatus.UNCHANGED);
            assertThat(result.revision()).isEqualTo(3);
        }
    }

    @Nested
    class Rename {

        private final GroupNumber newNumber = new GroupNumber("94654321001");

        @Test
        void givenFreeValidNumber_whenRenaming_thenWrittenUnderTheNewNumberKeepingTheCsamProcedure() {
            GroupConfiguration configuration = configuration(completeValues());
            CsamProcedure procedure = Fixtures.procedure(configuration, Fixtures.authority(),
                    Fixtures.login("Marie Dupont"));
            givenRenameFrom(stored(configuration, procedure, 3), newNumber);

            ChangeResult result = service.rename(new RenameGroupCommand("94123456001", "94654321"));

            GroupChange write = decisions.theWrite();
            assertThat(write.setup().groupNumber()).isEqualTo(newNumber);
            assertThat(write.setup().procedure()).isEqualTo(procedure);
            assertThat(settableValues(write.setup().configuration())).isEqualTo(settableValues(configuration));
            HistoryEntry entry = write.entry();
            assertThat(entry.kind()).isEqualTo(HistoryKind.RENAMED);
            assertThat(entry.revision()).isEqualTo(4);
            assertThat(entry.time()).isEqualTo(NOW);
            assertThat(entry.technician()).isEqualTo(TECHNICIAN);
            assertThat(entry.detail()).isEqualTo("94123456001");
            assertThat(entry.fieldChanges())
                    .containsExactly(new FieldChange(FieldKey.GROUP_NUMBER, "94123456001", "94654321001"));
            assertThat(result.status()).isEqualTo(ChangeStatus.APPLIED);
            assertThat(result.revision()).isEqualTo(4);
            assertThat(codes(result.findings())).containsExactly("group-number.completed");
        }

        @Test
        void givenInvalidNewNumber_whenRenaming_thenRefusedWithoutTouchingTheStore() {
            ChangeResult result = service.rename(new RenameGroupCommand("94123456001", "941234"));

            assertThat(result.status()).isEqualTo(ChangeStatus.REFUSED);
            assertThat(result.findings()).extracting(Finding::field, Finding::code)
                    .containsExactly(tuple(FieldKey.GROUP_NUMBER, "group-number.length"));
            verifyNoInteractions(store);
        }

        @Test
        void givenSameNumberInAnotherForm_whenRenaming_thenRefusedWithoutTouchingTheStore() {
            ChangeResult result = service.rename(new RenameGroupCommand("94123456001", "9412 3456"));

            assertThat(result.status()).isEqualTo(ChangeStatus.REFUSED);
            assertThat(result.findings()).extracting(Finding::code, Finding::severity)
                    .containsExactly(tuple("group-number.same", Severity.ERROR));
            verifyNoInteractions(store);
        }

        @Test
        void givenTheNursesOwnNumber_whenRenaming_thenRefusedAndNothingWritten() {
            GroupNumber nurses = new GroupNumber("41234502001");
            givenRenameFrom(stored(completeValues(), 5), nurses);

            ChangeResult result = service.rename(new RenameGroupCommand("94123456001", "4-12345-02-001"));

            decisions.assertNothingWritten();
            assertThat(result.status()).isEqualTo(ChangeStatus.REFUSED);
            assertThat(result.findings()).extracting(Finding::field, Finding::code)
                    .contains(tuple(FieldKey.GROUP_NUMBER, "group-number.nurse-number"));
            assertThat(result.revision()).isEqualTo(5);
        }

        @Test
        void givenTakenNewNumber_whenRenaming_thenGroupAlreadyExists() {
            when(store.load(newNumber)).thenReturn(java.util.Optional.of(new StoredGroup(
                    be.groupsetup.domain.setup.GroupSetup.start(GroupConfiguration.empty(newNumber)), 1)));

            assertThatThrownBy(() -> service.rename(new RenameGroupCommand("94123456001", "94654321001")))
                    .isInstanceOf(GroupAlreadyExistsException.class);
        }

        @Test
        void givenMissingGroup_whenRenaming_thenGroupNotFound() {
            lenient().when(store.load(any())).thenReturn(java.util.Optional.empty());

            assertThatThrownBy(() -> service.rename(new RenameGroupCommand("94123456001", "94654321001")))
                    .isInstanceOf(GroupNotFoundException.class);
        }

        @Test
        void givenInvalidCurrentNumber_whenRenaming_thenRefusedException() {
            assertThatThrownBy(() -> service.rename(new RenameGroupCommand("", "94654321001")))
                    .isInstanceOfSatisfying(RefusedException.class,
                            e -> assertThat(codes(e.findings())).containsExactly("blank"));
            verifyNoInteractions(store);
        }
    }

    @Nested
    class Delete {

        @Test
        void givenExistingGroupTypedWithEightDigits_whenDeleting_thenTheCanonicalNumberIsDeleted() {
            when(store.delete(GROUP)).thenReturn(true);

            assertThat(service.delete(new DeleteGroupCommand("9412-3456"))).isTrue();

            verify(store).delete(GROUP);
        }

        @Test
        void givenMissingGroup_whenDeleting_thenGroupNotFound() {
            when(store.delete(GROUP)).thenReturn(false);

            assertThatThrownBy(() -> service.delete(new DeleteGroupCommand("94123456001")))
                    .isInstanceOfSatisfying(GroupNotFoundException.class, e -> {
                        assertThat(e.code()).isEqualTo("group-not-found");
                        assertThat(e.arguments()).containsExactly("94123456001");
                        assertThat(e.isEnvironmentFailure()).isFalse();
                    });
        }

        @Test
        void givenInvalidNumber_whenDeleting_thenRefusedAndNothingDeleted() {
            assertThatThrownBy(() -> service.delete(new DeleteGroupCommand("not a number")))
                    .isInstanceOfSatisfying(RefusedException.class,
                            e -> assertThat(codes(e.findings())).containsExactly("group-number.format"));
            verify(store, never()).delete(any());
        }
    }
}
