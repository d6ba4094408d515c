package be.groupsetup.adapters.persistence.document;

import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.field.FieldKey;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
        assertThat(root.propertyNames()).containsExactly("schemaVersion", "revision", "configuration", "csamRecords");
        assertThat(root.get("schemaVersion").intValue()).isEqualTo(1);
        assertThat(root.get("revision").longValue()).isEqualTo(12);
        assertThat(root.get("configuration").get("groupNumber").asString()).isEqualTo("94123456001");
        assertThat(root.get("configuration").size()).isEqualTo(FieldKey.values().length);
        assertThat(root.get("csamRecords").size()).isEqualTo(7);
        assertThat(root.get("csamRecords").get(0).get("recordedAt").asString()).isEqualTo("2026-11-26T09:15:30.123Z");
    }

    @Test
    void givenAWrittenDocument_whenRead_thenTheGroupIsUnchanged() throws DocumentException {
        assertThat(json.readGroup(json.write(full))).isEqualTo(full);
    }

    @Test
    void givenADocumentOfANewerSchemaVersion_whenRead_thenRefusedAsWrittenByANewerGroupsetup() {
        byte[] newer = withSchemaVersion(json.write(full), 99);

        assertThatThrownBy(() -> json.readGroup(newer)).isInstanceOfSatisfying(DocumentException.class, e ->
                assertThat(e.reason()).isEqualTo("written by a newer groupsetup (schemaVersion 99; this release reads up to 1)"));
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
        JsonDocuments migrating = new JsonDocuments(Map.of(0, fromZero));
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
                e -> assertThat(e.reason()).isEqualTo("no migration from schemaVersion 0"));
    }

    @Test
    void givenThisRelease_thenItWritesSchemaVersionOneAndHasNoMigrationYet() {
        assertThat(GroupDocument.CURRENT_SCHEMA_VERSION).isEqualTo(1);
        assertThat(JsonDocuments.MIGRATIONS).isEmpty();
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
        assertThat(root.get("schemaVersion").intValue()).isEqualTo(1);
        assertThat(root.get("group").get("revision").longValue()).isEqualTo(12);
        assertThat(json.readExport(text)).isEqualTo(archive);
    }

    @Test
    void givenAnExportOfANewerGroupsetupOrNoExportAtAll_whenRead_thenRefused() {
        GroupArchive archive = new GroupArchive(full, List.of(SampleGroups.created(DocumentSamples.GROUP)));
        ObjectNode export = (ObjectNode) plain.readTree(json.writeExport(archive));
        ((ObjectNode) export.get("group")).put("schemaVersion", 99);

        assertThatThrownBy(() -> json.readExport(plain.writeValueAsString(export)))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.reason()).contains("written by a newer groupsetup"));
        assertThatThrownBy(() -> json.readExport(new String(json.write(full), StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.reason()).startsWith("not a groupsetup export"));
    }

    // ------------------------------------------------------------------------------------ helpers

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
