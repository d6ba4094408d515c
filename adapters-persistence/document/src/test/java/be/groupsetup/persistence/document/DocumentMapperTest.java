package be.groupsetup.persistence.document;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.ConfigurationValues;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.GroupSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The domain ↔ document mapping keeps every field, flag and step, in both directions. */
class DocumentMapperTest {

    private final DocumentMapper mapper = DocumentMapper.INSTANCE;

    // ------------------------------------------------------------------------------------ configuration

    @Test
    void givenEveryFieldSet_whenMappedToADocumentAndBack_thenTheValuesAreUnchangedAndEachIsStoredUnderItsOwnName()
            throws Exception {
        ConfigurationValues values = DocumentSamples.everyValue();

        ConfigurationDocument document = mapper.toDocument(values);

        for (RecordComponent component : ConfigurationValues.class.getRecordComponents()) {
            Object stored = ConfigurationDocument.class.getMethod(component.getName()).invoke(document);
            assertThat(stored).as(component.getName()).isNotNull().isEqualTo(component.getAccessor().invoke(values));
        }
        assertThat(mapper.toValues(document)).isEqualTo(values);
    }

    @Test
    void givenADocumentWithEveryFieldSet_whenMappedToTheDomainAndBack_thenTheDocumentIsUnchanged() {
        ConfigurationDocument document = mapper.toDocument(DocumentSamples.everyValue());

        assertThat(mapper.toDocument(mapper.toValues(document))).isEqualTo(document);
    }

    @Test
    void givenConfigurationValues_thenItHasOneComponentPerFieldInScreenOrderNamedAsTheKeyInCamelCase() {
        // the mapper fails compilation on an unmapped target: a field added to FieldKey must reach this record,
        // and from it the document, or the build breaks
        List<String> expected = Arrays.stream(FieldKey.values()).map(DocumentMapperTest::camelCase).toList();

        assertThat(Arrays.stream(ConfigurationValues.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactlyElementsOf(expected);
        assertThat(Arrays.stream(ConfigurationValues.class.getRecordComponents()).map(RecordComponent::getType))
                .containsOnly(String.class);
        assertThat(Arrays.stream(ConfigurationDocument.class.getRecordComponents()).map(RecordComponent::getName))
                .as("the stored document follows").containsExactlyElementsOf(expected);
        assertThat(ConfigurationValues.of(DocumentSamples.everyValue().asMap())).isEqualTo(DocumentSamples.everyValue());
    }

    // ------------------------------------------------------------------------------------ the whole group

    @Test
    void givenTheFullSetUp_whenMappedToADocumentAndBack_thenEveryFieldAndEveryCsamStepIsUnchanged() {
        GroupSetup full = DocumentSamples.fullSetup();

        GroupDocument document = mapper.toDocument(new StoredGroup(full, 7));

        assertThat(document.schemaVersion()).isEqualTo(GroupDocument.CURRENT_SCHEMA_VERSION);
        assertThat(document.revision()).isEqualTo(7);
        assertThat(document.csamRecords()).extracting(StepRecordDocument::step).containsExactly("authority",
                "csam-login", "principal-access-manager", "local-access-managers", "access-rights", "access-rights",
                "no-mandates");
        assertThat(document.csamRecords()).extracting(StepRecordDocument::step).containsAll(
                Arrays.stream(CsamStep.values()).map(CsamStep::id).toList());
        assertThat(document.configuration().lastName()).isEqualTo("D'Hondt-Van den Broucke");
        StoredGroup back = mapper.toStoredGroup(document);
        assertThat(back).isEqualTo(new StoredGroup(full, 7));
        assertThat(back.setup().procedure().records()).isEqualTo(full.procedure().records());
    }

    @Test
    void givenAGroupDocument_whenMappedToTheDomainAndBack_thenTheDocumentIsUnchanged() {
        GroupDocument document = mapper.toDocument(new StoredGroup(DocumentSamples.fullSetup(), 3));

        assertThat(mapper.toDocument(mapper.toStoredGroup(document))).isEqualTo(document);
    }

    // ------------------------------------------------------------------------------------ acknowledgements

    @Test
    void givenASetUpWithAcknowledgementsOnAFieldAndOnNone_whenMappedToADocumentAndBack_thenTheyAreUnchanged() {
        GroupSetup acknowledged = DocumentSamples.acknowledgedSetup();

        GroupDocument document = mapper.toDocument(new StoredGroup(acknowledged, 5));

        assertThat(document.acknowledgements()).containsExactly(
                new AcknowledgementDocument("city.postal-code-mismatch", "city",
                        "Le siège est à Liège – « vérifié » par l’infirmière", "Jean D'Hondt",
                        SampleGroups.T0.plusSeconds(3600), Map.of("city", "Liège", "postal-code", "4000")),
                new AcknowledgementDocument("configuration.reviewed", null, "Revu", "Anne-Sophie Lefèvre",
                        SampleGroups.T0.plusMillis(3_600_456), Map.of()));
        assertThat(document.acknowledgements().get(0).readValues().keySet()).as("screen order")
                .containsExactly("city", "postal-code");
        StoredGroup back = mapper.toStoredGroup(document);
        assertThat(back).isEqualTo(new StoredGroup(acknowledged, 5));
        assertThat(back.setup().acknowledgements()).isEqualTo(acknowledged.acknowledgements());
        assertThat(back.setup().acknowledgements().get(1).field()).isNull();
        assertThat(mapper.toDocument(back)).isEqualTo(document);
    }

    @Test
    void givenADocumentWithoutAcknowledgements_whenMappedToTheDomain_thenTheSetUpHasNone() {
        GroupDocument document = mapper.toDocument(new StoredGroup(DocumentSamples.fullSetup(), 2));
        GroupDocument none = new GroupDocument(document.schemaVersion(), document.revision(), document.configuration(),
                document.csamRecords(), null);

        assertThat(document.acknowledgements()).isEmpty();
        assertThat(mapper.toStoredGroup(none).setup().acknowledgements()).isEmpty();
    }

    // ------------------------------------------------------------------------------------ CSAM records

    @Test
    void givenPrincipalAccessManagersWithAndWithoutAConfirmedNurse_whenMappedToADocumentAndBack_thenTheLoginCheckIsKept() {
        GroupSetup plain = DocumentSamples.fullSetup();
        GroupSetup confirmed = DocumentSamples.acknowledgedSetup();

        StepRecordDocument checked = mapper.toDocument(DocumentSamples.principal(plain));
        StepRecordDocument withNurse = mapper.toDocument(DocumentSamples.principal(confirmed));

        assertThat(checked.loginCheck()).isEqualTo(new LoginCheckDocument(
                "D'HONDT-VAN DEN BROUCKE Françoise-Marie Zoë Ghislaine", SampleGroups.T0.plusSeconds(1), null));
        assertThat(withNurse.loginCheck().confirmedNurse()).isEqualTo("Françoise-Marie Zoë D'Hondt-Van den Broucke");
        assertThat(withNurse.identityConfirmed()).isTrue();
        assertThat(mapper.toRecord(checked)).isEqualTo(DocumentSamples.principal(plain));
        assertThat(mapper.toRecord(withNurse)).isEqualTo(DocumentSamples.principal(confirmed));
        assertThat(plain.procedure().records().stream().map(mapper::toDocument)).filteredOn(r -> r.loginCheck() != null)
                .extracting(StepRecordDocument::step).containsExactly("principal-access-manager");
    }

    @Test
    void givenALoginCheckWithoutItsRecordingTime_whenMappedToTheDomain_thenRefused() {
        StepRecordDocument record = mapper.toDocument(DocumentSamples.principal(DocumentSamples.fullSetup()));
        StepRecordDocument damaged = new StepRecordDocument(record.step(), record.person(), record.role(),
                record.existing(), record.services(), record.skipped(), record.identityConfirmed(), record.recordedBy(),
                record.recordedAt(), new LoginCheckDocument("X", null, null));

        assertThatThrownBy(() -> mapper.toRecord(damaged)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("loginRecordedAt");
    }

    @ParameterizedTest
    @EnumSource(CsamStep.class)
    void givenARecordWithEveryComponentSet_whenMappedToADocumentAndBack_thenItIsUnchanged(CsamStep step) {
        StepRecord record = DocumentSamples.everyComponent(step);

        StepRecordDocument document = mapper.toDocument(record);

        assertThat(document.step()).isEqualTo(step.id());
        assertThat(document.role()).isEqualTo("local-user");
        assertThat(document.services()).containsExactly("billing", "insurability", "medico-administrative");
        assertThat(document.existing()).isTrue();
        assertThat(document.skipped()).isTrue();
        assertThat(document.identityConfirmed()).isTrue();
        assertThat(document.loginCheck()).isEqualTo(new LoginCheckDocument(
                "D'HONDT-VAN DEN BROUCKE Françoise-Marie Zoë Ghislaine", SampleGroups.T0.plusSeconds(1),
                "Françoise-Marie Zoë D'Hondt-Van den Broucke"));
        assertThat(mapper.toRecord(document)).isEqualTo(record);
        assertThat(mapper.toDocument(mapper.toRecord(document))).isEqualTo(document);
    }

    @Test
    void givenValuesThisReleaseDoesNotKnow_whenMappedToTheDomain_thenRefusedRatherThanGuessed() {
        StepRecordDocument record = mapper.toDocument(DocumentSamples.everyComponent(CsamStep.AUTHORITY));

        assertThatThrownBy(() -> mapper.toRecord(new StepRecordDocument("mandate", null, null, false, List.of(),
                false, false, "x", record.recordedAt(), null))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mandate");
        assertThatThrownBy(() -> mapper.toRecord(new StepRecordDocument("authority", null, "director", false,
                List.of(), false, false, "x", record.recordedAt(), null))).hasMessageContaining("director");
        assertThatThrownBy(() -> mapper.toRecord(new StepRecordDocument("access-rights", "X", null, false,
                List.of("telepathy"), false, false, "x", record.recordedAt(), null))).hasMessageContaining("telepathy");
        assertThatThrownBy(() -> mapper.toChange(new FieldChangeDocument("favourite-colour", null, "blue")))
                .hasMessageContaining("favourite-colour");
        assertThatThrownBy(() -> mapper.toAcknowledgement(new AcknowledgementDocument("city.postal-code-mismatch",
                "favourite-colour", "r", "x", record.recordedAt(), Map.of()))).hasMessageContaining("favourite-colour");
        assertThatThrownBy(() -> mapper.toAcknowledgement(new AcknowledgementDocument("city.postal-code-mismatch",
                "city", "r", "x", record.recordedAt(), Map.of("town", "Liège")))).hasMessageContaining("town");
    }

    // ------------------------------------------------------------------------------------ history

    @Test
    void givenAHistoryEntryWithEveryPartFilled_whenMappedToALineAndBack_thenItIsUnchanged() {
        HistoryEntry entry = DocumentSamples.richEntry();

        HistoryLine line = mapper.toLine(entry);

        assertThat(line.revision()).isEqualTo(9);
        assertThat(line.kind()).isEqualTo("csam-recorded");
        assertThat(line.fieldChanges()).containsExactly(new FieldChangeDocument("city", "Luik", "Liège"),
                new FieldChangeDocument("street", null, "Rue de l’Évêché 12 boîte 3"),
                new FieldChangeDocument("phone", "+32470123456", null));
        assertThat(line.recorded()).hasSize(7);
        assertThat(line.removed()).hasSize(2);
        assertThat(line.findings()).extracting(FindingDocument::severity).containsExactly("warning", "note", "error");
        assertThat(line.findings().get(1).field()).isNull();
        assertThat(line.detail()).isEqualTo("détail « spécial » avec l’apostrophe");
        assertThat(mapper.toEntry(line)).isEqualTo(entry);
    }

    @ParameterizedTest
    @EnumSource(value = HistoryKind.class, names = {"ACKNOWLEDGED", "ACKNOWLEDGEMENT_WITHDRAWN", "LETTER_WRITTEN"})
    void givenAnAcknowledgementEntry_whenMappedToALineAndBack_thenItsKindIsKeptByItsId(HistoryKind kind) {
        HistoryEntry entry = new HistoryEntry(SampleGroups.T0, "Jean D'Hondt", 4, kind, List.of(), List.of(), List.of(),
                List.of(Finding.warning(FieldKey.CITY, "city.postal-code-mismatch")), "Le siège est à Liège");

        HistoryLine line = mapper.toLine(entry);

        assertThat(line.kind()).isEqualTo(switch (kind) {
            case ACKNOWLEDGED -> "acknowledged";
            case ACKNOWLEDGEMENT_WITHDRAWN -> "acknowledgement-withdrawn";
            default -> "letter-written";
        });
        assertThat(mapper.toEntry(line)).isEqualTo(entry);
    }

    @Test
    void givenAHistoryLine_whenMappedToTheDomainAndBack_thenTheLineIsUnchanged() {
        HistoryLine line = mapper.toLine(DocumentSamples.richEntry());

        assertThat(mapper.toLine(mapper.toEntry(line))).isEqualTo(line);
    }

    @Test
    void givenFindingsAndFieldChanges_whenMappedBothWays_thenUnchanged() {
        for (Finding finding : DocumentSamples.richEntry().findings()) {
            assertThat(mapper.toFinding(mapper.toDocument(finding))).isEqualTo(finding);
        }
        for (FieldChange change : DocumentSamples.richEntry().fieldChanges()) {
            assertThat(mapper.toChange(mapper.toDocument(change))).isEqualTo(change);
        }
    }

    private static String camelCase(FieldKey field) {
        String[] words = field.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}
