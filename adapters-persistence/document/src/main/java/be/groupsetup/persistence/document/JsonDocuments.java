package be.groupsetup.persistence.document;

import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.domain.text.UnsafeCharacters;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The JSON form of documents, history lines and export files (Jackson), with the schema version check and the
 * migration hook: a document of an older {@code schemaVersion} is migrated on read, one of a newer version is
 * refused, never guessed at.
 * <p>
 * One codec for every store and for export files, and an exact one (issue 11, "one import validation"): a
 * {@code schemaVersion} must be an integer this release reads; no key this release does not know is accepted,
 * at any depth; every value must have its exact JSON type — a string for a text and for a time (ISO-8601, as written),
 * an integer for a number (a revision beyond the range of {@code long} is refused, not wrapped), {@code true} or
 * {@code false} for a flag; nothing is coerced ({@code "revision": "5"}, {@code 5} for a text, {@code 2.0} for an
 * integer, {@code "true"} for a flag are refused); a key given twice and anything after the document are refused.
 * The reasons given never carry a character that can act: the text a reason quotes is shown escaped, and short.
 */
public final class JsonDocuments {

    /**
     * Migrations from a schema version to the next, applied in turn to a document read from storage (a stored
     * group, or the group of an export file). A migration gets the document's JSON tree and returns it in the
     * next version. The document is rewritten in the current version only when the group is next saved.
     */
    static final Map<Integer, UnaryOperator<ObjectNode>> MIGRATIONS = Map.of(1, JsonDocuments::fromVersion1);

    private final JsonMapper mapper;
    private final ObjectWriter pretty;
    private final DocumentMapper documents = DocumentMapper.INSTANCE;
    private final Map<Integer, UnaryOperator<ObjectNode>> migrations;

    public JsonDocuments() {
        this(MIGRATIONS);
    }

    JsonDocuments(Map<Integer, UnaryOperator<ObjectNode>> migrations) {
        this.mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // exact JSON types: nothing is coerced from one scalar type into another, or from "" into a value
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfigDefaults(exact -> {
                    for (CoercionInputShape shape : CoercionInputShape.values()) {
                        exact.setCoercion(shape, CoercionAction.Fail);
                    }
                })
                .addModule(new SimpleModule("exact-times").addDeserializer(Instant.class, new ExactInstant()))
                .build();
        this.pretty = mapper.writer(SerializationFeature.INDENT_OUTPUT);
        this.migrations = migrations;
    }

    public byte[] write(StoredGroup group) {
        return pretty.writeValueAsBytes(documents.toDocument(group));
    }

    /** A stored document read back into the domain, trusting its canonical values. */
    public StoredGroup readGroup(byte[] content) throws DocumentException {
        GroupDocument document = readDocument(parse(new String(content, StandardCharsets.UTF_8)));
        return toStoredGroup(document);
    }

    /**
     * The stored document of the group filed under {@code number} (a file's name, a row's key): a document that
     * holds another group is damaged, whichever store it is in.
     */
    public StoredGroup readGroup(byte[] content, String number) throws DocumentException {
        StoredGroup stored = readGroup(content);
        if (!stored.groupNumber().value().equals(number)) {
            throw new DocumentException("it holds group " + stored.groupNumber().value(), null);
        }
        return stored;
    }

    public String writeLine(HistoryEntry entry) {
        return mapper.writeValueAsString(documents.toLine(entry));
    }

    public HistoryEntry readLine(String line) throws DocumentException {
        try {
            return documents.toEntry(mapper.readValue(line, HistoryLine.class));
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new DocumentException("history line is not readable: " + summary(e), e);
        }
    }

    public String writeExport(GroupArchive archive) {
        List<HistoryLine> lines = archive.history().stream().map(documents::toLine).toList();
        return pretty.writeValueAsString(new ExportDocument(ExportDocument.FORMAT,
                GroupDocument.CURRENT_SCHEMA_VERSION, documents.toDocument(archive.group()), lines));
    }

    /** The keys an export file has, at its top: every other key is refused. */
    private static final Set<String> EXPORT_KEYS = Set.of("format", "schemaVersion", "group", "history");

    public GroupArchive readExport(String text) throws DocumentException {
        JsonNode root = parse(text);
        JsonNode format = root.path("format");
        if (!format.isString() || !ExportDocument.FORMAT.equals(format.stringValue())) {
            throw new DocumentException("not a groupsetup export (no \"format\": \"" + ExportDocument.FORMAT + "\")", null);
        }
        for (String key : root.propertyNames()) {
            if (!EXPORT_KEYS.contains(key)) {
                throw new DocumentException("it has a key this release does not know, \"" + quoted(key)
                        + "\" (an export has only " + String.join(", ", EXPORT_KEYS.stream().sorted().toList()) + ")",
                        null);
            }
        }
        int exportVersion = schemaVersion(root, "the export's");
        JsonNode group = root.path("group");
        if (!(group instanceof ObjectNode)) {
            throw new DocumentException("the export holds no group document", null);
        }
        int groupVersion = schemaVersion(group, "its group's");
        if (groupVersion != exportVersion) {
            throw new DocumentException("the export's schemaVersion " + exportVersion + " differs from its group's "
                    + groupVersion + " (an export carries the version of the group document it holds)", null);
        }
        StoredGroup stored = toStoredGroup(readDocument(group));
        JsonNode history = root.path("history");
        if (!history.isMissingNode() && !history.isArray()) {
            throw new DocumentException("its history is not readable: expected an array of history lines, found "
                    + typeOf(history), null);
        }
        try {
            List<HistoryEntry> entries = history.isMissingNode() ? List.of()
                    : List.of(mapper.treeToValue(history, HistoryLine[].class)).stream()
                    .map(documents::toEntry).toList();
            return new GroupArchive(stored, entries);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new DocumentException("its history is not readable: " + summary(e), e);
        }
    }

    /** Any small JSON value (a rename journal …) in the compact form. */
    public String writeValue(Object value) {
        return mapper.writeValueAsString(value);
    }

    public <T> T readValue(String text, Class<T> type) throws DocumentException {
        try {
            return mapper.readValue(text, type);
        } catch (JacksonException e) {
            throw new DocumentException(summary(e), e);
        }
    }

    /**
     * Version 1 → 2: no warning was acknowledged yet ({@code "acknowledgements": []}) and no CSAM record kept its
     * login check ({@code "loginCheck": null}; {@link be.groupsetup.domain.csam.CsamProcedure#reconstitute} gives a
     * principal access manager designated now the login recorded before it).
     */
    static ObjectNode fromVersion1(ObjectNode document) {
        if (!document.has("acknowledgements")) {
            document.set("acknowledgements", document.arrayNode());
        }
        for (JsonNode record : document.path("csamRecords")) {
            if (record instanceof ObjectNode object && !object.has("loginCheck")) {
                object.putNull("loginCheck");
            }
        }
        return document;
    }

    private JsonNode parse(String text) throws DocumentException {
        try {
            JsonNode root = mapper.readTree(text);
            if (root == null || !root.isObject()) {
                throw new DocumentException("not a JSON object", null);
            }
            return root;
        } catch (JacksonException e) {
            throw new DocumentException("not valid JSON: " + summary(e), e);
        }
    }

    private GroupDocument readDocument(JsonNode node) throws DocumentException {
        int schemaVersion = schemaVersion(node, null);
        ObjectNode current = (ObjectNode) node;
        for (int v = schemaVersion; v < GroupDocument.CURRENT_SCHEMA_VERSION; v++) {
            current = migrations.get(v).apply(current.deepCopy());
            current.put("schemaVersion", v + 1);
        }
        try {
            return mapper.treeToValue(current, GroupDocument.class);
        } catch (JacksonException e) {
            throw new DocumentException("unexpected document shape: " + summary(e), e);
        }
    }

    /**
     * The {@code schemaVersion} of a document (or an export): an integer this release reads — the current one, or an
     * older one it migrates from (every migration from it to the current one known).
     *
     * @param whose how to name the document in a reason ({@code "the export's"}), null for a stored document
     */
    private int schemaVersion(JsonNode node, String whose) throws DocumentException {
        String name = whose == null ? "schemaVersion" : whose + " schemaVersion";
        JsonNode version = node.path("schemaVersion");
        if (version.isMissingNode() || version.isNull()) {
            throw new DocumentException(whose == null ? "no schemaVersion" : name + " is missing", null);
        }
        if (!version.isIntegralNumber()) {
            throw new DocumentException(name + " is " + typeOf(version) + ", expected an integer from "
                    + oldestReadable() + " to " + GroupDocument.CURRENT_SCHEMA_VERSION, null);
        }
        java.math.BigInteger value = version.bigIntegerValue();
        if (value.compareTo(java.math.BigInteger.valueOf(GroupDocument.CURRENT_SCHEMA_VERSION)) > 0) {
            throw new DocumentException(newer(value.toString()), null);
        }
        if (value.compareTo(java.math.BigInteger.valueOf(oldestReadable())) < 0) {
            throw new DocumentException(name + " " + value + " is not a version this release reads ("
                    + oldestReadable() + " to " + GroupDocument.CURRENT_SCHEMA_VERSION + ")", null);
        }
        return value.intValue();
    }

    /** The oldest schema version from which every migration to the current one is known. */
    private int oldestReadable() {
        int oldest = GroupDocument.CURRENT_SCHEMA_VERSION;
        while (migrations.containsKey(oldest - 1)) {
            oldest--;
        }
        return oldest;
    }

    /** How a reason names the JSON type of a value: "a string", "a number with a fraction", … */
    private static String typeOf(JsonNode node) {
        if (node.isString()) {
            return "a string";
        }
        if (node.isNumber()) {
            return node.isIntegralNumber() ? "an integer" : "a number with a fraction";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.isNull() ? "null" : "not a JSON value";
    }

    private StoredGroup toStoredGroup(GroupDocument document) throws DocumentException {
        try {
            return documents.toStoredGroup(document);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DocumentException("unexpected content: " + summary(e), e);
        }
    }

    private static String newer(String schemaVersion) {
        return "written by a newer groupsetup (schemaVersion " + schemaVersion + "; this release reads up to "
                + GroupDocument.CURRENT_SCHEMA_VERSION + ")";
    }

    /** The longest part of a text read from a document that a reason quotes. */
    private static final int QUOTED = 80;

    /**
     * The first line of an exception's message, for a reason the technician reads: it may quote what the document
     * holds (an unknown key, a value of the wrong type), so a character that can act is shown escaped and a long
     * quote is cut.
     */
    private static String summary(Exception e) {
        String message = e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() <= 4 * QUOTED ? UnsafeCharacters.escape(line)
                : UnsafeCharacters.escape(line.substring(0, 4 * QUOTED)) + "…";
    }

    /** A text from a document quoted in a reason: escaped, at most {@value #QUOTED} characters. */
    private static String quoted(String text) {
        String shown = UnsafeCharacters.escape(text);
        return shown.length() <= QUOTED ? shown : shown.substring(0, QUOTED) + "…";
    }

    /**
     * A time as written ({@code "2026-11-26T09:15:30.123Z"}): a JSON string in ISO-8601, nothing else — Jackson's
     * own reading would take a number of seconds, or a string of digits, for one.
     */
    private static final class ExactInstant extends StdScalarDeserializer<Instant> {

        ExactInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getString();
            try {
                return Instant.parse(text);
            } catch (DateTimeException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, quoted(text),
                        "expected a time such as 2026-11-26T09:15:30Z");
            }
        }
    }
}
