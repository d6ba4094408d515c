package be.groupsetup.application.service;

import be.groupsetup.application.error.DamagedGroupException;
import be.groupsetup.application.error.GroupNotFoundException;
import be.groupsetup.application.error.RefusedException;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.port.in.ChangeStatus;
import be.groupsetup.application.port.in.CsamResult;
import be.groupsetup.application.port.in.RecordCsamStepCommand;
import be.groupsetup.application.port.in.ResetCsamCommand;
import be.groupsetup.application.port.in.UndoCsamStepCommand;
import be.groupsetup.application.port.out.ClockPort;
import be.groupsetup.application.port.out.CurrentTechnicianPort;
import be.groupsetup.application.port.out.GroupChange;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.port.out.GroupStore;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.AuthorityRole;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.CsamService;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.csam.StepRequest;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static be.groupsetup.application.service.Fixtures.COLLEAGUE;
import static be.groupsetup.application.service.Fixtures.GROUP;
import static be.groupsetup.application.service.Fixtures.accessRights;
import static be.groupsetup.application.service.Fixtures.authority;
import static be.groupsetup.application.service.Fixtures.completeValues;
import static be.groupsetup.application.service.Fixtures.configuration;
import static be.groupsetup.application.service.Fixtures.login;
import static be.groupsetup.application.service.Fixtures.principalDesignated;
import static be.groupsetup.application.service.Fixtures.procedure;
import static be.groupsetup.application.service.Fixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class CsamProcedureServiceTest {

    private static final Instant NOW = Instant.parse("2022-02-03T14:00:00Z");
    private static final String TECHNICIAN = "tech-bruno";
    private static final GroupConfiguration NURSE_MARIE_DUPONT = configuration(completeValues());

    @Mock
    private GroupStore store;
    @Mock
    private ClockPort clock;
    @Mock
    private CurrentTechnicianPort technician;

    private CsamProcedureService service;
    private final Decisions decisions = new Decisions();

    @BeforeEach
    void setUp() {
        service = new CsamProcedureService(store, clock, technician);
        lenient().when(clock.now()).thenReturn(NOW);
        lenient().when(technician.technician()).thenReturn(TECHNICIAN);
    }

    private void givenStoreHolds(CsamProcedure procedure, long revision) {
        givenStoreHolds(stored(NURSE_MARIE_DUPONT, procedure, revision));
    }

    private void givenStoreHolds(StoredGroup fresh) {
        decisions.storeHolds(store, fresh);
    }


    private CsamResult record(StepRequest request) {
        return service.record(new RecordCsamStepCommand("94123456001", request));
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void givenNewProcedure_whenRecordingAuthority_thenOneRecordedEntryStampedByThePorts() {
        givenStoreHolds(CsamProcedure.notStarted(), 2);

        CsamResult result = record(authority());

        GroupChange write = decisions.theWrite();
        HistoryEntry entry = write.entry();
        assertThat(entry.kind()).isEqualTo(HistoryKind.CSAM_RECORDED);
        assertThat(entry.revision()).isEqualTo(3);
        assertThat(entry.time()).isEqualTo(NOW);
        assertThat(entry.technician()).isEqualTo(TECHNICIAN);
        assertThat(entry.removed()).isEmpty();
        assertThat(entry.fieldChanges()).isEmpty();
        assertThat(entry.recorded()).singleElement().satisfies(record -> {
            assertThat(record.step()).isEqualTo(CsamStep.AUTHORITY);
            assertThat(record.person()).isEqualTo("Marie Dupont");
            assertThat(record.role()).isEqualTo(AuthorityRole.GROUP_RESPONSIBLE);
            assertThat(record.recordedBy()).isEqualTo(TECHNICIAN);
            assertThat(record.recordedAt()).isEqualTo(NOW);
        });
        assertThat(write.setup().procedure().records()).isEqualTo(entry.recorded());
        assertThat(write.setup().configuration()).isEqualTo(NURSE_MARIE_DUPONT);

        assertThat(result.status()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(result.group()).isEqualTo(GROUP);
        assertThat(result.added()).isEqualTo(entry.recorded());
        assertThat(result.procedure()).isEqualTo(write.setup().procedure());
        assertThat(result.revision()).isEqualTo(3);
    }

    @Test
    void givenStepBeforeWhatItNeeds_whenRecording_thenRefusedAndNothingWritten() {
        givenStoreHolds(CsamProcedure.notStarted(), 2);

        CsamResult result = record(login("Marie Dupont"));

        decisions.assertNothingWritten();
        assertThat(result.status()).isEqualTo(ChangeStatus.REFUSED);
        assertThat(result.isAccepted()).isFalse();
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("csam.step.needs");
            assertThat(finding.arguments()).containsExactly("csam-login", "authority");
        });
        assertThat(result.added()).isEmpty();
        assertThat(result.procedure()).isEqualTo(CsamProcedure.notStarted());
        assertThat(result.revision()).isEqualTo(2);
    }

    @Test
    void givenMandateAsStep_whenRecording_thenRefusedWithTheReason() {
        givenStoreHolds(CsamProcedure.notStarted(), 1);

        CsamResult result = record(StepRequest.of("mandat"));

        decisions.assertNothingWritten();
        assertThat(codes(result.findings())).containsExactly("csam.mandate");
    }

    @Test
    void givenAuthorityRecordedMeanwhile_whenRecordingLogin_thenDecidedOnTheFreshStateAndBothRecordsWritten() {
        // this technician never saw the authority step: another one recorded it since
        CsamProcedure fresh = procedure(NURSE_MARIE_DUPONT, authority());
        givenStoreHolds(fresh, 5);

        CsamResult result = record(login("Marie Dupont"));

        GroupChange write = decisions.theWrite();
        assertThat(write.setup().procedure().records()).extracting(StepRecord::step, StepRecord::recordedBy)
                .containsExactly(tuple(CsamStep.AUTHORITY, COLLEAGUE), tuple(CsamStep.CSAM_LOGIN, TECHNICIAN));
        assertThat(write.entry().revision()).isEqualTo(6);
        assertThat(result.revision()).isEqualTo(6);
    }

    @Test
    void givenLoggedInNameMatchingTheFreshConfiguration_whenDesignatingPrincipal_thenRecordedWithoutWarning() {
        givenStoreHolds(procedure(NURSE_MARIE_DUPONT, authority(), login("DUPONT Marie Anne Léa")), 3);

        CsamResult result = record(principalDesignated("Jean Martin"));

        assertThat(decisions.theWrite().entry().findings()).isEmpty();
        assertThat(result.status()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(result.added()).singleElement().satisfies(record -> {
            assertThat(record.person()).isEqualTo("Jean Martin");
            assertThat(record.identityConfirmed()).isFalse();
        });
    }

    @Test
    void givenLoginByAnotherPerson_whenDesignatingPrincipal_thenRefusedNamingTheRepresentative() {
        givenStoreHolds(procedure(NURSE_MARIE_DUPONT, authority(), login("Jean Martin")), 3);

        CsamResult result = record(principalDesignated("Jean Martin"));

        decisions.assertNothingWritten();
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("csam.principal-access-manager.not-representative");
            assertThat(finding.arguments()).containsExactly("Jean Martin", "Marie Dupont");
        });
    }

    @Test
    void givenIdentityConfirmedByTechnician_whenDesignatingPrincipal_thenTheWarningIsKeptInTheHistoryEntry() {
        givenStoreHolds(procedure(NURSE_MARIE_DUPONT, authority(), login("Jean Martin")), 3);

        CsamResult result = record(principalDesignated("Jean Martin").asConfirmed());

        GroupChange write = decisions.theWrite();
        assertThat(write.entry().kind()).isEqualTo(HistoryKind.CSAM_RECORDED);
        assertThat(write.entry().findings()).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("csam.principal-access-manager.identity-confirmed", Severity.WARNING));
        assertThat(write.entry().recorded()).singleElement()
                .satisfies(record -> assertThat(record.identityConfirmed()).isTrue());
        assertThat(result.findings()).isEqualTo(write.entry().findings());
        assertThat(result.status()).isEqualTo(ChangeStatus.APPLIED);
    }

    @Test
    void givenPersonWithRights_whenRecordingTheirRightsAgain_thenTheEntryNamesTheReplacedRecord() {
        CsamProcedure fresh = procedure(NURSE_MARIE_DUPONT, authority(), login("Marie Dupont"),
                principalDesignated("Marie Dupont"), accessRights("Paul Janssens", "billing"));
        StepRecord former = fresh.latest(CsamStep.ACCESS_RIGHTS).orElseThrow();
        givenStoreHolds(fresh, 8);

        CsamResult result = record(accessRights("paul JANSSENS", "billing", "insurability"));

        GroupChange write = decisions.theWrite();
        assertThat(write.entry().removed()).containsExactly(former);
        assertThat(write.entry().recorded()).singleElement()
                .satisfies(record -> assertThat(record.services())
                        .containsExactlyInAnyOrder(CsamService.BILLING, CsamService.INSURABILITY));
        assertThat(write.setup().procedure().records(CsamStep.ACCESS_RIGHTS)).hasSize(1);
        assertThat(result.removed()).containsExactly(former);
    }

    @Test
    void givenRecordedStep_whenUndoing_thenOneUndoneEntryWithTheRemovedRecord() {
        CsamProcedure fresh = procedure(NURSE_MARIE_DUPONT, authority(), login("Marie Dupont"));
        StepRecord loginRecord = fresh.latest(CsamStep.CSAM_LOGIN).orElseThrow();
        givenStoreHolds(fresh, 4);

        CsamResult result = service.undo(new UndoCsamStepCommand("94123456001", "csam-login", null, false));

        GroupChange write = decisions.theWrite();
        HistoryEntry entry = write.entry();
        assertThat(entry.kind()).isEqualTo(HistoryKind.CSAM_UNDONE);
        assertThat(entry.revision()).isEqualTo(5);
        assertThat(entry.time()).isEqualTo(NOW);
        assertThat(entry.technician()).isEqualTo(TECHNICIAN);
        assertThat(entry.removed()).containsExactly(loginRecord);
        assertThat(entry.recorded()).isEmpty();
        assertThat(write.setup().procedure().records()).extracting(StepRecord::step)
                .containsExactly(CsamStep.AUTHORITY);
        assertThat(result.status()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(result.removed()).containsExactly(loginRecord);
        assertThat(result.revision()).isEqualTo(5);
    }

    @Test
    void givenLaterStepNeedingIt_whenUndoingWithoutCascade_thenRefusedListingThoseSteps() {
        givenStoreHolds(procedure(NURSE_MARIE_DUPONT, authority(), login("Marie Dupont")), 4);

        CsamResult result = service.undo(new UndoCsamStepCommand("94123456001", "authority", null, false));

        decisions.assertNothingWritten();
        assertThat(result.status()).isEqualTo(ChangeStatus.REFUSED);
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("csam.undo.needed-by");
            assertThat(finding.arguments()).containsExactly("authority", "csam-login");
        });
    }

    @Test
    void givenLaterStepNeedingIt_whenUndoingWithCascade_thenEveryRemovedRecordIsInTheEntry() {
        CsamProcedure fresh = procedure(NURSE_MARIE_DUPONT, authority(), login("Marie Dupont"));
        givenStoreHolds(fresh, 4);

        CsamResult result = service.undo(new UndoCsamStepCommand("94123456001", "authority", null, true));

        GroupChange write = decisions.theWrite();
        assertThat(write.entry().removed()).containsExactlyInAnyOrderElementsOf(fresh.records());
        assertThat(write.setup().procedure().records()).isEmpty();
        assertThat(result.removed()).hasSize(2);
    }

    @Test
    void givenStepNeverRecorded_whenUndoing_thenRefused() {
        givenStoreHolds(CsamProcedure.notStarted(), 1);

        CsamResult result = service.undo(new UndoCsamStepCommand("94123456001", "authority", null, false));

        decisions.assertNothingWritten();
        assertThat(codes(result.findings())).containsExactly("csam.undo.nothing");
    }

    @Test
    void givenRecordedSteps_whenResetting_thenOneResetEntryRemovingEveryRecord() {
        CsamProcedure fresh = procedure(NURSE_MARIE_DUPONT, authority(), login("Marie Dupont"),
                principalDesignated("Marie Dupont"));
        givenStoreHolds(fresh, 9);

        CsamResult result = service.reset(new ResetCsamCommand("94123456001"));

        GroupChange write = decisions.theWrite();
        assertThat(write.entry().kind()).isEqualTo(HistoryKind.CSAM_RESET);
        assertThat(write.entry().revision()).isEqualTo(10);
        assertThat(write.entry().time()).isEqualTo(NOW);
        assertThat(write.entry().technician()).isEqualTo(TECHNICIAN);
        assertThat(write.entry().removed()).containsExactlyElementsOf(fresh.records());
        assertThat(write.entry().recorded()).isEmpty();
        assertThat(write.setup().procedure()).isEqualTo(CsamProcedure.notStarted());
        assertThat(write.setup().configuration()).isEqualTo(NURSE_MARIE_DUPONT);
        assertThat(result.status()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(result.revision()).isEqualTo(10);
    }

    @Test
    void givenEmptyProcedure_whenResetting_thenUnchangedAndNothingWritten() {
        givenStoreHolds(CsamProcedure.notStarted(), 2);

        CsamResult result = service.reset(new ResetCsamCommand("94123456001"));

        decisions.assertNothingWritten();
        assertThat(result.status()).isEqualTo(ChangeStatus.UNCHANGED);
        assertThat(result.isAccepted()).isTrue();
        assertThat(result.removed()).isEmpty();
        assertThat(result.revision()).isEqualTo(2);
    }

    @Test
    void givenInvalidTypedGroupNumber_whenRecording_thenRefusedWithTheFindingAndStoreUntouched() {
        assertThatThrownBy(() -> service.record(new RecordCsamStepCommand("12 34", authority())))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(codes(e.findings())).containsExactly("group-number.length"));
        assertThatThrownBy(() -> service.undo(new UndoCsamStepCommand("x", "authority", null, false)))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> service.reset(new ResetCsamCommand(" ")))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(codes(e.findings())).containsExactly("blank"));
        verifyNoInteractions(store);
    }

    @Test
    void givenMissingGroup_whenRecording_thenGroupNotFound() {
        when(store.load(GROUP)).thenReturn(java.util.Optional.empty());

        assertThatThrownBy(() -> record(authority())).isInstanceOf(GroupNotFoundException.class);
    }

    @Test
    void givenDamagedDocument_whenResetting_thenTheEnvironmentFailureSurfaces() {
        when(store.load(GROUP))
                .thenThrow(new DamagedGroupException(GROUP.value(), "memory:x", "bad JSON", null));

        assertThatThrownBy(() -> service.reset(new ResetCsamCommand("94123456001")))
                .isInstanceOfSatisfying(DamagedGroupException.class,
                        e -> assertThat(e.isEnvironmentFailure()).isTrue());
    }

    @Test
    void givenPersonsRightsRecorded_whenUndoingThatPerson_thenOnlyTheirRecordIsRemoved() {
        CsamProcedure fresh = procedure(NURSE_MARIE_DUPONT, authority(), login("Marie Dupont"),
                principalDesignated("Marie Dupont"), accessRights("Paul Janssens", "billing"),
                accessRights("Marie Dupont", "insurability"));
        givenStoreHolds(fresh, 6);

        CsamResult result = service.undo(new UndoCsamStepCommand("94123456001", "access-rights", "Paul Janssens",
                false));

        assertThat(decisions.theWrite().entry().removed()).singleElement()
                .satisfies(record -> assertThat(record.person()).isEqualTo("Paul Janssens"));
        assertThat(result.procedure().records(CsamStep.ACCESS_RIGHTS)).extracting(StepRecord::person)
                .containsExactly("Marie Dupont");
        assertThat(Set.copyOf(result.procedure().grantedServices())).containsExactly(CsamService.INSURABILITY);
    }
}
