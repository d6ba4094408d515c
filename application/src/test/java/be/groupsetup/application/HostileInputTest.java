package be.groupsetup.application;

import be.groupsetup.application.error.RefusedException;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.port.in.AcknowledgeWarningCommand;
import be.groupsetup.application.port.in.ChangeStatus;
import be.groupsetup.application.port.in.ClearFieldsCommand;
import be.groupsetup.application.port.in.CreateGroupCommand;
import be.groupsetup.application.port.in.CsamResult;
import be.groupsetup.application.port.in.ExportGroupCommand;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.ImportGroupCommand;
import be.groupsetup.application.port.in.RecordCsamStepCommand;
import be.groupsetup.application.port.in.RenameGroupCommand;
import be.groupsetup.application.port.in.ResetCsamCommand;
import be.groupsetup.application.port.in.SetFieldsCommand;
import be.groupsetup.application.port.in.UndoCsamStepCommand;
import be.groupsetup.application.port.out.CurrentTechnicianPort;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.service.CsamProcedureService;
import be.groupsetup.application.service.GroupConfigurationService;
import be.groupsetup.application.testing.GroupQueries;
import be.groupsetup.application.service.GroupTransferService;
import be.groupsetup.application.service.WarningAcknowledgementService;
import be.groupsetup.application.testing.ArchivesByName;
import be.groupsetup.application.testing.FixedClock;
import be.groupsetup.application.testing.InMemoryGroupStore;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.StepRequest;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Issue 11, item 1, through the use cases: text that can act is refused at every entry the application has — the
 * values and {@code --person} of the commands, and the technician the port gives, whatever gave it — and nothing is
 * stored; values stored earlier that hold such characters give a {@code check} error and block nothing else.
 */
class HostileInputTest {

    private static final String GROUP = "94123456001";
    private static final String ESCAPE = "\u001B[31mRED\u001B[0m";

    private final ConfigurationRules rules = ConfigurationRules.standard(SampleGroups.RULES_CLOCK);
    private final InMemoryGroupStore store = new InMemoryGroupStore();
    private final FixedClock clock = new FixedClock(Instant.parse("2026-12-01T08:00:00Z"), Duration.ofMinutes(1));
    private final AtomicReference<String> technicianName = new AtomicReference<>("anne");
    private final CurrentTechnicianPort technician = technicianName::get;
    private final ArchivesByName files = new ArchivesByName();
    private final GroupConfigurationService configure =
            new GroupConfigurationService(rules, store, clock, technician);
    private final CsamProcedureService csam = new CsamProcedureService(store, clock, technician);
    private final WarningAcknowledgementService acknowledge =
            new WarningAcknowledgementService(rules, store, clock, technician);
    private final GroupTransferService transfer = new GroupTransferService(rules, store, files, clock, technician);
    private final GroupQueries queries = GroupQueries.on(rules, store, store);

    @BeforeEach
    void groupWithAWarningAndAnAuthority() {
        configure.create(new CreateGroupCommand(GROUP));
        assertThat(configure.set(new SetFieldsCommand(GROUP, Map.of(FieldKey.SINGLE_POINT_OF_CONTACT, "300",
                FieldKey.FIRST_NAME, "Marie", FieldKey.LAST_NAME, "Dupont"))).status()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(csam.record(new RecordCsamStepCommand(GROUP, StepRequest.of("authority").withPerson("Marie Dupont")
                .withRole("group-responsible"))).status()).isEqualTo(ChangeStatus.APPLIED);
    }

    @Test
    void givenATechnicianNameThatCanAct_whenAnyCommandWouldStoreSomething_thenRefusedNamingItAndNothingIsStored() {
        String file = transfer.export(new ExportGroupCommand(GROUP));
        StoredGroup before = store.load(new GroupNumber(GROUP)).orElseThrow();
        List<HistoryEntry> historyBefore = store.history(new GroupNumber(GROUP));
        technicianName.set("Anne\u202Etxet");

        Map<String, Executable> commands = new LinkedHashMap<>();
        commands.put("create", () -> configure.create(new CreateGroupCommand("94654321")));
        commands.put("set", () -> configure.set(new SetFieldsCommand(GROUP, Map.of(FieldKey.CITY, "Namur"))));
        commands.put("clear", () -> configure.clear(new ClearFieldsCommand(GROUP, Set.of(FieldKey.FIRST_NAME))));
        commands.put("rename", () -> configure.rename(new RenameGroupCommand(GROUP, "94654321")));
        commands.put("csam record", () -> csam.record(new RecordCsamStepCommand(GROUP,
                StepRequest.of("csam-login").withPerson("DUPONT Marie"))));
        commands.put("csam undo", () -> csam.undo(new UndoCsamStepCommand(GROUP, "authority", null, false)));
        commands.put("csam reset", () -> csam.reset(new ResetCsamCommand(GROUP)));
        commands.put("acknowledge", () -> acknowledge.acknowledge(new AcknowledgeWarningCommand(GROUP,
                "single-point-of-contact.not-christian", null, "by contract", false)));
        commands.put("import", () -> transfer.importGroup(new ImportGroupCommand(file, true)));
        for (Map.Entry<String, Executable> command : commands.entrySet()) {
            assertThatThrownBy(command.getValue()::execute).as(command.getKey())
                    .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.findings())
                            .extracting(Finding::code, Finding::arguments)
                            .containsExactly(tuple("technician.unsafe-character", List.of("U+202E", "5"))));
        }

        assertThat(store.load(new GroupNumber(GROUP))).contains(before);
        assertThat(store.history(new GroupNumber(GROUP))).isEqualTo(historyBefore);
        assertThat(store.numbers()).containsExactly(new GroupNumber(GROUP));
    }

    @Test
    void givenATechnicianNameWithTabsOrTooLong_whenSetting_thenTabsAreBlanksAndTooLongIsRefused() {
        technicianName.set("Anne\tDupont");
        configure.set(new SetFieldsCommand(GROUP, Map.of(FieldKey.CITY, "Namur")));
        List<HistoryEntry> history = store.history(new GroupNumber(GROUP));
        assertThat(history.get(history.size() - 1).technician()).isEqualTo("Anne Dupont");

        technicianName.set("a".repeat(101));
        assertThatThrownBy(() -> configure.set(new SetFieldsCommand(GROUP, Map.of(FieldKey.CITY, "Liège"))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.findings())
                        .extracting(Finding::code).containsExactly("technician.too-long"));
        technicianName.set(" ");
        assertThatThrownBy(() -> configure.set(new SetFieldsCommand(GROUP, Map.of(FieldKey.CITY, "Liège"))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.findings())
                        .extracting(Finding::code).containsExactly("technician.required"));
        assertThat(store.history(new GroupNumber(GROUP))).hasSameSizeAs(history);
    }

    @Test
    void givenAnEscapeSequenceANewLineOrAFiveMegabyteName_asAPerson_whenRecorded_thenRefusedAndNothingStored() {
        List<HistoryEntry> before = store.history(new GroupNumber(GROUP));
        for (String person : List.of("Evil" + ESCAPE, "DUPONT Marie\nGroup 94123456001 is ready", "Marie\u200BDupont",
                "Marie\u202Etnopud", "M".repeat(5 * 1024 * 1024))) {
            CsamResult result = csam.record(new RecordCsamStepCommand(GROUP,
                    StepRequest.of("csam-login").withPerson(person)));

            assertThat(result.status()).isEqualTo(ChangeStatus.REFUSED);
            assertThat(result.findings()).extracting(Finding::code).containsAnyOf("csam.person.unsafe-character",
                    "csam.person.too-long");
        }
        assertThat(store.history(new GroupNumber(GROUP))).isEqualTo(before);
    }

    @Test
    void givenAValueThatCanAct_whenSetWithOthers_thenTheWholeChangeIsRefusedAndNothingStored() {
        StoredGroup before = store.load(new GroupNumber(GROUP)).orElseThrow();

        assertThat(configure.set(new SetFieldsCommand(GROUP, Map.of(FieldKey.COMPANY_NAME, "Soins" + ESCAPE,
                FieldKey.CITY, "Namur"))).findings()).extracting(Finding::field, Finding::code, Finding::arguments)
                .contains(tuple(FieldKey.COMPANY_NAME, "text.control-character", List.of("U+001B", "6")));
        assertThat(acknowledge.acknowledge(new AcknowledgeWarningCommand(GROUP, "single-point-of-contact.not-christian",
                null, "by\u2028contract", false)).findings()).extracting(Finding::code)
                .containsExactly("acknowledge.reason-unsafe-character");
        assertThat(store.load(new GroupNumber(GROUP))).contains(before);
    }

    @Test
    void givenAValueStoredEarlierThatCanAct_whenChecked_thenAnErrorOnItsField_andAChangeToAnotherFieldIsApplied() {
        GroupNumber other = new GroupNumber("94654321001");
        Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
        values.put(FieldKey.COMPANY_NAME, "Soins" + ESCAPE);
        values.put(FieldKey.CITY, "Namur");
        store.create(GroupSetup.start(GroupConfiguration.reconstitute(other, values)), SampleGroups.created(other));

        assertThat(queries.show().show(new GroupQuery(other.value())).findings()).filteredOn(Finding::isError)
                .extracting(Finding::field, Finding::code).contains(
                        tuple(FieldKey.COMPANY_NAME, "text.control-character"));
        assertThat(configure.set(new SetFieldsCommand(other.value(), Map.of(FieldKey.POSTAL_CODE, "5000"))).status())
                .isEqualTo(ChangeStatus.APPLIED);
        assertThat(queries.show().show(new GroupQuery(other.value())).setup().configuration().value(FieldKey.COMPANY_NAME))
                .contains("Soins" + ESCAPE);
        assertThat(configure.set(new SetFieldsCommand(other.value(), Map.of(FieldKey.COMPANY_NAME, "Soins"))).status())
                .isEqualTo(ChangeStatus.APPLIED);
        assertThat(queries.show().show(new GroupQuery(other.value())).findings()).extracting(Finding::code)
                .doesNotContain("text.control-character");
    }
}
