package be.groupsetup.application.service;

import be.groupsetup.application.error.DamagedGroupException;
import be.groupsetup.application.error.GroupNotFoundException;
import be.groupsetup.application.error.RefusedException;
import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.model.LastChange;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.GroupView;
import be.groupsetup.application.port.in.HistoryView;
import be.groupsetup.application.port.in.SheetModel;
import be.groupsetup.application.port.in.StatusView;
import be.groupsetup.application.port.out.ListGroupsPort;
import be.groupsetup.application.port.out.GroupStore;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.testing.GroupQueries;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepState;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.setup.Readiness;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import static be.groupsetup.application.service.Fixtures.GROUP;
import static be.groupsetup.application.service.Fixtures.authority;
import static be.groupsetup.application.service.Fixtures.completeValues;
import static be.groupsetup.application.service.Fixtures.configuration;
import static be.groupsetup.application.service.Fixtures.fullProcedure;
import static be.groupsetup.application.service.Fixtures.login;
import static be.groupsetup.application.service.Fixtures.principalDesignated;
import static be.groupsetup.application.service.Fixtures.procedure;
import static be.groupsetup.application.service.Fixtures.stored;
import static be.groupsetup.application.service.Fixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class GroupQueriesTest {

    private static final GroupQuery QUERY = new GroupQuery("94123456001");

    @Mock
    private GroupStore loadPort;
    @Mock
    private ListGroupsPort listPort;

    private GroupQueries service;

    @BeforeEach
    void setUp() {
        service = GroupQueries.on(ConfigurationRules.standard(SampleGroups.RULES_CLOCK), loadPort, listPort);
    }

    private void givenStored(StoredGroup group) {
        when(loadPort.load(group.groupNumber())).thenReturn(Optional.of(group));
    }

    private static StoredGroup readyGroup(long revision) {
        GroupConfiguration configuration = configuration(completeValues());
        return stored(configuration, fullProcedure(configuration), revision);
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Nested
    class ShowAndCheck {

        @Test
        void givenNewGroup_whenShown_thenEveryRequiredFieldIsReportedInScreenOrderAndNotComplete() {
            givenStored(stored(values(FieldKey.COMPANY_NAME, "Soins Chez Vous SRL"), 1));

            GroupView view = service.show().show(QUERY);

            assertThat(view.complete()).isFalse();
            assertThat(view.group()).isEqualTo(GROUP);
            assertThat(view.revision()).isEqualTo(1);
            assertThat(view.findings()).allSatisfy(f -> {
                assertThat(f.code()).isEqualTo("required");
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
            });
            assertThat(view.findings()).extracting(Finding::field).containsExactly(
                    FieldKey.CITY, FieldKey.POSTAL_CODE, FieldKey.STREET, FieldKey.IBAN, FieldKey.BIC,
                    FieldKey.FIRST_NAME, FieldKey.LAST_NAME, FieldKey.PHONE, FieldKey.SUBSCRIPTION_TYPE,
                    FieldKey.INAMI, FieldKey.ENTERPRISE_NUMBER, FieldKey.SINGLE_POINT_OF_CONTACT,
                    FieldKey.REFERENCE_CARE_PROVIDER);
        }

        @Test
        void givenEveryRequiredFieldValid_whenChecked_thenCompleteWithoutFindings() {
            StoredGroup group = readyGroup(12);
            givenStored(group);

            GroupView view = service.show().show(QUERY);

            assertThat(view.complete()).isTrue();
            assertThat(view.findings()).isEmpty();
            assertThat(view.configuration()).isEqualTo(group.setup().configuration());
            assertThat(view.procedure()).isEqualTo(group.setup().procedure());
            assertThat(view.revision()).isEqualTo(12);
        }

        @Test
        void givenWarningsOnly_whenChecked_thenCompleteWithTheWarnings() {
            Map<FieldKey, String> values = completeValues();
            values.put(FieldKey.SINGLE_POINT_OF_CONTACT, "300");
            givenStored(stored(values, 2));

            GroupView view = service.show().show(QUERY);

            assertThat(view.complete()).isTrue();
            assertThat(view.findings()).extracting(Finding::field, Finding::code, Finding::severity)
                    .containsExactly(tuple(FieldKey.SINGLE_POINT_OF_CONTACT, "single-point-of-contact.not-christian",
                            Severity.WARNING));
        }

        @Test
        void givenStoredValueTodaysRulesReject_whenChecked_thenItsErrorMakesItIncomplete() {
            Map<FieldKey, String> values = completeValues();
            values.put(FieldKey.ENTERPRISE_NUMBER, "0428759498");
            givenStored(stored(values, 2));

            GroupView view = service.show().show(QUERY);

            assertThat(view.complete()).isFalse();
            assertThat(view.findings()).extracting(Finding::field, Finding::code)
                    .containsExactly(tuple(FieldKey.ENTERPRISE_NUMBER, "enterprise-number.checksum"));
        }

        @Test
        void givenGroupNumberWithoutGroupPrefix_whenChecked_thenThePrefixWarningIsReported() {
            // docs/rules.md §1.5: a group number not starting with 94 is a warning; check reports every finding about
            // the configuration as it stands, the group number included
            GroupNumber other = new GroupNumber("81234567001");
            Map<FieldKey, String> values = completeValues();
            givenStored(new StoredGroup(GroupSetup.start(GroupConfiguration.reconstitute(other, values)), 1));

            GroupView view = service.show().show(new GroupQuery("81234567001"));

            assertThat(view.findings()).extracting(Finding::field, Finding::code, Finding::severity)
                    .contains(tuple(FieldKey.GROUP_NUMBER, "group-number.prefix", Severity.WARNING));
            assertThat(view.complete()).isTrue();
        }

        @Test
        void givenMissingGroup_whenShown_thenGroupNotFoundNamingTheNumber() {
            when(loadPort.load(GROUP)).thenReturn(Optional.empty());

            assertThatThrownBy(() -> service.show().show(new GroupQuery("94123456")))
                    .isInstanceOfSatisfying(GroupNotFoundException.class,
                            e -> assertThat(e.arguments()).containsExactly("94123456001"));
        }

        @Test
        void givenInvalidTypedGroupNumber_whenQuerying_thenRefusedWithTheFindingForEveryQuery() {
            GroupQuery invalid = new GroupQuery("94123456-00");
            List<Runnable> queries = List.of(() -> service.show().show(invalid), () -> service.show().show(invalid),
                    () -> service.status().status(invalid), () -> service.history().history(invalid), () -> service.sheet().sheet(invalid));

            for (Runnable query : queries) {
                assertThatThrownBy(query::run).isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.findings()).extracting(Finding::field, Finding::code)
                                .containsExactly(tuple(FieldKey.GROUP_NUMBER, "group-number.length")));
            }
            verifyNoInteractions(loadPort);
        }

        @Test
        void givenDamagedDocument_whenShown_thenTheDamageSurfaces() {
            when(loadPort.load(GROUP)).thenThrow(new DamagedGroupException(GROUP.value(), "memory:1", "bad", null));

            assertThatThrownBy(() -> service.show().show(QUERY)).isInstanceOf(DamagedGroupException.class);
        }
    }

    @Nested
    class Status {

        @Test
        void givenCompleteConfigurationAndRequiredSteps_whenStatusAsked_thenReady() {
            StoredGroup group = readyGroup(3);
            givenStored(group);

            StatusView status = service.status().status(QUERY);

            assertThat(status.readiness().isReady()).isTrue();
            assertThat(status.readiness().missing()).isEmpty();
            assertThat(status.group()).isEqualTo(GROUP);
            assertThat(status.procedure()).isEqualTo(group.setup().procedure());
        }

        @Test
        void givenErrorsMissingFieldsAndSteps_whenStatusAsked_thenFieldErrorsThenMissingFieldsThenStepsInOrder() {
            Map<FieldKey, String> values = values(FieldKey.COMPANY_NAME, "Soins Chez Vous SRL",
                    FieldKey.ENTERPRISE_NUMBER, "0428759498", FieldKey.IBAN, "BE69539007547034",
                    FieldKey.CITY, "Bruxelles", FieldKey.POSTAL_CODE, "1000", FieldKey.STREET, "Rue de la Loi 16",
                    FieldKey.FIRST_NAME, "Marie", FieldKey.LAST_NAME, "Dupont", FieldKey.PHONE, "+32470123456",
                    FieldKey.SUBSCRIPTION_TYPE, "MyCareNet", FieldKey.SINGLE_POINT_OF_CONTACT, "135");
            GroupConfiguration configuration = configuration(values);
            givenStored(stored(configuration, procedure(configuration, authority()), 4));

            Readiness readiness = service.status().status(QUERY).readiness();

            assertThat(readiness.isReady()).isFalse();
            assertThat(readiness.missing()).extracting(Readiness.Missing::kind, Readiness.Missing::key)
                    .containsExactly(
                            tuple(Readiness.Missing.Kind.FIELD, "iban"),
                            tuple(Readiness.Missing.Kind.FIELD, "enterprise-number"),
                            tuple(Readiness.Missing.Kind.FIELD, "bic"),
                            tuple(Readiness.Missing.Kind.FIELD, "inami"),
                            tuple(Readiness.Missing.Kind.FIELD, "reference-care-provider"),
                            tuple(Readiness.Missing.Kind.STEP, "csam-login"),
                            tuple(Readiness.Missing.Kind.STEP, "principal-access-manager"),
                            tuple(Readiness.Missing.Kind.STEP, "access-rights"),
                            tuple(Readiness.Missing.Kind.STEP, "no-mandates"));
            assertThat(readiness.missing()).extracting(m -> m.finding() == null ? null : m.finding().code())
                    .startsWith("iban.checksum", "enterprise-number.checksum", "required", "required", "required");
        }

        @Test
        void givenCompleteConfigurationButCsamNotDone_whenStatusAsked_thenOnlyTheStepsAreMissing() {
            givenStored(stored(completeValues(), 2));

            Readiness readiness = service.status().status(QUERY).readiness();

            assertThat(readiness.missing()).extracting(Readiness.Missing::step).containsExactly(
                    CsamStep.AUTHORITY, CsamStep.CSAM_LOGIN, CsamStep.PRINCIPAL_ACCESS_MANAGER,
                    CsamStep.ACCESS_RIGHTS, CsamStep.NO_MANDATES);
        }
    }

    @Nested
    class History {

        @Test
        void givenStoredHistory_whenHistoryAsked_thenTheStoresEntriesOldestFirst() {
            givenStored(stored(values(), 2));
            List<HistoryEntry> entries = List.of(
                    new HistoryEntry(Instant.parse("2024-01-01T10:00:00Z"), "anna", 1, HistoryKind.CREATED,
                            List.of(new FieldChange(FieldKey.GROUP_NUMBER, null, "94123456001")), null, null, null,
                            null),
                    new HistoryEntry(Instant.parse("2024-01-02T10:00:00Z"), "bruno", 2, HistoryKind.FIELDS_SET,
                            List.of(new FieldChange(FieldKey.CITY, null, "Namur")), null, null, null, null));
            when(loadPort.history(GROUP)).thenReturn(entries);

            HistoryView view = service.history().history(new GroupQuery("9412 3456"));

            assertThat(view.group()).isEqualTo(GROUP);
            assertThat(view.entries()).containsExactlyElementsOf(entries);
        }

        @Test
        void givenMissingGroup_whenHistoryAsked_thenGroupNotFoundAndNoHistoryRead() {
            when(loadPort.load(GROUP)).thenReturn(Optional.empty());

            assertThatThrownBy(() -> service.history().history(QUERY)).isInstanceOf(GroupNotFoundException.class);
            org.mockito.Mockito.verify(loadPort, org.mockito.Mockito.never()).history(org.mockito.ArgumentMatchers.any());
        }
    }

    @Nested
    class Sheet {

        @Test
        void givenCompleteGroup_whenSheetAsked_thenOneRowPerScreenFieldWithTheGroupNumberTwice() {
            givenStored(readyGroup(5));

            SheetModel sheet = service.sheet().sheet(QUERY);

            List<FieldKey> expectedFields = new ArrayList<>(List.of(FieldKey.values()));
            expectedFields.add(expectedFields.indexOf(FieldKey.GROUP_NUMBER), FieldKey.GROUP_NUMBER);
            assertThat(sheet.rows()).extracting(SheetModel.Row::field).containsExactlyElementsOf(expectedFields);
            assertThat(sheet.rows()).extracting(SheetModel.Row::labelKey).containsExactly(
                    "label.company-name", "label.city", "label.postal-code", "label.street", "label.iban",
                    "label.bic", "label.first-name", "label.last-name", "label.phone", "label.subscription-type",
                    "label.inami", "label.group-number", "label.group-number.second", "label.enterprise-number",
                    "label.single-point-of-contact", "label.reference-care-provider", "label.mandate-type",
                    "label.mandate-number", "label.ehealth-box", "label.ehealth-box-type",
                    "label.ehealth-box-quality");
            assertThat(sheet.group()).isEqualTo(GROUP);
            assertThat(sheet.readiness().isReady()).isTrue();
        }

        @Test
        void givenAGroup_whenSheetAsked_thenStampedWithItsRevisionTheClocksTimeAndTheTechnician() {
            givenStored(readyGroup(5));

            SheetModel sheet = service.sheet().sheet(QUERY);

            assertThat(sheet.revision()).isEqualTo(5);
            assertThat(sheet.printedAt()).isEqualTo(SampleGroups.T0);
            assertThat(sheet.printedBy()).isEqualTo(SampleGroups.TECHNICIAN);
            assertThat(sheet.company()).contains(sheet.setup().configuration().value(FieldKey.COMPANY_NAME).orElseThrow());
        }

        @Test
        void givenATechnicianNameThatCanAct_whenSheetAsked_thenRefusedAsEveryStampIs() {
            givenStored(readyGroup(5));
            GroupSheetService sheets = new GroupSheetService(ConfigurationRules.standard(SampleGroups.RULES_CLOCK),
                    loadPort, () -> SampleGroups.T0, () -> "  tech\u202Eanna ");

            assertThatThrownBy(() -> sheets.sheet(QUERY)).isInstanceOfSatisfying(RefusedException.class,
                    e -> assertThat(e.findings()).extracting(Finding::code)
                            .containsExactly("technician.unsafe-character"));
        }

        @Test
        void givenATechnicianNameWithExtraBlanks_whenSheetAsked_thenStampedWithTheNameAsStored() {
            givenStored(readyGroup(5));
            GroupSheetService sheets = new GroupSheetService(ConfigurationRules.standard(SampleGroups.RULES_CLOCK),
                    loadPort, () -> SampleGroups.T0, () -> "  tech \t anna ");

            assertThat(sheets.sheet(QUERY).printedBy()).isEqualTo("tech anna");
        }

        @Test
        void givenCompleteGroup_whenSheetAsked_thenEachRowGivesTheTextToTypeAndTheReadableForm() {
            givenStored(readyGroup(5));

            SheetModel sheet = service.sheet().sheet(QUERY);

            assertThat(sheet.rows()).extracting(SheetModel.Row::labelKey, SheetModel.Row::toType,
                    SheetModel.Row::readable).containsExactly(
                    tuple("label.company-name", "Soins Chez Vous SRL", "Soins Chez Vous SRL"),
                    tuple("label.city", "Bruxelles", "Bruxelles"),
                    tuple("label.postal-code", "1000", "1000"),
                    tuple("label.street", "Rue de la Loi 16", "Rue de la Loi 16"),
                    tuple("label.iban", "BE68539007547034", "BE68 5390 0754 7034"),
                    tuple("label.bic", "GKCCBEBB", "GKCCBEBB"),
                    tuple("label.first-name", "Marie", "Marie"),
                    tuple("label.last-name", "Dupont", "Dupont"),
                    tuple("label.phone", "0470123456", "0470 12 34 56"),
                    tuple("label.subscription-type", "MyCareNet", "MyCareNet"),
                    tuple("label.inami", "41234502001", "4-12345-02-001"),
                    tuple("label.group-number", "94123456001", "94123456-001"),
                    tuple("label.group-number.second", "94123456001", "94123456-001"),
                    tuple("label.enterprise-number", "0428759497", "0428.759.497"),
                    tuple("label.single-point-of-contact", "135", "135"),
                    tuple("label.reference-care-provider", "41234502001", "4-12345-02-001"),
                    tuple("label.mandate-type", "aucun", "aucun"),
                    tuple("label.mandate-number", "", ""),
                    tuple("label.ehealth-box", null, null),
                    tuple("label.ehealth-box-type", null, null),
                    tuple("label.ehealth-box-quality", null, null));
            assertThat(sheet.rows()).allSatisfy(row -> assertThat(row.findings()).isEmpty());
        }

        @Test
        void givenForeignPhone_whenSheetAsked_thenTypedAsStoredInInternationalForm() {
            Map<FieldKey, String> values = completeValues();
            values.put(FieldKey.PHONE, "+31201234567");
            givenStored(stored(values, 1));

            SheetModel.Row phone = service.sheet().sheet(QUERY).rows().get(FieldKey.PHONE.ordinal());

            assertThat(phone.toType()).isEqualTo("+31201234567");
            assertThat(phone.readable()).isEqualTo("+31 20 123 4567");
            assertThat(phone.findings()).extracting(Finding::code).containsExactly("phone.not-belgian");
        }

        @Test
        void givenFindings_whenSheetAsked_thenEachIsAttachedToItsFieldsRow() {
            Map<FieldKey, String> values = completeValues();
            values.put(FieldKey.CITY, "Namur");
            values.remove(FieldKey.STREET);
            givenStored(stored(values, 1));

            SheetModel sheet = service.sheet().sheet(QUERY);

            assertThat(sheet.rows()).filteredOn(row -> !row.findings().isEmpty())
                    .extracting(SheetModel.Row::field)
                    .containsExactly(FieldKey.CITY, FieldKey.STREET);
            SheetModel.Row city = sheet.rows().get(FieldKey.CITY.ordinal());
            assertThat(city.findings()).extracting(Finding::code, Finding::severity)
                    .containsExactly(tuple("city.postal-code-mismatch", Severity.WARNING));
            SheetModel.Row street = sheet.rows().get(FieldKey.STREET.ordinal());
            assertThat(street.toType()).isNull();
            assertThat(street.findings()).extracting(Finding::code).containsExactly("required");
        }

        @Test
        void givenGroupNumberIsTheNursesNumber_whenSheetAsked_thenTheErrorShowsOnBothGroupNumberRows() {
            Map<FieldKey, String> values = completeValues();
            GroupNumber nurses = new GroupNumber("41234502001");
            givenStored(new StoredGroup(GroupSetup.start(GroupConfiguration.reconstitute(nurses, values)), 1));

            SheetModel sheet = service.sheet().sheet(new GroupQuery("41234502001"));

            assertThat(sheet.rows()).filteredOn(row -> row.field() == FieldKey.GROUP_NUMBER)
                    .extracting(SheetModel.Row::labelKey, row -> codes(row.findings()))
                    .containsExactly(
                            tuple("label.group-number", List.of("group-number.personal-inami", "group-number.nurse-number")),
                            tuple("label.group-number.second",
                                    List.of("group-number.personal-inami", "group-number.nurse-number")));
            assertThat(sheet.readiness().isReady()).isFalse();
        }

        @Test
        void givenProcedureUnderway_whenSheetAsked_thenSixStepsWithStatesAndOnlyTheNextFlagged() {
            GroupConfiguration configuration = configuration(completeValues());
            CsamProcedure procedure = procedure(configuration, authority(), login("Marie Dupont"),
                    principalDesignated("Marie Dupont"), Fixtures.accessRights("Paul Janssens", "billing"));
            givenStored(stored(configuration, procedure, 6));

            List<SheetModel.ChecklistItem> checklist = service.sheet().sheet(QUERY).checklist();

            assertThat(checklist).extracting(SheetModel.ChecklistItem::step, SheetModel.ChecklistItem::state,
                    SheetModel.ChecklistItem::next).containsExactly(
                    tuple(CsamStep.AUTHORITY, StepState.DONE, false),
                    tuple(CsamStep.CSAM_LOGIN, StepState.DONE, false),
                    tuple(CsamStep.PRINCIPAL_ACCESS_MANAGER, StepState.DONE, false),
                    tuple(CsamStep.LOCAL_ACCESS_MANAGERS, StepState.TO_DO, false),
                    tuple(CsamStep.ACCESS_RIGHTS, StepState.TO_DO, true),
                    tuple(CsamStep.NO_MANDATES, StepState.TO_DO, false));
            assertThat(checklist.get(4).records()).isEqualTo(procedure.records(CsamStep.ACCESS_RIGHTS));
            assertThat(checklist.get(0).records()).isEqualTo(procedure.records(CsamStep.AUTHORITY));
            assertThat(checklist.get(5).records()).isEmpty();
        }

        @Test
        void givenProcedureNotStarted_whenSheetAsked_thenAuthorityIsNext() {
            givenStored(stored(completeValues(), 1));

            List<SheetModel.ChecklistItem> checklist = service.sheet().sheet(QUERY).checklist();

            assertThat(checklist).hasSize(6);
            assertThat(checklist).filteredOn(SheetModel.ChecklistItem::next)
                    .extracting(SheetModel.ChecklistItem::step).containsExactly(CsamStep.AUTHORITY);
            assertThat(checklist).extracting(SheetModel.ChecklistItem::state).containsOnly(StepState.TO_DO);
        }

        @Test
        void givenProcedureDone_whenSheetAsked_thenNoStepIsNextAndSkippedStepShowsSkipped() {
            givenStored(readyGroup(9));

            List<SheetModel.ChecklistItem> checklist = service.sheet().sheet(QUERY).checklist();

            assertThat(checklist).noneMatch(SheetModel.ChecklistItem::next);
            assertThat(checklist).extracting(SheetModel.ChecklistItem::state).containsExactly(StepState.DONE,
                    StepState.DONE, StepState.DONE, StepState.SKIPPED, StepState.DONE, StepState.DONE);
        }
    }

    @Nested
    class ListGroups {

        @Test
        void givenStoredGroups_whenListed_thenTheStoreSummarisesWithTheseRulesAndTheirVersion() {
            StoredGroup ready = readyGroup(11);
            StoredGroup fresh = new StoredGroup(GroupSetup.start(GroupConfiguration.empty(new GroupNumber("94999999001"))), 1);
            GroupListing.Damaged damaged = new GroupListing.Damaged("94555555001", "memory:94555555001", "bad JSON");
            HistoryEntry eleventh = new HistoryEntry(Instant.parse("2026-03-02T10:15:30Z"), "bruno", 11,
                    HistoryKind.CSAM_RECORDED, null, null, null, null, null);
            when(loadPort.historyEntry(GROUP, 11)).thenReturn(Optional.of(eleventh));
            // the fingerprint of the rules, their tables and the year of their clock (a finding depends on the current year)
            doAnswer(invocation -> {
                Function<StoredGroup, GroupSummary> summarizer = invocation.getArgument(0);
                Consumer<GroupListing> each = invocation.getArgument(2);
                each.accept(new GroupListing.Listed(summarizer.apply(ready)));
                each.accept(damaged);
                each.accept(new GroupListing.Listed(summarizer.apply(fresh)));
                return null;
            }).when(listPort).list(any(), eq(ConfigurationRules.standard(SampleGroups.RULES_CLOCK).fingerprint()), any());

            List<GroupListing> listing = service.list().list();

            assertThat(listing).hasSize(3);
            assertThat(listing.get(0)).isEqualTo(new GroupListing.Listed(
                    new GroupSummary(GROUP, "Soins Chez Vous SRL", true, 5, true, 0, 11, null,
                            new LastChange("bruno", Instant.parse("2026-03-02T10:15:30Z"), HistoryKind.CSAM_RECORDED, null))));
            assertThat(listing.get(1)).isSameAs(damaged);
            // a store whose history lacks the entry of the revision: no last change, the rest as ever
            assertThat(listing.get(2)).isEqualTo(new GroupListing.Listed(new GroupSummary(
                    new GroupNumber("94999999001"), null, false, 0, false, 0, 1, CsamStep.AUTHORITY, null)));
            assertThat(listing).extracting(GroupListing::key)
                    .containsExactly("94123456001", "94555555001", "94999999001");
        }

        @Test
        void givenCompleteConfigurationWithProcedureUnderway_whenSummarised_thenCompleteButNotReady() {
            GroupConfiguration configuration = configuration(completeValues());
            StoredGroup group = stored(configuration, procedure(configuration, authority(), login("Marie Dupont")), 3);

            GroupSummary summary = service.list().summarize(group);

            assertThat(summary).isEqualTo(new GroupSummary(GROUP, "Soins Chez Vous SRL", true, 2, false, 0, 3,
                    CsamStep.PRINCIPAL_ACCESS_MANAGER, null));
        }
    }
}
