package be.groupsetup.application.service;

import be.groupsetup.application.error.ArchiveFormatException;
import be.groupsetup.application.error.GroupAlreadyExistsException;
import be.groupsetup.application.error.GroupNotFoundException;
import be.groupsetup.application.error.RefusedException;
import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.port.in.ExportGroupCommand;
import be.groupsetup.application.port.in.ImportGroupCommand;
import be.groupsetup.application.port.in.ImportResult;
import be.groupsetup.application.port.out.ArchiveCodecPort;
import be.groupsetup.application.port.out.ClockPort;
import be.groupsetup.application.port.out.CurrentTechnicianPort;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.port.out.TransferGroupPort;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static be.groupsetup.application.service.Fixtures.GROUP;
import static be.groupsetup.application.service.Fixtures.completeValues;
import static be.groupsetup.application.service.Fixtures.configuration;
import static be.groupsetup.application.service.Fixtures.fullProcedure;
import static be.groupsetup.application.service.Fixtures.stored;
import static be.groupsetup.application.service.Fixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class GroupTransferServiceTest {

    private static final Instant NOW = Instant.parse("2023-09-01T07:45:00Z");
    private static final String TECHNICIAN = "tech-chloe";

    @Mock
    private TransferGroupPort transferPort;
    @Mock
    private ArchiveCodecPort codec;
    @Mock
    private ClockPort clock;
    @Mock
    private CurrentTechnicianPort technician;

    private GroupTransferService service;

    @BeforeEach
    void setUp() {
        service = new GroupTransferService(ConfigurationRules.standard(SampleGroups.RULES_CLOCK), transferPort, codec,
                clock, technician);
        lenient().when(clock.now()).thenReturn(NOW);
        lenient().when(technician.technician()).thenReturn(TECHNICIAN);
    }

    private static List<HistoryEntry> pastHistory() {
        return List.of(
                new HistoryEntry(Instant.parse("2023-01-01T09:00:00Z"), "anna", 1, HistoryKind.CREATED,
                        List.of(new FieldChange(FieldKey.GROUP_NUMBER, null, "94123456001")), null, null, null, null),
                new HistoryEntry(Instant.parse("2023-01-02T09:00:00Z"), "anna", 2, HistoryKind.FIELDS_SET,
                        List.of(new FieldChange(FieldKey.CITY, null, "Namur")), null, null, null, null));
    }

    @Test
    void givenStoredGroup_whenExporting_thenTheArchiveTheStoreExportsIsEncoded() {
        GroupArchive archive = new GroupArchive(stored(completeValues(), 2), pastHistory());
        when(transferPort.export(GROUP)).thenReturn(Optional.of(archive));
        when(codec.encode(archive)).thenReturn("{\"group\":\"94123456001\"}");

        String exported = service.export(new ExportGroupCommand("9412.3456"));

        assertThat(exported).isEqualTo("{\"group\":\"94123456001\"}");
    }

    @Test
    void givenMissingGroup_whenExporting_thenGroupNotFoundAndNothingEncoded() {
        when(transferPort.export(GROUP)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.export(new ExportGroupCommand("94123456001")))
                .isInstanceOfSatisfying(GroupNotFoundException.class,
                        e -> assertThat(e.arguments()).containsExactly("94123456001"));
        verifyNoInteractions(codec);
    }

    @Test
    void givenInvalidTypedGroupNumber_whenExporting_thenRefusedWithTheFinding() {
        assertThatThrownBy(() -> service.export(new ExportGroupCommand("941234560011")))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.findings())
                        .extracting(Finding::code).containsExactly("group-number.length"));
        verifyNoInteractions(transferPort, codec);
    }

    @Test
    void givenExportFile_whenImporting_thenStoredOneRevisionLaterWithAnImportedEntryAppended() {
        StoredGroup exported = stored(values(FieldKey.CITY, "Namur"), 2);
        when(codec.decode("file text")).thenReturn(new GroupArchive(exported, pastHistory()));
        when(transferPort.importGroup(any(), eq(false))).thenReturn(false);

        ImportResult result = service.importGroup(new ImportGroupCommand("file text", false));

        ArgumentCaptor<GroupArchive> stored = ArgumentCaptor.forClass(GroupArchive.class);
        verify(transferPort).importGroup(stored.capture(), eq(false));
        GroupArchive written = stored.getValue();
        assertThat(written.group().revision()).isEqualTo(3);
        assertThat(written.group().setup()).isEqualTo(exported.setup());
        assertThat(written.history()).hasSize(3);
        assertThat(written.history().subList(0, 2)).containsExactlyElementsOf(pastHistory());
        HistoryEntry imported = written.history().get(2);
        assertThat(imported.kind()).isEqualTo(HistoryKind.IMPORTED);
        assertThat(imported.revision()).isEqualTo(3);
        assertThat(imported.time()).isEqualTo(NOW);
        assertThat(imported.technician()).isEqualTo(TECHNICIAN);
        assertThat(imported.detail()).isEqualTo("revision 2");

        assertThat(result.group()).isEqualTo(GROUP);
        assertThat(result.replaced()).isFalse();
        assertThat(result.revision()).isEqualTo(3);
    }

    @Test
    void givenExportFileOfIncompleteGroup_whenImporting_thenStoredAnywayWithWhatCheckFinds() {
        Map<FieldKey, String> values = completeValues();
        values.remove(FieldKey.PHONE);
        values.put(FieldKey.ENTERPRISE_NUMBER, "0428759498");
        when(codec.decode("file text")).thenReturn(new GroupArchive(stored(values, 2), pastHistory()));
        when(transferPort.importGroup(any(), anyBoolean())).thenReturn(false);

        ImportResult result = service.importGroup(new ImportGroupCommand("file text", false));

        assertThat(result.findings()).extracting(Finding::field, Finding::code).containsExactly(
                tuple(FieldKey.PHONE, "required"),
                tuple(FieldKey.ENTERPRISE_NUMBER, "enterprise-number.checksum"));
        verify(transferPort).importGroup(any(), eq(false));
    }

    @Test
    void givenExistingGroupAndReplace_whenImporting_thenReplaceIsPassedOnAndReported() {
        GroupConfiguration configuration = configuration(completeValues());
        StoredGroup exported = stored(configuration, fullProcedure(configuration), 2);
        when(codec.decode("file text")).thenReturn(new GroupArchive(exported, pastHistory()));
        when(transferPort.importGroup(any(), eq(true))).thenReturn(true);

        ImportResult result = service.importGroup(new ImportGroupCommand("file text", true));

        assertThat(result.replaced()).isTrue();
        assertThat(result.findings()).isEmpty();
        assertThat(result.revision()).isEqualTo(3);
        verify(transferPort).importGroup(any(), eq(true));
    }

    @Test
    void givenExistingGroupWithoutReplace_whenImporting_thenGroupAlreadyExists() {
        when(codec.decode("file text")).thenReturn(new GroupArchive(stored(completeValues(), 1),
                pastHistory().subList(0, 1)));
        when(transferPort.importGroup(any(), eq(false))).thenThrow(new GroupAlreadyExistsException(GROUP.value()));

        assertThatThrownBy(() -> service.importGroup(new ImportGroupCommand("file text", false)))
                .isInstanceOf(GroupAlreadyExistsException.class);
    }

    @Test
    void givenTextThatIsNoExport_whenImporting_thenArchiveFormatErrorAndNothingStored() {
        when(codec.decode("not json")).thenThrow(new ArchiveFormatException("not an export", null));

        assertThatThrownBy(() -> service.importGroup(new ImportGroupCommand("not json", true)))
                .isInstanceOfSatisfying(ArchiveFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo("archive-format");
                    assertThat(e.isEnvironmentFailure()).isFalse();
                });
        verify(transferPort, never()).importGroup(any(), anyBoolean());
    }

    // ------------------------------------------------------------------------------------ import validation

    private static HistoryEntry entry(long revision, Instant time, String technician) {
        return new HistoryEntry(time, technician, revision, HistoryKind.FIELDS_SET,
                List.of(new FieldChange(FieldKey.CITY, null, "Namur")), null, null, null, null);
    }

    private void assertRefusedAndNothingStored(GroupArchive archive, String reason) {
        when(codec.decode("file text")).thenReturn(archive);

        assertThatThrownBy(() -> service.importGroup(new ImportGroupCommand("file text", true)))
                .isInstanceOfSatisfying(ArchiveFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo("archive-format");
                    assertThat(e.isEnvironmentFailure()).as("exit 1, not 3").isFalse();
                    assertThat(e.arguments()).singleElement().asString().isEqualTo(reason);
                });
        verify(transferPort, never()).importGroup(any(), anyBoolean());
    }

    @Test
    void givenHistoriesWithGapsRepeatsOrNegativeRevisions_whenImporting_thenRefusedSayingWhichEntryAndWhatIsExpected() {
        Instant t = Instant.parse("2023-01-01T09:00:00Z");
        String expected = " is expected: the history's revisions must be 1, 2, 3 … in order, without gaps or repeats";
        assertRefusedAndNothingStored(new GroupArchive(stored(completeValues(), 3),
                List.of(entry(1, t, "anna"), entry(3, t, "anna"))), "its history entry 2 has revision 3 where 2" + expected);
        assertRefusedAndNothingStored(new GroupArchive(stored(completeValues(), 2),
                List.of(entry(1, t, "anna"), entry(1, t, "anna"))), "its history entry 2 has revision 1 where 2" + expected);
        assertRefusedAndNothingStored(new GroupArchive(stored(completeValues(), 2),
                List.of(entry(-5, t, "anna"), entry(2, t, "anna"))), "its history entry 1 has revision -5 where 1" + expected);
        assertRefusedAndNothingStored(new GroupArchive(stored(completeValues(), 2),
                List.of(entry(2, t, "anna"), entry(1, t, "anna"))), "its history entry 1 has revision 2 where 1" + expected);
    }

    @Test
    void givenAnEmptyHistoryOrAGroupRevisionOtherThanTheHistorysLast_whenImporting_thenRefused() {
        assertRefusedAndNothingStored(new GroupArchive(stored(completeValues(), 4), List.of()),
                "its history is empty, whereas an export holds every change from the group's creation (revision 1) "
                        + "to its revision 4");
        assertRefusedAndNothingStored(new GroupArchive(stored(completeValues(), 5), pastHistory()),
                "the group is at revision 5 but its history ends at revision 2: the two must be the same");
        assertRefusedAndNothingStored(new GroupArchive(stored(completeValues(), 1), pastHistory()),
                "the group is at revision 1 but its history ends at revision 2: the two must be the same");
    }

    @Test
    void givenTextsThatCanActAnywhereInTheFile_whenImporting_thenRefusedNamingWhereWhichCharacterAndPosition() {
        String expected = ": a character that can act instead of showing (a control such as an escape or a line break,"
                + " an invisible format character such as a bidi override or a zero-width space, a private-use"
                + " character, a line separator) is refused in every text of an imported file";
        Instant t = Instant.parse("2023-01-01T09:00:00Z");
        assertRefusedAndNothingStored(new GroupArchive(stored(values(FieldKey.LAST_NAME, "Evil\u001B[31mRED"), 2),
                pastHistory()), "the value of last-name holds U+001B at position 5" + expected);
        assertRefusedAndNothingStored(new GroupArchive(stored(values(FieldKey.IBAN, "BE68\u202E539007547034"), 2),
                pastHistory()), "the value of iban holds U+202E at position 5" + expected);
        assertRefusedAndNothingStored(new GroupArchive(stored(completeValues(), 2),
                List.of(entry(1, t, "anna"), entry(2, t, "anna\u200B"))),
                "history revision 2, its technician holds U+200B at position 5" + expected);
        GroupConfiguration configuration = configuration(completeValues());
        StoredGroup withProcedure = stored(configuration, fullProcedure(configuration).withRecordsReplaced(r ->
                r.step() != be.groupsetup.domain.csam.CsamStep.CSAM_LOGIN ? r
                        : new be.groupsetup.domain.csam.StepRecord(r.step(), "Marie\nFAKE LINE", r.role(), r.existing(),
                        r.services(), r.skipped(), r.identityConfirmed(), r.recordedBy(), r.recordedAt(),
                        r.loginCheck())), 2);
        assertRefusedAndNothingStored(new GroupArchive(withProcedure, pastHistory()),
                "CSAM record 2 (csam-login), its person holds U+000A at position 6" + expected);
    }

    @Test
    void givenAHistoryWhoseTimesAreOutOfOrder_whenImporting_thenAccepted() {
        List<HistoryEntry> clocksDiffer = List.of(entry(1, Instant.parse("2023-01-02T09:00:00Z"), "anna"),
                entry(2, Instant.parse("2023-01-01T08:00:00Z"), "bert"));
        when(codec.decode("file text")).thenReturn(new GroupArchive(stored(completeValues(), 2), clocksDiffer));
        when(transferPort.importGroup(any(), eq(false))).thenReturn(false);

        assertThat(service.importGroup(new ImportGroupCommand("file text", false)).revision()).isEqualTo(3);
    }

    @Test
    void givenATechnicianNameThatCanAct_whenImporting_thenRefusedBeforeTheFileIsEvenRead() {
        when(technician.technician()).thenReturn("tech\u001B]0;owned\u0007");

        assertThatThrownBy(() -> service.importGroup(new ImportGroupCommand("file text", false)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.findings())
                        .extracting(Finding::code, Finding::arguments)
                        .containsExactly(tuple("technician.unsafe-character", List.of("U+001B", "5"))));
        verifyNoInteractions(codec, transferPort);
    }

    @Test
    void givenATechnicianNameWithATab_whenImporting_thenTheImportedEntryCarriesItWithABlank() {
        when(technician.technician()).thenReturn("tech\tchloe");
        when(codec.decode("file text")).thenReturn(new GroupArchive(stored(completeValues(), 2), pastHistory()));

        service.importGroup(new ImportGroupCommand("file text", false));

        ArgumentCaptor<GroupArchive> stored = ArgumentCaptor.forClass(GroupArchive.class);
        verify(transferPort).importGroup(stored.capture(), eq(false));
        assertThat(stored.getValue().history().get(2).technician()).isEqualTo("tech chloe");
    }
}
