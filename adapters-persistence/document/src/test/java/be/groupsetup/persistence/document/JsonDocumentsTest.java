package be.groupsetup.persistence.document;

import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.LoginCheck;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JSON form of documents, history lines and exports; the schema version check and the migration hook. */
class JsonDocumentsTest {

    private final JsonDocuments json = new JsonDocuments();
    private final JsonMapper plain = JsonMapper.builder().build();
    private final StoredGroup full = new StoredGroup(DocumentSamples.fullSetup(), 12);

    // ------------------------------------------------------------------------------------ documents

    @Test
    void givenAStoredGroup_whenWritten_thenItIsUtf8JsonWithItsSchemaVersionRevisionConfigurationAndCsamRecords()
            throws CharacterCodingException {
        byte[] written = json.write(full);

        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(written)).toString();
        assertThat(text).as("accents stored as UTF-8, not escaped").contains("Liège", "D'Hondt-Van den Broucke",
                "l’Évêché", "Françoise-Marie Zoë");
        JsonNode root = plain.readTree(text);
        assertThat(root.propertyNames()).containsExactly("schemaVersion", "revision", "configuration", "csamRecords",
                "acknowledgements");
        assertThat(root.get("schemaVersion").intValue()).isEqualTo(2);
        assertThat(root.get("revision").longValue()).isEqualTo(12);
        assertThat(root.get("configuration").get("groupNumber").asString()).isEqualTo("94123456001");
        assertThat(root.get("configuration").size()).isEqualTo(FieldKey.values().length);
        assertThat(root.get("csamRecords").size()).isEqualTo(7);
        assertThat(root.get("csamRecords").get(0).get("recordedAt").asString()).isEqualTo("2026-11-26T09:15:30.123Z");
        assertThat(root.get("csamRecords").get(0).propertyNames()).containsExactly("step", "person", "role", "existing",
                "services", "skipped", "identityConfirmed", "recordedBy", "recordedAt", "loginCheck");
        assertThat(root.get("csamRecords").get(0).get("loginCheck").isNull()).isTrue();
        assertThat(root.get("acknowledgements").isArray()).isTrue();
        assertThat(root.get("acknowledgements").isEmpty()).isTrue();
    }

    @Test
    void givenAcknowledgementsAndAConfirmedLoginCheck_whenWritten_thenTheyAreInTheDocumentAndReadBackUnchanged()
            throws DocumentException {
        StoredGroup acknowledged = new StoredGroup(DocumentSamples.acknowledgedSetup(), 3);

        byte[] written = json.write(acknowledged);

        JsonNode root = plain.readTree(written);
        JsonNode onField = root.get("acknowledgements").get(0);
        assertThat(onField.propertyNames()).containsExactly("code", "field", "reason", "by", "at", "readValues");
        assertThat(onField.get("code").asString()).isEqualTo("city.postal-code-mismatch");
        assertThat(onField.get("field").asString()).isEqualTo("city");
        assertThat(onField.get("at").asString()).isEqualTo("2026-11-26T10:15:30.123Z");
        assertThat(onField.get("readValues").propertyNames()).containsExactly("city", "postal-code");
        assertThat(onField.get("readValues").get("postal-code").asString()).isEqualTo("4000");
        JsonNode onNone = root.get("acknowledgements").get(1);
        assertThat(onNone.get("field").isNull()).isTrue();
        assertThat(onNone.get("readValues").isEmpty()).isTrue();
        JsonNode check = root.get("csamRecords").get(2).get("loginCheck");
        assertThat(check.propertyNames()).containsExactly("loginPerson", "loginRecordedAt", "confirmedNurse");
        assertThat(check.get("loginRecordedAt").asString()).isEqualTo("2026-11-26T09:15:31.123Z");
        assertThat(check.get("confirmedNurse").asString()).isEqualTo("Françoise-Marie Zoë D'Hondt-Van den Broucke");
        StoredGroup read = json.readGroup(written);
        assertThat(read).isEqualTo(acknowledged);
        assertThat(read.setup().acknowledgements()).isEqualTo(acknowledged.setup().acknowledgements());
        assertThat(DocumentSamples.principal(read.setup()).loginCheck())
                .isEqualTo(DocumentSamples.principal(acknowledged.setup()).loginCheck());
    }

    @Test
    void givenALoginCheckWithoutConfirmedNurse_whenWrittenAndRead_thenItsNurseStaysNull() throws DocumentException {
        StoredGroup read = json.readGroup(json.write(full));

        assertThat(DocumentSamples.principal(read.setup()).loginCheck()).isEqualTo(new LoginCheck(
                "D'HONDT-VAN DEN BROUCKE Françoise-Marie Zoë Ghislaine", SampleGroups.T0.plusSeconds(1), null));
        assertThat(read).isEqualTo(full);
    }

    @Test
    void givenAWrittenDocument_whenRead_thenTheGroupIsUnchanged() throws DocumentException {
        assertThat(json.readGroup(json.write(full))).isEqualTo(full);
    }

    @Test
    void givenADocumentOfANewerSchemaVersion_whenRead_thenRefusedAsWrittenByANewerGroupsetup() {
        byte[] newer = withSchemaVersion(json.write(full), 99);

        assertThatThrownBy(() -> json.readGroup(newer)).isInstanceOfSatisfying(DocumentException.class, e ->
                assertThat(e.reason()).isEqualTo("written by a newer groupsetup (schemaVersion 99; this release reads up to 2)"));
        assertThatThrownBy(() -> json.readGroup(withSchemaVersion(json.write(full), 3)))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.reason()).isEqualTo(
                        "written by a newer groupsetup (schemaVersion 3; this release reads up to 2)"));
    }

    @Test
    void givenDocumentsThatAreNotOurs_whenRead_thenRefusedWithAReason() {
        assertRefused("{\"revision\": 1}", "no schemaVersion");
        assertRefused("[1, 2]", "not a JSON object");
        assertRefused("{\"schemaVersion\": 1, \"revision\": 1, \"configu", "not valid JSON");
        assertRefused(new String(json.write(full), StandardCharsets.UTF_8).replace("\"revision\"", "\"rev\""),
                "unexpected document shape");
        assertRefused(new String(json.write(full), StandardCharsets.UTF_8).replace("\"csam-login\"", "\"mandate\""),
                "unexpected content");
        assertRefused(new String(json.write(full), StandardCharsets.UTF_8)
                .replaceFirst("\"revision\"\\s*:\\s*12", "\"revision\" : 0"), "unexpected content");
        assertRefused(new String(json.write(full), StandardCharsets.UTF_8).replace("\"94123456001\"", "\"94\""),
                "unexpected content");
        assertRefused("{\"schemaVersion\": 1, \"revision\": 1}", "unexpected content: no configuration");
        String acknowledged = new String(json.write(new StoredGroup(DocumentSamples.acknowledgedSetup(), 3)),
                StandardCharsets.UTF_8);
        assertRefused(acknowledged.replace("\"reason\"", "\"why\""), "unexpected document shape");
        assertRefused(acknowledged.replace("\"confirmedNurse\"", "\"nurse\""), "unexpected document shape");
        assertRefused(acknowledged.replace("\"postal-code\" :", "\"postcode\" :"), "unexpected content: unknown field postcode");
        assertRefused(acknowledged.replace("\"loginRecordedAt\" : \"2026-11-26T09:15:31.123Z\"", "\"loginRecordedAt\" : null"),
                "unexpected content");
    }

    // ------------------------------------------------------------------------------------ migrations

    @Test
    void givenADocumentOfAnOlderSchemaVersion_whenReadWithItsMigration_thenItIsMigratedOnRead() throws DocumentException {
        // a fake version 0 that called the city "town" and had no CSAM records yet
        UnaryOperator<ObjectNode> fromZero = document -> {
            ObjectNode configuration = (ObjectNode) document.get("configuration");
            configuration.set("city", configuration.remove("town"));
            document.set("csamRecords", document.arrayNode());
            return document;
        };
        JsonDocuments migrating = new JsonDocuments(Map.of(0, fromZero, 1, JsonDocuments::fromVersion1));
        ObjectNode old = (ObjectNode) plain.readTree(json.write(full));
        old.put("schemaVersion", 0);
        ObjectNode configuration = (ObjectNode) old.get("configuration");
        configuration.set("town", configuration.remove("city"));
        old.remove("csamRecords");
        byte[] stored = plain.writeValueAsBytes(old);

        StoredGroup read = migrating.readGroup(stored);

        assertThat(read.revision()).isEqualTo(12);
        assertThat(read.setup().configuration().value(FieldKey.CITY)).contains("Liège");
        assertThat(read.setup().configuration()).isEqualTo(full.setup().configuration());
        assertThat(read.setup().procedure().records()).isEmpty();
        assertThatThrownBy(() -> json.readGroup(stored)).isInstanceOfSatisfying(DocumentException.class,
                e -> assertThat(e.reason()).isEqualTo("schemaVersion 0 is not a version this release reads (1 to 2)"));
    }

    @Test
    void givenThisRelease_thenItWritesSchemaVersionTwoAndMigratesFromVersionOne() {
        assertThat(GroupDocument.CURRENT_SCHEMA_VERSION).isEqualTo(2);
        assertThat(JsonDocuments.MIGRATIONS).containsOnlyKeys(1);
    }

    @Test
    void givenAVersion1DocumentAsThePreviousReleaseWroteIt_whenRead_thenTheSameSetUpWithNoAcknowledgementAndItsLoginCheckFilledIn()
            throws DocumentException {
        StoredGroup read = json.readGroup(DocumentSamples.VERSION_1_DOCUMENT.getBytes(StandardCharsets.UTF_8),
                DocumentSamples.GROUP.value());

        assertThat(read).isEqualTo(full);
        assertThat(read.setup().acknowledgements()).isEmpty();
        assertThat(read.setup().configuration()).isEqualTo(full.setup().configuration());
        assertThat(DocumentSamples.principal(read.setup()).loginCheck()).as("filled by reconstitute")
                .isEqualTo(new LoginCheck("D'HONDT-VAN DEN BROUCKE Françoise-Marie Zoë Ghislaine",
                        SampleGroups.T0.plusSeconds(1), null));
        assertThat(read.setup().procedure().records()).filteredOn(r -> r.loginCheck() != null).hasSize(1);
    }

    @Test
    void givenAVersion1Document_whenReadAndWrittenAgain_thenItIsAVersion2DocumentWithTheLoginCheckKept()
            throws DocumentException {
        StoredGroup read = json.readGroup(DocumentSamples.VERSION_1_DOCUMENT.getBytes(StandardCharsets.UTF_8));

        JsonNode rewritten = plain.readTree(json.write(read));

        assertThat(rewritten.get("schemaVersion").intValue()).isEqualTo(2);
        assertThat(rewritten.get("acknowledgements").isEmpty()).isTrue();
        assertThat(rewritten.get("csamRecords").get(2).get("loginCheck").get("loginPerson").asString())
                .isEqualTo("D'HONDT-VAN DEN BROUCKE Françoise-Marie Zoë Ghislaine");
        assertThat(json.readGroup(json.write(read))).isEqualTo(read);
    }

    @Test
    void givenAVersion1Tree_whenMigrated_thenItHasNoAcknowledgementAndANullLoginCheckOnEachRecord() {
        ObjectNode version1 = (ObjectNode) plain.readTree(DocumentSamples.VERSION_1_DOCUMENT);

        ObjectNode migrated = JsonDocuments.MIGRATIONS.get(1).apply(version1.deepCopy());

        assertThat(migrated.get("acknowledgements").isArray()).isTrue();
        assertThat(migrated.get("acknowledgements").isEmpty()).isTrue();
        assertThat(migrated.get("csamRecords")).hasSize(7)
                .allSatisfy(record -> assertThat(record.get("loginCheck").isNull()).isTrue());
        assertThat(migrated.get("configuration")).isEqualTo(version1.get("configuration"));
        ObjectNode noRecords = plain.createObjectNode().put("schemaVersion", 1);
        assertThat(JsonDocuments.MIGRATIONS.get(1).apply(noRecords).get("acknowledgements").isEmpty()).isTrue();
    }

    // ------------------------------------------------------------------------------------ history lines

    @Test
    void givenARichHistoryEntry_whenWrittenAsALineAndRead_thenItIsOneLineAndUnchanged() throws DocumentException {
        HistoryEntry entry = DocumentSamples.richEntry();

        String line = json.writeLine(entry);

        assertThat(line).doesNotContain("\n", "\r").contains("Liège", "« spécial »");
        JsonNode node = plain.readTree(line);
        assertThat(node.propertyNames()).containsExactly("revision", "time", "technician", "kind", "fieldChanges",
                "recorded", "removed", "findings", "detail");
        assertThat(json.readLine(line)).isEqualTo(entry);
    }

    @Test
    void givenAHistoryLineOfThePreviousReleaseWithoutLoginCheck_whenRead_thenItsRecordHasNoLoginCheck()
            throws DocumentException {
        HistoryEntry read = json.readLine(DocumentSamples.VERSION_1_LINE);

        assertThat(read).isEqualTo(version1LineEntry());
        assertThat(read.recorded().get(0).loginCheck()).isNull();
        assertThat(json.readLine(json.writeLine(read))).isEqualTo(read);
    }

    @Test
    void givenAcknowledgementEntries_whenWrittenAsLinesAndRead_thenTheirKindsAreKept() throws DocumentException {
        for (HistoryKind kind : List.of(HistoryKind.ACKNOWLEDGED, HistoryKind.ACKNOWLEDGEMENT_WITHDRAWN)) {
            HistoryEntry entry = new HistoryEntry(SampleGroups.T0, "Jean D'Hondt", 5, kind, List.of(), List.of(),
                    List.of(), List.of(Finding.warning(FieldKey.CITY, "city.postal-code-mismatch")),
                    "Le siège est à Liège");

            String line = json.writeLine(entry);

            assertThat(plain.readTree(line).get("kind").asString()).isEqualTo(kind.id());
            assertThat(json.readLine(line)).isEqualTo(entry);
        }
        assertThat(HistoryKind.ACKNOWLEDGEMENT_WITHDRAWN.id()).isEqualTo("acknowledgement-withdrawn");
    }

    @Test
    void givenHalfAHistoryLine_whenRead_thenRefused() {
        String line = json.writeLine(DocumentSamples.richEntry());

        assertThatThrownBy(() -> json.readLine(line.substring(0, line.length() / 2)))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.reason()).startsWith("history line is not readable"));
    }

    // ------------------------------------------------------------------------------------ exports

    @Test
    void givenAnArchive_whenExportedAndRead_thenItIsUnchanged() throws DocumentException {
        GroupArchive archive = new GroupArchive(full, List.of(SampleGroups.created(DocumentSamples.GROUP),
                DocumentSamples.richEntry().atRevision(2)));

        String text = json.writeExport(archive);

        JsonNode root = plain.readTree(text);
        assertThat(root.get("format").asString()).isEqualTo("groupsetup-group-export");
        assertThat(root.get("schemaVersion").intValue()).isEqualTo(2);
        assertThat(root.get("group").get("schemaVersion").intValue()).isEqualTo(2);
        assertThat(root.get("group").get("revision").longValue()).isEqualTo(12);
        assertThat(json.readExport(text)).isEqualTo(archive);
    }

    @Test
    void givenAnArchiveWithAcknowledgementsAndLoginChecks_whenExportedAndRead_thenTheyArrive() throws DocumentException {
        HistoryEntry acknowledgedEntry = new HistoryEntry(SampleGroups.T0.plusSeconds(3600), "Jean D'Hondt", 3,
                HistoryKind.ACKNOWLEDGED, List.of(), List.of(), List.of(),
                List.of(Finding.warning(FieldKey.CITY, "city.postal-code-mismatch")), "vérifié");
        GroupArchive archive = new GroupArchive(new StoredGroup(DocumentSamples.acknowledgedSetup(), 3),
                List.of(SampleGroups.created(DocumentSamples.GROUP), DocumentSamples.richEntry().atRevision(2),
                        acknowledgedEntry));

        String text = json.writeExport(archive);

        JsonNode root = plain.readTree(text);
        assertThat(root.get("group").get("acknowledgements")).hasSize(2);
        assertThat(root.get("group").get("csamRecords").get(2).get("loginCheck").get("confirmedNurse").asString())
                .isEqualTo("Françoise-Marie Zoë D'Hondt-Van den Broucke");
        assertThat(root.get("history").get(1).get("recorded").get(2).get("loginCheck").isObject()).isTrue();
        assertThat(root.get("history").get(2).get("kind").asString()).isEqualTo("acknowledged");
        GroupArchive read = json.readExport(text);
        assertThat(read).isEqualTo(archive);
        assertThat(read.group().setup().acknowledgements()).isEqualTo(archive.group().setup().acknowledgements());
    }

    @Test
    void givenAnExportOfThePreviousRelease_whenRead_thenItsGroupIsMigratedAndItsHistoryRead() throws DocumentException {
        String export = "{\"format\": \"groupsetup-group-export\", \"schemaVersion\": 1, \"group\": "
                + DocumentSamples.VERSION_1_DOCUMENT + ", \"history\": [" + DocumentSamples.VERSION_1_CREATED_LINE
                + ", " + DocumentSamples.VERSION_1_LINE + "]}";

        GroupArchive read = json.readExport(export);

        assertThat(read.group()).isEqualTo(full);
        assertThat(read.group().setup().acknowledgements()).isEmpty();
        assertThat(DocumentSamples.principal(read.group().setup()).loginCheck()).isNotNull();
        assertThat(read.history()).containsExactly(SampleGroups.created(DocumentSamples.GROUP), version1LineEntry());
        assertThat(plain.readTree(json.writeExport(read)).get("schemaVersion").intValue()).isEqualTo(2);
    }

    @Test
    void givenAnExportOfANewerGroupsetupOrNoExportAtAll_whenRead_thenRefused() {
        GroupArchive archive = new GroupArchive(full, List.of(SampleGroups.created(DocumentSamples.GROUP)));
        ObjectNode export = (ObjectNode) plain.readTree(json.writeExport(archive));
        ((ObjectNode) export.get("group")).put("schemaVersion", 99);

        assertThatThrownBy(() -> json.readExport(plain.writeValueAsString(export)))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.reason()).contains("written by a newer groupsetup"));
        ObjectNode newerExport = (ObjectNode) plain.readTree(json.writeExport(archive));
        newerExport.put("schemaVersion", 3);
        assertThatThrownBy(() -> json.readExport(plain.writeValueAsString(newerExport)))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.reason())
                        .isEqualTo("written by a newer groupsetup (schemaVersion 3; this release reads up to 2)"));
        assertThatThrownBy(() -> json.readExport(new String(json.write(full), StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.reason()).startsWith("not a groupsetup export"));
    }

    // ------------------------------------------------------------------------------------ helpers

    /** What {@link DocumentSamples#VERSION_1_LINE} records. */
    private static HistoryEntry version1LineEntry() {
        Instant at = SampleGroups.T0.plusSeconds(2);
        return new HistoryEntry(at, SampleGroups.TECHNICIAN, 4, HistoryKind.CSAM_RECORDED, List.of(),
                List.of(new StepRecord(CsamStep.PRINCIPAL_ACCESS_MANAGER, "Françoise-Marie D'Hondt", null, false, Set.of(),
                        false, false, SampleGroups.TECHNICIAN, at, null)), List.of(), List.of(), null);
    }

    private byte[] withSchemaVersion(byte[] document, int version) {
        ObjectNode node = (ObjectNode) plain.readTree(document);
        node.put("schemaVersion", version);
        return plain.writeValueAsBytes(node);
    }

    private void assertRefused(String text, String reasonStart) {
        assertThatThrownBy(() -> json.readGroup(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.reason()).startsWith(reasonStart));
    }
}
