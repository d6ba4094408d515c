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
        StoredGroup exported = stored(values(FieldKey.CITY, "Namur"), 7);
        when(codec.decode("file text")).thenReturn(new GroupArchive(exported, pastHistory()));
        when(transferPort.importGroup(any(), eq(false))).thenReturn(false);

        ImportResult result = service.importGroup(new ImportGroupCommand("file text", false));

        ArgumentCaptor<GroupArchive> stored = ArgumentCaptor.forClass(GroupArchive.class);
        verify(transferPort).importGroup(stored.capture(), eq(false));
        GroupArchive written = stored.getValue();
        assertThat(written.group().revision()).isEqualTo(8);
        assertThat(written.group().setup()).isEqualTo(exported.setup());
        assertThat(written.history()).hasSize(3);
        assertThat(written.history().subList(0, 2)).containsExactlyElementsOf(pastHistory());
        HistoryEntry imported = written.history().get(2);
        assertThat(imported.kind()).isEqualTo(HistoryKind.IMPORTED);
        assertThat(imported.revision()).isEqualTo(8);
        assertThat(imported.time()).isEqualTo(NOW);
        assertThat(imported.technician()).isEqualTo(TECHNICIAN);
        assertThat(imported.detail()).contains("7");

        assertThat(result.group()).isEqualTo(GROUP);
        assertThat(result.replaced()).isFalse();
        assertThat(result.revision()).isEqualTo(8);
    }

    @Test
    void givenExportFileOfIncompleteGroup_whenImporting_thenStoredAnywayWithWhatCheckFinds() {
        Map<FieldKey, String> values = completeValues();
        values.remove(FieldKey.PHONE);
        values.put(FieldKey.ENTERPRISE_NUMBER, "0428759498");
        when(codec.decode("file text")).thenReturn(new GroupArchive(stored(values, 3), pastHistory()));
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
        StoredGroup exported = stored(configuration, fullProcedure(configuration), 4);
        when(codec.decode("file text")).thenReturn(new GroupArchive(exported, pastHistory()));
        when(transferPort.importGroup(any(), eq(true))).thenReturn(true);

        ImportResult result = service.importGroup(new ImportGroupCommand("file text", true));

        assertThat(result.replaced()).isTrue();
        assertThat(result.findings()).isEmpty();
        assertThat(result.revision()).isEqualTo(5);
        verify(transferPort).importGroup(any(), eq(true));
    }

    @Test
    void givenExistingGroupWithoutReplace_whenImporting_thenGroupAlreadyExists() {
        when(codec.decode("file text")).thenReturn(new GroupArchive(stored(completeValues(), 1), List.of()));
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
}
