package be.groupsetup.adapters.persistence.document;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.port.out.StoredGroup;
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

    // ------------------------------------------------------------------------------------ CSAM records

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
        assertThat(mapper.toRecord(document)).isEqualTo(record);
        assertThat(mapper.toDocument(mapper.toRecord(document))).isEqualTo(document);
    }

    @Test
    void givenValuesThisReleaseDoesNotKnow_whenMappedToTheDomain_thenRefusedRatherThanGuessed() {
        StepRecordDocument record = mapper.toDocument(DocumentSamples.everyComponent(CsamStep.AUTHORITY));

        assertThatThrownBy(() -> mapper.toRecord(new StepRecordDocument("mandate", null, null, false, List.of(),
                false, false, "x", record.recordedAt()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mandate");
        assertThatThrownBy(() -> mapper.toRecord(new StepRecordDocument("authority", null, "director", false,
                List.of(), false, false, "x", record.recordedAt()))).hasMessageContaining("director");
        assertThatThrownBy(() -> mapper.toRecord(new StepRecordDocument("access-rights", "X", null, false,
                List.of("telepathy"), false, false, "x", record.recordedAt()))).hasMessageContaining("telepathy");
        assertThatThrownBy(() -> mapper.toChange(new FieldChangeDocument("favourite-colour", null, "blue")))
                .hasMessageContaining("favourite-colour");
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
