package be.groupsetup.persistence.document;

import be.groupsetup.application.error.ArchiveFormatException;
import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.text.UnsafeCharacters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 11, item 6: the shared codec (every store's documents, every export) reads exactly what it writes — a
 * {@code schemaVersion} this release knows, no unknown key at any depth, exact JSON types, nothing coerced — and
 * refuses the rest with a reason that says what is wrong, never a crash and never a character that can act.
 */
class ExactDocumentsTest {

    private final JsonDocuments json = new JsonDocuments();
    private final ArchiveCodec codec = new ArchiveCodec(json);
    private final JsonMapper plain = JsonMapper.builder().build();
    private final GroupArchive archive = new GroupArchive(new StoredGroup(DocumentSamples.acknowledgedSetup(), 3),
            List.of(SampleGroups.created(DocumentSamples.GROUP), DocumentSamples.richEntry().atRevision(2),
                    new HistoryEntry(SampleGroups.T0.plusSeconds(3600), "Jean D'Hondt", 3, HistoryKind.ACKNOWLEDGED,
                            List.of(), List.of(), List.of(),
                            List.of(Finding.warning(FieldKey.CITY, "city.postal-code-mismatch", "Namur")), "vérifié")));

    // ------------------------------------------------------------------------------------ schemaVersion

    @Test
    void givenTheExportAsWritten_whenRead_thenAccepted() {
        assertThat(codec.decode(codec.encode(archive))).isEqualTo(archive);
    }

    @Test
    void givenAnExportOfASchemaVersionThisReleaseDoesNotKnow_whenRead_thenRefusedNamingIt() {
        assertRefused(export(root -> {
            root.put("schemaVersion", 3);
            group(root).put("schemaVersion", 3);
        }), "written by a newer groupsetup (schemaVersion 3; this release reads up to 2)");
        assertRefused(export(root -> root.put("schemaVersion", 3)),
                "written by a newer groupsetup (schemaVersion 3; this release reads up to 2)");
        assertRefused(export(root -> group(root).put("schemaVersion", 3)),
                "written by a newer groupsetup (schemaVersion 3; this release reads up to 2)");
        assertRefused(export(root -> {
            root.put("schemaVersion", 0);
            group(root).put("schemaVersion", 0);
        }), "the export's schemaVersion 0 is not a version this release reads (1 to 2)");
        assertRefused(export(root -> {
            root.put("schemaVersion", -1);
            group(root).put("schemaVersion", -1);
        }), "the export's schemaVersion -1 is not a version this release reads (1 to 2)");
        assertRefused(export(root -> root.put("schemaVersion", new java.math.BigInteger("99999999999999999999"))),
                "written by a newer groupsetup (schemaVersion 99999999999999999999; this release reads up to 2)");
    }

    @Test
    void givenASchemaVersionThatIsNoInteger_whenRead_thenRefusedSayingWhatIsExpected() {
        assertRefused(export(root -> root.put("schemaVersion", "2")),
                "the export's schemaVersion is a string, expected an integer from 1 to 2");
        assertRefused(export(root -> root.put("schemaVersion", 2.0)),
                "the export's schemaVersion is a number with a fraction, expected an integer from 1 to 2");
        assertRefused(export(root -> root.put("schemaVersion", true)),
                "the export's schemaVersion is a boolean, expected an integer from 1 to 2");
        assertRefused(export(root -> root.remove("schemaVersion")), "the export's schemaVersion is missing");
        assertRefused(export(root -> group(root).put("schemaVersion", "2")),
                "its group's schemaVersion is a string, expected an integer from 1 to 2");
    }

    @Test
    void givenAnExportWhoseVersionDiffersFromItsGroups_whenRead_thenRefused() {
        assertRefused(export(root -> root.put("schemaVersion", 1)),
                "the export's schemaVersion 1 differs from its group's 2 (an export carries the version of the group"
                        + " document it holds)");
    }

    @Test
    void givenAStoredDocumentWhoseSchemaVersionIsAString_whenRead_thenDamagedWithTheSameReason() {
        ObjectNode document = (ObjectNode) plain.readTree(json.write(archive.group()));
        document.put("schemaVersion", "2");

        assertThatThrownBy(() -> json.readGroup(plain.writeValueAsBytes(document)))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.reason())
                        .isEqualTo("schemaVersion is a string, expected an integer from 1 to 2"));
    }

    // ------------------------------------------------------------------------------------ unknown keys

    @Test
    void givenAnUnknownKeyAtAnyDepth_whenRead_thenRefused() {
        Map<String, Consumer<ObjectNode>> unknown = new LinkedHashMap<>();
        unknown.put("top", root -> root.put("comment", "x"));
        unknown.put("group", root -> group(root).put("owner", "x"));
        unknown.put("configuration", root -> ((ObjectNode) group(root).get("configuration")).put("fax", "x"));
        unknown.put("CSAM record", root -> ((ObjectNode) group(root).get("csamRecords").get(0)).put("note", "x"));
        unknown.put("login check", root -> ((ObjectNode) group(root).get("csamRecords").get(2).get("loginCheck"))
                .put("note", "x"));
        unknown.put("acknowledgement", root -> ((ObjectNode) group(root).get("acknowledgements").get(0))
                .put("until", "x"));
        unknown.put("history line", root -> ((ObjectNode) root.get("history").get(0)).put("host", "x"));
        unknown.put("field change", root -> ((ObjectNode) root.get("history").get(0).get("fieldChanges").get(0))
                .put("why", "x"));
        unknown.put("history record", root -> ((ObjectNode) root.get("history").get(1).get("recorded").get(0))
                .put("note", "x"));
        unknown.put("finding", root -> ((ObjectNode) root.get("history").get(2).get("findings").get(0))
                .put("hint", "x"));
        for (Map.Entry<String, Consumer<ObjectNode>> change : unknown.entrySet()) {
            assertThatThrownBy(() -> codec.decode(export(change.getValue()))).as(change.getKey())
                    .isInstanceOf(ArchiveFormatException.class);
        }
        assertRefused(export(root -> root.put("comment", "x")),
                "it has a key this release does not know, \"comment\" (an export has only format, group, history,"
                        + " schemaVersion)");
        assertRefusedStartingWith(export(root -> group(root).put("owner", "x")), "unexpected document shape: ");
        assertRefusedStartingWith(export(root -> ((ObjectNode) root.get("history").get(0)).put("host", "x")),
                "its history is not readable: ");
    }

    @Test
    void givenAnUnknownKeyThatHoldsAnEscapeSequence_whenRefused_thenTheReasonShowsItEscapedAndShort() {
        String key = "\u001B[2J\u001B]0;owned\u0007" + "x".repeat(500);

        for (String text : List.of(export(root -> root.put(key, 1)), export(root -> group(root).put(key, 1)),
                export(root -> ((ObjectNode) root.get("history").get(0)).put(key, 1)))) {
            assertThatThrownBy(() -> codec.decode(text)).isInstanceOfSatisfying(ArchiveFormatException.class, e -> {
                String reason = e.arguments().get(0);
                assertThat(UnsafeCharacters.first(reason)).as(reason).isEmpty();
                assertThat(reason).contains("\\u001B").hasSizeLessThan(500);
            });
        }
    }

    // ------------------------------------------------------------------------------------ exact types

    @Test
    void givenAValueOfAnotherJsonTypeAnywhere_whenRead_thenRefusedRatherThanCoerced() {
        Map<String, Consumer<ObjectNode>> inexact = new LinkedHashMap<>();
        inexact.put("\"revision\": \"5\"", root -> group(root).put("revision", "5"));
        inexact.put("revision 5.0", root -> group(root).put("revision", 5.0));
        inexact.put("revision 3.5", root -> group(root).put("revision", 3.5));
        inexact.put("revision true", root -> group(root).put("revision", true));
        inexact.put("revision null", root -> group(root).putNull("revision"));
        inexact.put("no revision", root -> group(root).remove("revision"));
        inexact.put("a history revision \"1\"", root -> ((ObjectNode) root.get("history").get(0)).put("revision", "1"));
        inexact.put("a history revision 1.0", root -> ((ObjectNode) root.get("history").get(0)).put("revision", 1.0));
        inexact.put("a number for a text", root -> ((ObjectNode) group(root).get("configuration")).put("city", 4000));
        inexact.put("a boolean for a text", root -> ((ObjectNode) group(root).get("configuration")).put("city", true));
        inexact.put("a number for a person", root -> ((ObjectNode) group(root).get("csamRecords").get(0))
                .put("person", 12));
        inexact.put("an object for a text", root -> ((ObjectNode) group(root).get("configuration"))
                .set("city", plain.createObjectNode()));
        inexact.put("\"false\" for a flag", root -> ((ObjectNode) group(root).get("csamRecords").get(0))
                .put("existing", "false"));
        inexact.put("0 for a flag", root -> ((ObjectNode) group(root).get("csamRecords").get(0)).put("skipped", 0));
        inexact.put("a string for a list", root -> ((ObjectNode) group(root).get("csamRecords").get(0))
                .put("services", "billing"));
        inexact.put("a number in a list of texts", root -> ((ArrayNode) group(root).get("csamRecords").get(4)
                .get("services")).add(1));
        inexact.put("seconds for a time", root -> ((ObjectNode) group(root).get("csamRecords").get(0))
                .put("recordedAt", 1764148530));
        inexact.put("digits for a time", root -> ((ObjectNode) group(root).get("csamRecords").get(0))
                .put("recordedAt", "1764148530"));
        inexact.put("no time at all", root -> ((ObjectNode) group(root).get("acknowledgements").get(0))
                .put("at", "yesterday"));
        inexact.put("a number for a read value", root -> ((ObjectNode) group(root).get("acknowledgements").get(0)
                .get("readValues")).put("postal-code", 4000));
        inexact.put("a history that is no array", root -> root.put("history", "none"));
        inexact.put("a number for a finding argument", root -> ((ArrayNode) root.get("history").get(2).get("findings")
                .get(0).get("arguments")).add(3));
        inexact.put("a string for the format", root -> root.put("format", 1));
        for (Map.Entry<String, Consumer<ObjectNode>> change : inexact.entrySet()) {
            assertThatThrownBy(() -> codec.decode(export(change.getValue()))).as(change.getKey())
                    .isInstanceOf(ArchiveFormatException.class);
        }
    }

    @Test
    void givenTheIssuesRevisionAsAString_whenRead_thenRefusedSayingSo() {
        assertRefusedStartingWith(export(root -> group(root).put("revision", "5")),
                "unexpected document shape: Cannot coerce String value (\"5\") to `long` value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999999", "9223372036854775808", "-9223372036854775809",
            "1" + "0000000000" + "0000000000" + "0000000000"})
    void givenARevisionBeyondTheRangeOfLong_whenRead_thenAClearRefusalNotACrash(String digits) {
        String text = export(root -> { }).replaceFirst("\"revision\" : 3", "\"revision\" : " + digits);
        assertThat(text).contains(digits);

        assertRefusedStartingWith(text, "unexpected document shape: Numeric value (" + digits + ") out of range of `long`");
        String line = json.writeLine(archive.history().get(0)).replaceFirst("\"revision\":1", "\"revision\":" + digits);
        assertThatThrownBy(() -> json.readLine(line)).isInstanceOfSatisfying(DocumentException.class,
                e -> assertThat(e.reason()).startsWith("history line is not readable: Numeric value"));
    }

    @Test
    void givenAKeyGivenTwiceOrTextAfterTheDocument_whenRead_thenRefused() {
        String text = codec.encode(archive);
        assertRefusedStartingWith(text.replaceFirst("\"revision\" : 3,", "\"revision\" : 3, \"revision\" : 4,"),
                "not valid JSON: Duplicate Object property \"revision\"");
        assertRefusedStartingWith(text + " {}", "not valid JSON");
        assertRefusedStartingWith(text + " x", "not valid JSON");
        String line = json.writeLine(archive.history().get(0));
        assertThatThrownBy(() -> json.readLine(line.replaceFirst("\"revision\":1,", "\"revision\":1,\"revision\":2,")))
                .isInstanceOf(DocumentException.class);
    }

    @Test
    void givenAStoredDocumentOrHistoryLineWithInexactTypes_whenRead_thenDamagedLikeAnImport() throws DocumentException {
        ObjectNode document = (ObjectNode) plain.readTree(json.write(archive.group()));
        document.put("revision", "3");
        assertThatThrownBy(() -> json.readGroup(plain.writeValueAsBytes(document)))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.reason()).startsWith("unexpected document shape: Cannot coerce String"));
        String line = json.writeLine(archive.history().get(0)).replaceFirst("\"revision\":1", "\"revision\":\"1\"");
        assertThatThrownBy(() -> json.readLine(line)).isInstanceOf(DocumentException.class);
        assertThat(json.readLine(json.writeLine(archive.history().get(1)))).isEqualTo(archive.history().get(1));
    }

    // ------------------------------------------------------------------------------------ helpers

    /** The export of {@link #archive} as written, changed. */
    private String export(Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) plain.readTree(codec.encode(archive));
        change.accept(root);
        return plain.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static ObjectNode group(JsonNode root) {
        return (ObjectNode) root.get("group");
    }

    private void assertRefused(String text, String reason) {
        assertThatThrownBy(() -> codec.decode(text)).isInstanceOfSatisfying(ArchiveFormatException.class,
                e -> assertThat(e.arguments()).containsExactly(reason));
    }

    private void assertRefusedStartingWith(String text, String reasonStart) {
        assertThatThrownBy(() -> codec.decode(text)).isInstanceOfSatisfying(ArchiveFormatException.class,
                e -> assertThat(e.arguments().get(0)).startsWith(reasonStart));
    }
}
