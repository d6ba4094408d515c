package be.groupsetup.application;

import be.groupsetup.application.error.ArchiveFormatException;
import be.groupsetup.application.error.GroupNotFoundException;
import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.model.LastChange;
import be.groupsetup.application.port.in.ChangeResult;
import be.groupsetup.application.port.in.ChangeStatus;
import be.groupsetup.application.port.in.CreateGroupCommand;
import be.groupsetup.application.port.in.CsamResult;
import be.groupsetup.application.port.in.DeleteGroupCommand;
import be.groupsetup.application.port.in.ExportGroupCommand;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.GroupView;
import be.groupsetup.application.port.in.ImportGroupCommand;
import be.groupsetup.application.port.in.ImportResult;
import be.groupsetup.application.port.in.RecordCsamStepCommand;
import be.groupsetup.application.port.in.RenameGroupCommand;
import be.groupsetup.application.port.in.SetFieldsCommand;
import be.groupsetup.application.port.in.SheetModel;
import be.groupsetup.application.port.in.StatusView;
import be.groupsetup.application.port.out.ArchiveCodecPort;
import be.groupsetup.application.port.out.CurrentTechnicianPort;
import be.groupsetup.application.service.CsamProcedureService;
import be.groupsetup.application.service.GroupConfigurationService;
import be.groupsetup.application.testing.GroupQueries;
import be.groupsetup.application.service.GroupTransferService;
import be.groupsetup.application.testing.FixedClock;
import be.groupsetup.application.testing.InMemoryGroupStore;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepRequest;
import be.groupsetup.domain.csam.StepState;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The four services on one in-memory store: a group set up from nothing to ready for MyCareNet billing. */
class GroupSetupJourneyTest {

    private static final Instant START = Instant.parse("2025-05-12T09:00:00Z");
    private static final String GROUP = "94123456001";
    private static final GroupQuery QUERY = new GroupQuery(GROUP);

    private final ConfigurationRules rules = ConfigurationRules.standard(SampleGroups.RULES_CLOCK);
    private final InMemoryGroupStore store = new InMemoryGroupStore();
    private final FixedClock clock = new FixedClock(START, Duration.ofMinutes(1));
    private final CurrentTechnicianPort technician = () -> "tech-dana";
    private final FileCodec files = new FileCodec();

    private final GroupConfigurationService configure =
            new GroupConfigurationService(rules, store, clock, technician);
    private final CsamProcedureService csam = new CsamProcedureService(store, clock, technician);
    private final GroupQueries queries = GroupQueries.on(rules, store, store);
    private final GroupTransferService transfer = new GroupTransferService(rules, store, files, clock, technician);

    /** Every field of the screen, as a technician types it. */
    private static Map<FieldKey, String> everyField() {
        Map<FieldKey, String> typed = new EnumMap<>(FieldKey.class);
        typed.put(FieldKey.COMPANY_NAME, "Soins Chez Vous SRL");
        typed.put(FieldKey.CITY, "Bruxelles");
        typed.put(FieldKey.POSTAL_CODE, "1000");
        typed.put(FieldKey.STREET, "Rue de la Loi 16");
        typed.put(FieldKey.IBAN, "BE68 5390 0754 7034");
        typed.put(FieldKey.BIC, "GKCCBEBB");
        typed.put(FieldKey.FIRST_NAME, "Marie");
        typed.put(FieldKey.LAST_NAME, "Dupont");
        typed.put(FieldKey.PHONE, "0470 12 34 56");
        typed.put(FieldKey.SUBSCRIPTION_TYPE, "MyCareNet");
        typed.put(FieldKey.INAMI, "4-12345-02-001");
        typed.put(FieldKey.ENTERPRISE_NUMBER, "BE 0428.759.497");
        typed.put(FieldKey.SINGLE_POINT_OF_CONTACT, "135");
        typed.put(FieldKey.REFERENCE_CARE_PROVIDER, "41234502001");
        typed.put(FieldKey.MANDATE_TYPE, "aucun");
        typed.put(FieldKey.MANDATE_NUMBER, "");
        typed.put(FieldKey.EHEALTH_BOX, "94123456");
        typed.put(FieldKey.EHEALTH_BOX_TYPE, "NIHII");
        typed.put(FieldKey.EHEALTH_BOX_QUALITY, "GROUP");
        return typed;
    }

    private static final List<StepRequest> WHOLE_PROCEDURE = List.of(
            StepRequest.of("authority").withPerson("Marie Dupont").withRole("group-responsible"),
            StepRequest.of("csam-login").withPerson("DUPONT Marie Anne"),
            StepRequest.of("principal-access-manager").withPerson("Marie Dupont"),
            StepRequest.of("local-access-managers").asSkipped(),
            StepRequest.of("access-rights").withPerson("Marie Dupont").withServices(List.of("billing", "insurability")),
            StepRequest.of("access-rights").withPerson("Paul Janssens").withServices(List.of("medico-administrative")),
            StepRequest.of("no-mandates"));

    private void setUpWholeGroup() {
        assertThat(configure.create(new CreateGroupCommand("94123456")).status()).isEqualTo(ChangeStatus.APPLIED);
        ChangeResult set = configure.set(new SetFieldsCommand(GROUP, everyField()));
        assertThat(set.status()).isEqualTo(ChangeStatus.APPLIED);
        for (StepRequest request : WHOLE_PROCEDURE) {
            CsamResult recorded = csam.record(new RecordCsamStepCommand(GROUP, request));
            assertThat(recorded.status()).as(request.stepId()).isEqualTo(ChangeStatus.APPLIED);
        }
    }

    @Test
    void givenNewGroup_whenEveryFieldIsSetInOneChange_thenComplete() {
        configure.create(new CreateGroupCommand("94123456"));

        ChangeResult set = configure.set(new SetFieldsCommand(GROUP, everyField()));

        assertThat(set.status()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(set.findings()).isEmpty();
        assertThat(set.revision()).isEqualTo(2);
        GroupView view = queries.show().show(QUERY);
        assertThat(view.findings()).isEmpty();
        assertThat(view.complete()).isTrue();
        assertThat(view.configuration().allValues()).containsEntry(FieldKey.IBAN, "BE68539007547034")
                .containsEntry(FieldKey.PHONE, "+32470123456")
                .containsEntry(FieldKey.ENTERPRISE_NUMBER, "0428759497")
                .containsEntry(FieldKey.MANDATE_TYPE, "aucun")
                .containsEntry(FieldKey.MANDATE_NUMBER, "")
                .containsEntry(FieldKey.EHEALTH_BOX, "94123456");
    }

    @Test
    void givenWholeProcedureRecorded_whenStatusListAndHistoryAsked_thenReadyAndEveryChangeInOrder() {
        setUpWholeGroup();

        StatusView status = queries.status().status(QUERY);
        assertThat(status.readiness().isReady()).isTrue();
        assertThat(status.procedure().progress()).isEqualTo(5);

        List<HistoryEntry> history = queries.history().history(QUERY).entries();
        assertThat(queries.list().list()).singleElement().isInstanceOfSatisfying(GroupListing.Listed.class,
                listed -> assertThat(listed.summary()).isEqualTo(
                        new GroupSummary(new GroupNumber(GROUP), "Soins Chez Vous SRL", true, 5, true, 0, 9, null,
                                new LastChange("tech-dana", history.get(history.size() - 1).time(),
                                        HistoryKind.CSAM_RECORDED, null))));

        assertThat(history).extracting(HistoryEntry::revision, HistoryEntry::kind).containsExactly(
                tuple(1L, HistoryKind.CREATED), tuple(2L, HistoryKind.FIELDS_SET),
                tuple(3L, HistoryKind.CSAM_RECORDED), tuple(4L, HistoryKind.CSAM_RECORDED),
                tuple(5L, HistoryKind.CSAM_RECORDED), tuple(6L, HistoryKind.CSAM_RECORDED),
                tuple(7L, HistoryKind.CSAM_RECORDED), tuple(8L, HistoryKind.CSAM_RECORDED),
                tuple(9L, HistoryKind.CSAM_RECORDED));
        assertThat(history).extracting(HistoryEntry::technician).containsOnly("tech-dana");
        assertThat(history).extracting(HistoryEntry::time).isSorted().doesNotHaveDuplicates()
                .allSatisfy(time -> assertThat(time).isBetween(START, START.plus(Duration.ofHours(1))));
        assertThat(history.subList(2, 9)).extracting(entry -> entry.recorded().get(0).step()).containsExactly(
                CsamStep.AUTHORITY, CsamStep.CSAM_LOGIN, CsamStep.PRINCIPAL_ACCESS_MANAGER,
                CsamStep.LOCAL_ACCESS_MANAGERS, CsamStep.ACCESS_RIGHTS, CsamStep.ACCESS_RIGHTS, CsamStep.NO_MANDATES);
        assertThat(history.get(1).fieldChanges()).hasSize(17);
    }

    @Test
    void givenReadyGroup_whenSheetAsked_thenEveryRowClearAndTheChecklistDone() {
        setUpWholeGroup();

        SheetModel sheet = queries.sheet().sheet(QUERY);

        assertThat(sheet.rows()).hasSize(21).allSatisfy(row -> assertThat(row.findings()).isEmpty());
        assertThat(sheet.rows()).filteredOn(row -> row.field() != FieldKey.MANDATE_NUMBER)
                .allSatisfy(row -> assertThat(row.toType()).isNotEmpty());
        assertThat(sheet.checklist()).extracting(SheetModel.ChecklistItem::state).containsExactly(StepState.DONE,
                StepState.DONE, StepState.DONE, StepState.SKIPPED, StepState.DONE, StepState.DONE);
        assertThat(sheet.checklist()).noneMatch(SheetModel.ChecklistItem::next);
        assertThat(sheet.readiness().isReady()).isTrue();
    }

    @Test
    void givenReadyGroup_whenExportedAndImportedIntoAColleaguesStore_thenReadyThereWithHistoryContinued() {
        setUpWholeGroup();
        InMemoryGroupStore colleagues = new InMemoryGroupStore();
        GroupTransferService colleagueTransfer = new GroupTransferService(rules, colleagues, files, clock, () -> "tech-emil");
        GroupQueries colleagueQueries = GroupQueries.on(rules, colleagues, colleagues);

        String file = transfer.export(new ExportGroupCommand(GROUP));
        ImportResult imported = colleagueTransfer.importGroup(new ImportGroupCommand(file, false));

        assertThat(imported.replaced()).isFalse();
        assertThat(imported.revision()).isEqualTo(10);
        assertThat(imported.findings()).isEmpty();
        assertThat(colleagueQueries.status().status(QUERY).readiness().isReady()).isTrue();
        List<HistoryEntry> history = colleagueQueries.history().history(QUERY).entries();
        assertThat(history).hasSize(10);
        assertThat(history.get(9)).extracting(HistoryEntry::kind, HistoryEntry::revision, HistoryEntry::technician)
                .containsExactly(HistoryKind.IMPORTED, 10L, "tech-emil");
    }

    @Test
    void givenRenamedGroup_whenQueried_thenFoundUnderTheNewNumberOnlyWithItsHistoryAndProcedure() {
        setUpWholeGroup();

        ChangeResult renamed = configure.rename(new RenameGroupCommand(GROUP, "94654321001"));

        assertThat(renamed.status()).isEqualTo(ChangeStatus.APPLIED);
        assertThatThrownBy(() -> queries.show().show(QUERY)).isInstanceOf(GroupNotFoundException.class);
        GroupQuery newNumber = new GroupQuery("94654321001");
        assertThat(queries.status().status(newNumber).readiness().isReady()).isTrue();
        assertThat(queries.history().history(newNumber).entries()).hasSize(10).last()
                .extracting(HistoryEntry::kind, HistoryEntry::detail).containsExactly(HistoryKind.RENAMED, GROUP);
    }

    @Test
    void givenDeletedGroup_whenOperatedOn_thenGroupNotFoundEverywhere() {
        setUpWholeGroup();

        assertThat(configure.delete(new DeleteGroupCommand(GROUP))).isTrue();

        assertThatThrownBy(() -> configure.set(new SetFieldsCommand(GROUP, Map.of(FieldKey.CITY, "Namur"))))
                .isInstanceOf(GroupNotFoundException.class);
        assertThatThrownBy(() -> csam.record(new RecordCsamStepCommand(GROUP, StepRequest.of("no-mandates"))))
                .isInstanceOf(GroupNotFoundException.class);
        assertThatThrownBy(() -> queries.sheet().sheet(QUERY)).isInstanceOf(GroupNotFoundException.class);
        assertThatThrownBy(() -> transfer.export(new ExportGroupCommand(GROUP)))
                .isInstanceOf(GroupNotFoundException.class);
        assertThatThrownBy(() -> configure.delete(new DeleteGroupCommand(GROUP)))
                .isInstanceOf(GroupNotFoundException.class);
        assertThat(queries.list().list()).isEmpty();
    }

    /** Export files as names of archives kept in memory: the format is the storage adapter's business. */
    private static final class FileCodec implements ArchiveCodecPort {

        private final Map<String, GroupArchive> written = new HashMap<>();

        @Override
        public String encode(GroupArchive archive) {
            String name = "export-" + (written.size() + 1) + ".json";
            written.put(name, archive);
            return name;
        }

        @Override
        public GroupArchive decode(String text) {
            GroupArchive archive = written.get(text);
            if (archive == null) {
                throw new ArchiveFormatException("not an export", null);
            }
            return archive;
        }
    }
}
