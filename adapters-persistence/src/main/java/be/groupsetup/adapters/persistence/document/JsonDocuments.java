package be.groupsetup.adapters.persistence.document;

import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.port.out.StoredGroup;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The JSON form of documents, history lines and export files (Jackson), with the schema version check and the
 * migration hook: a document of an older {@code schemaVersion} is migrated on read, one of a newer version is
 * refused, never guessed at.
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

    public GroupArchive readExport(String text) throws DocumentException {
        JsonNode root = parse(text);
        if (!ExportDocument.FORMAT.equals(root.path("format").asString(null))) {
            throw new DocumentException("not a groupsetup export (no \"format\": \"" + ExportDocument.FORMAT + "\")", null);
        }
        JsonNode exportVersion = root.path("schemaVersion");
        if (exportVersion.isInt() && exportVersion.intValue() > GroupDocument.CURRENT_SCHEMA_VERSION) {
            throw new DocumentException(newer(exportVersion.intValue()), null);
        }
        JsonNode group = root.path("group");
        if (!(group instanceof ObjectNode)) {
            throw new DocumentException("the export holds no group document", null);
        }
        StoredGroup stored = toStoredGroup(readDocument(group));
        try {
            List<HistoryEntry> history = root.path("history").isMissingNode() ? List.of()
                    : List.of(mapper.treeToValue(root.path("history"), HistoryLine[].class)).stream()
                    .map(documents::toEntry).toList();
            return new GroupArchive(stored, history);
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
        JsonNode version = node.path("schemaVersion");
        if (!version.isInt()) {
            throw new DocumentException("no schemaVersion", null);
        }
        int schemaVersion = version.intValue();
        if (schemaVersion > GroupDocument.CURRENT_SCHEMA_VERSION) {
            throw new DocumentException(newer(schemaVersion), null);
        }
        ObjectNode current = (ObjectNode) node;
        for (int v = schemaVersion; v < GroupDocument.CURRENT_SCHEMA_VERSION; v++) {
            UnaryOperator<ObjectNode> migration = migrations.get(v);
            if (migration == null) {
                throw new DocumentException("no migration from schemaVersion " + v, null);
            }
            current = migration.apply(current.deepCopy());
            current.put("schemaVersion", v + 1);
        }
        try {
            return mapper.treeToValue(current, GroupDocument.class);
        } catch (JacksonException e) {
            throw new DocumentException("unexpected document shape: " + summary(e), e);
        }
    }

    private StoredGroup toStoredGroup(GroupDocument document) throws DocumentException {
        try {
            return documents.toStoredGroup(document);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DocumentException("unexpected content: " + e.getMessage(), e);
        }
    }

    private static String newer(int schemaVersion) {
        return "written by a newer groupsetup (schemaVersion " + schemaVersion + "; this release reads up to "
                + GroupDocument.CURRENT_SCHEMA_VERSION + ")";
    }

    private static String summary(Exception e) {
        String message = e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
