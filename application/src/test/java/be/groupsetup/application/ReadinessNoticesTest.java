package be.groupsetup.application;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.port.in.AcknowledgeResult;
import be.groupsetup.application.port.in.AcknowledgeWarningCommand;
import be.groupsetup.application.port.in.ChangeResult;
import be.groupsetup.application.port.in.ChangeStatus;
import be.groupsetup.application.port.in.ClearFieldsCommand;
import be.groupsetup.application.port.in.CreateGroupCommand;
import be.groupsetup.application.port.in.CsamResult;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.RecordCsamStepCommand;
import be.groupsetup.application.port.in.RenameGroupCommand;
import be.groupsetup.application.port.in.SetFieldsCommand;
import be.groupsetup.application.port.in.UndoCsamStepCommand;
import be.groupsetup.application.service.CsamProcedureService;
import be.groupsetup.application.service.GroupConfigurationService;
import be.groupsetup.application.testing.GroupQueries;
import be.groupsetup.application.service.WarningAcknowledgementService;
import be.groupsetup.application.testing.FixedClock;
import be.groupsetup.application.testing.InMemoryGroupStore;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepRequest;
import be.groupsetup.domain.csam.StepState;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.Readiness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command that breaks a rule tying the procedure to the configuration says so in its own result (and in the
 * history), and warnings are acknowledged through the service, each acknowledgement a history entry.
 */
class ReadinessNoticesTest {

    private static final String GROUP = "94123456001";
    private static final String RECHECK = "csam.principal-access-manager.recheck";

    private final ConfigurationRules rules = ConfigurationRules.standard(SampleGroups.RULES_CLOCK);
    private final InMemoryGroupStore store = new InMemoryGroupStore();
    private final FixedClock clock = new FixedClock(Instant.parse("2026-12-01T08:00:00Z"), Duration.ofMinutes(1));
    private final GroupConfigurationService configure =
            new GroupConfigurationService(rules, store, clock, () -> "anne");
    private final CsamProcedureService csam = new CsamProcedureService(store, clock, () -> "anne");
    private final WarningAcknowledgementService acknowledge =
            new WarningAcknowledgementService(rules, store, clock, () -> "anne");
    private final GroupQueries queries = GroupQueries.on(rules, store, store);

    @BeforeEach
    void readyGroupWithTwoLogins() {
        configure.create(new CreateGroupCommand(GROUP));
        Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
        values.put(FieldKey.COMPANY_NAME, "Soins Chez Vous SRL");
        values.put(FieldKey.CITY, "Bruxelles");
        values.put(FieldKey.POSTAL_CODE, "1000");
        values.put(FieldKey.STREET, "Rue de la Loi 16");
        values.put(FieldKey.IBAN, "BE68 5390 0754 7034");
        values.put(FieldKey.BIC, "GKCCBEBB");
        values.put(FieldKey.FIRST_NAME, "Marie");
        values.put(FieldKey.LAST_NAME, "Dupont");
        values.put(FieldKey.PHONE, "0470 12 34 56");
        values.put(FieldKey.SUBSCRIPTION_TYPE, "MCN-2026-001");
        values.put(FieldKey.INAMI, "41234502001");
        values.put(FieldKey.ENTERPRISE_NUMBER, "0428759497");
        values.put(FieldKey.SINGLE_POINT_OF_CONTACT, "135");
        values.put(FieldKey.REFERENCE_CARE_PROVIDER, "41234502001");
        assertThat(configure.set(new SetFieldsCommand(GROUP, values)).status()).isEqualTo(ChangeStatus.APPLIED);
        for (StepRequest request : List.of(
                StepRequest.of("authority").withPerson("Marie Dupont").withRole("group-responsible"),
                StepRequest.of("csam-login").withPerson("Jean Peeters"),
                StepRequest.of("csam-login").withPerson("DUPONT Marie Anne"),
                StepRequest.of("principal-access-manager").withPerson("Marie Dupont"),
                StepRequest.of("access-rights").withPerson("Marie Dupont")
                        .withServices(List.of("billing", "insurability", "medico-administrative")),
                StepRequest.of("no-mandates"))) {
            assertThat(csam.record(new RecordCsamStepCommand(GROUP, request)).status()).isEqualTo(ChangeStatus.APPLIED);
        }
        assertThat(ready()).isTrue();
    }

    private boolean ready() {
        return queries.status().status(new GroupQuery(GROUP)).readiness().isReady();
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void givenReadyGroup_whenTheNursesLoginIsUndone_thenTheUndoSaysStep3IsToRecheck() {
        CsamResult undone = csam.undo(new UndoCsamStepCommand(GROUP, "csam-login", null, false));

        assertThat(undone.status()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(codes(undone.findings())).containsExactly(RECHECK);
        assertThat(undone.csam().state(CsamStep.PRINCIPAL_ACCESS_MANAGER)).isEqualTo(StepState.RECHECK);
        assertThat(ready()).isFalse();
        Readiness readiness = queries.status().status(new GroupQuery(GROUP)).readiness();
        assertThat(readiness.missing()).extracting(Readiness.Missing::key).containsExactly("principal-access-manager");
        assertThat(readiness.missing().get(0).finding().code()).isEqualTo(RECHECK);
        HistoryEntry last = queries.history().history(new GroupQuery(GROUP)).entries().get(
                queries.history().history(new GroupQuery(GROUP)).entries().size() - 1);
        assertThat(codes(last.findings())).containsExactly(RECHECK);
    }

    @Test
    void givenReadyGroup_whenAnotherNurseIsSet_thenTheSetSaysStep3IsToRecheck() {
        ChangeResult set = configure.set(new SetFieldsCommand(GROUP,
                Map.of(FieldKey.FIRST_NAME, "Marc", FieldKey.LAST_NAME, "Janssens")));

        assertThat(codes(set.findings())).containsExactly(RECHECK);
        assertThat(ready()).isFalse();
    }

    @Test
    void givenReadyGroup_whenTheNursesNameIsCleared_thenTheClearSaysSo_andSettingItBackMakesItReadyAgain() {
        ChangeResult cleared = configure.clear(new ClearFieldsCommand(GROUP, Set.of(FieldKey.LAST_NAME)));
        ChangeResult back = configure.set(new SetFieldsCommand(GROUP, Map.of(FieldKey.LAST_NAME, "Dupont")));

        assertThat(codes(cleared.findings())).containsExactly(RECHECK);
        assertThat(codes(back.findings())).isEmpty();
        assertThat(ready()).isTrue();
    }

    @Test
    void givenReadyGroup_whenALaterLoginBySomeoneElse_thenStillReadyAndNothingSaid() {
        CsamResult login = csam.record(new RecordCsamStepCommand(GROUP,
                StepRequest.of("csam-login").withPerson("Jan Peeters")));

        assertThat(login.findings()).isEmpty();
        assertThat(ready()).isTrue();
    }

    @Test
    void givenReadyGroup_whenRenamed_thenItStaysReadyWithItsAcknowledgements() {
        configure.set(new SetFieldsCommand(GROUP, Map.of(FieldKey.SINGLE_POINT_OF_CONTACT, "319")));
        acknowledge.acknowledge(new AcknowledgeWarningCommand(GROUP, "single-point-of-contact.not-christian", null,
                "Contract with 319", false));

        configure.rename(new RenameGroupCommand(GROUP, "94654321001"));

        assertThat(queries.status().status(new GroupQuery("94654321001")).readiness().isReady()).isTrue();
    }

    @Test
    void givenAWarning_whenAcknowledgedThenWithdrawn_thenReadinessFollowsAndEachIsAHistoryEntry() {
        configure.set(new SetFieldsCommand(GROUP, Map.of(FieldKey.SINGLE_POINT_OF_CONTACT, "319")));
        boolean readyWithOpenWarning = ready();

        AcknowledgeResult acknowledged = acknowledge.acknowledge(new AcknowledgeWarningCommand(GROUP,
                "single-point-of-contact.not-christian", null, "Contract with 319", false));
        boolean readyAcknowledged = ready();
        AcknowledgeResult withdrawn = acknowledge.acknowledge(new AcknowledgeWarningCommand(GROUP,
                "single-point-of-contact.not-christian", null, null, true));

        assertThat(readyWithOpenWarning).isFalse();
        assertThat(acknowledged.status()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(acknowledged.acknowledgement()).extracting(a -> a.by(), a -> a.reason(), a -> a.field())
                .containsExactly("anne", "Contract with 319", FieldKey.SINGLE_POINT_OF_CONTACT);
        assertThat(readyAcknowledged).isTrue();
        assertThat(withdrawn.status()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(ready()).isFalse();
        List<HistoryEntry> entries = queries.history().history(new GroupQuery(GROUP)).entries();
        assertThat(entries.subList(entries.size() - 2, entries.size())).extracting(HistoryEntry::kind, HistoryEntry::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HistoryKind.ACKNOWLEDGED, "Contract with 319"),
                        org.assertj.core.groups.Tuple.tuple(HistoryKind.ACKNOWLEDGEMENT_WITHDRAWN, "Contract with 319"));
        assertThat(queries.list().list().get(0)).isInstanceOfSatisfying(
                be.groupsetup.application.model.GroupListing.Listed.class,
                listed -> assertThat(listed.summary().openWarnings()).isEqualTo(1));
    }

    @Test
    void givenNoOpenWarning_whenAcknowledged_thenRefusedAndNothingStored() {
        long before = queries.show().show(new GroupQuery(GROUP)).revision();

        AcknowledgeResult refused = acknowledge.acknowledge(new AcknowledgeWarningCommand(GROUP,
                "single-point-of-contact.not-christian", null, "why not", false));

        assertThat(refused.status()).isEqualTo(ChangeStatus.REFUSED);
        assertThat(codes(refused.findings())).containsExactly("acknowledge.not-open");
        assertThat(queries.show().show(new GroupQuery(GROUP)).revision()).isEqualTo(before);
    }

    @Test
    void givenRenameToTheSameNumber_whenAsked_thenRefusedWithACodeThatHasAText() {
        ChangeResult same = configure.rename(new RenameGroupCommand(GROUP, GROUP));

        assertThat(same.status()).isEqualTo(ChangeStatus.REFUSED);
        assertThat(codes(same.findings())).containsExactly("group-number.same");
        assertThat(java.util.ResourceBundle.getBundle("be.groupsetup.domain.messages")
                .getString("finding.group-number.same")).contains("{0}");
    }

    @Test
    void givenAConfirmationStoredBeforeTheNamesWereKept_whenJudged_thenTheNamesComeFromItsHistoryEntry() {
        String legacy = "94777777001";
        configure.create(new CreateGroupCommand(legacy));
        configure.set(new SetFieldsCommand(legacy, Map.of(FieldKey.FIRST_NAME, "Marie", FieldKey.LAST_NAME, "Dupont")));
        Instant loginAt = Instant.parse("2026-11-01T10:00:00Z");
        Instant designatedAt = Instant.parse("2026-11-01T10:05:00Z");
        be.groupsetup.domain.csam.StepRecord login = new be.groupsetup.domain.csam.StepRecord(CsamStep.CSAM_LOGIN,
                "M. VAN DAMME", null, false, Set.of(), false, false, "old", loginAt, null);
        // as a document of the previous release reads: a confirmed designation without the nurse's name
        be.groupsetup.domain.csam.StepRecord designation = new be.groupsetup.domain.csam.StepRecord(
                CsamStep.PRINCIPAL_ACCESS_MANAGER, "Marie Dupont", null, false, Set.of(), false, true, "old",
                designatedAt, new be.groupsetup.domain.csam.LoginCheck("M. VAN DAMME", loginAt, null));
        Finding confirmed = Finding.warning(null, "csam.principal-access-manager.identity-confirmed",
                "M. VAN DAMME", "Marie Dupont");
        new be.groupsetup.application.service.GroupUpdates(store).update(new be.groupsetup.domain.value.GroupNumber(legacy), fresh -> new
                be.groupsetup.application.service.GroupUpdate.Decision.Apply<>(fresh.setup().with(
                        be.groupsetup.domain.csam.CsamProcedure.reconstitute(List.of(login, designation))),
                new HistoryEntry(designatedAt, "old", fresh.revision() + 1, HistoryKind.CSAM_RECORDED, List.of(),
                        List.of(login, designation), List.of(), List.of(confirmed), null), "stored"));

        StepState asConfirmed = queries.status().status(new GroupQuery(legacy)).csam().state(CsamStep.PRINCIPAL_ACCESS_MANAGER);
        configure.set(new SetFieldsCommand(legacy, Map.of(FieldKey.LAST_NAME, "Janssens")));
        StepState renamed = queries.status().status(new GroupQuery(legacy)).csam().state(CsamStep.PRINCIPAL_ACCESS_MANAGER);

        assertThat(asConfirmed).isEqualTo(StepState.DONE);
        assertThat(renamed).isEqualTo(StepState.RECHECK);
    }
}
