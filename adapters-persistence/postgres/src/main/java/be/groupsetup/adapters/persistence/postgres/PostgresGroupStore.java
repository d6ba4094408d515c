package be.groupsetup.adapters.persistence.postgres;

import be.groupsetup.persistence.document.DocumentException;
import be.groupsetup.persistence.document.GroupDocument;
import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.application.error.ArchiveFormatException;
import be.groupsetup.application.error.DamagedGroupException;
import be.groupsetup.application.error.GroupAlreadyExistsException;
import be.groupsetup.application.error.GroupNotFoundException;
import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.port.out.GroupChange;
import be.groupsetup.application.port.out.SaveResult;
import be.groupsetup.application.port.out.Storage;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The shared store: every group a row of {@code stored_group} (the file store's JSON document, as jsonb), its
 * history rows in {@code group_history} (the file store's history lines). See docs/adr/0004-postgresql-storage.md.
 * <p>
 * Every save is one transaction that first locks the group's row ({@code SELECT … FOR UPDATE}), compares its
 * revision with the one the application decided on (compare-and-swap: another one is refused, nothing written),
 * then inserts the history row and updates the group row: two technicians on two machines never lose each other's
 * change, and a failure half-way leaves nothing written. Reads see one snapshot (a group with the history of that same revision).
 */
public final class PostgresGroupStore implements Storage {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresGroupStore.class);
    private static final boolean SNAPSHOT = true;
    private static final boolean CHANGE = false;

    private final PostgresDatabase database;
    private final JsonDocuments json;
    private final String groups;
    private final String history;
    private final String damaged;

    public PostgresGroupStore(PostgresDatabase database, JsonDocuments json) {
        this.database = database;
        this.json = json;
        String schema = database.settings().schema();
        this.groups = schema + ".stored_group";
        this.history = schema + ".group_history";
        this.damaged = schema + ".damaged_group";
    }

    // ---------------------------------------------------------------------------------------------- reading

    @Override
    public String describe() {
        return PostgresStoreProvider.NAME;
    }

    @Override
    public String location() {
        return database.displayUrl();
    }

    @Override
    public Optional<StoredGroup> load(GroupNumber number) {
        return database.transaction(SNAPSHOT, connection -> readRow(connection, number, false).map(this::parse));
    }

    @Override
    public List<HistoryEntry> history(GroupNumber number) {
        // the history of the revision read in the same snapshot: what an export holds
        return export(number).map(GroupArchive::history).orElse(List.of());
    }

    /** One row of {@code group_history} by its primary key: the list asks it for every group it summarises. */
    @Override
    public Optional<HistoryEntry> historyEntry(GroupNumber number, long revision) {
        return database.transaction(SNAPSHOT, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT entry::text FROM " + history
                    + " WHERE number = ? AND revision = ?")) {
                select.setString(1, number.value());
                select.setLong(2, revision);
                try (ResultSet result = select.executeQuery()) {
                    return result.next() ? readEntry(number, revision, result.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<GroupArchive> export(GroupNumber number) {
        return database.transaction(SNAPSHOT, connection -> {
            Optional<Row> row = readRow(connection, number, false);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            StoredGroup stored = parse(row.get());
            return Optional.of(new GroupArchive(stored, readHistory(connection, number, stored.revision())));
        });
    }

    /** Every group, read and summarised again at each call: the database is the only cache worth having. */
    @Override
    public void list(Function<StoredGroup, GroupSummary> summarizer, String rulesVersion,
                     Consumer<? super GroupListing> each) {
        List<Row> rows = database.transaction(SNAPSHOT, connection -> {
            List<Row> all = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT number, revision, document::text FROM " + groups + " ORDER BY number");
                 ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    all.add(new Row(result.getString(1), result.getLong(2), result.getString(3)));
                }
            }
            return all;
        });
        // summarised once the transaction is over: the summarizer asks the store for each group's last change
        for (Row row : rows) {
            GroupListing listing;
            try {
                listing = new GroupListing.Listed(summarizer.apply(parse(row)));
            } catch (DamagedGroupException e) {
                listing = new GroupListing.Damaged(row.number(), e.location(), e.reason());
            }
            each.accept(listing);
        }
    }

    @Override
    public List<GroupNumber> numbers() {
        return database.transaction(SNAPSHOT, connection -> {
            List<GroupNumber> numbers = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT number FROM " + groups + " ORDER BY number");
                 ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    numbers.add(new GroupNumber(result.getString(1)));
                }
            }
            return numbers;
        });
    }

    // ---------------------------------------------------------------------------------------------- writing

    @Override
    public StoredGroup create(GroupSetup setup, HistoryEntry entry) {
        GroupNumber number = setup.groupNumber();
        StoredGroup stored = new StoredGroup(setup, 1);
        return database.transaction(CHANGE, connection -> {
            if (!insertGroup(connection, stored)) {
                throw new GroupAlreadyExistsException(number.value());
            }
            insertHistory(connection, number, List.of(entry.atRevision(1)));
            return stored;
        });
    }

    @Override
    public SaveResult save(GroupChange change) {
        GroupNumber number = change.groupNumber();
        return database.transaction(CHANGE, connection -> {
            StoredGroup fresh = lockedGroup(connection, number);
            if (fresh.revision() != change.readRevision()) {
                connection.rollback();
                return SaveResult.conflict(fresh.revision());
            }
            insertHistory(connection, number, List.of(change.entry()));
            replaceGroup(connection, number, fresh.revision(), change.stored());
            return SaveResult.saved(change.revision());
        });
    }

    @Override
    public SaveResult rename(GroupNumber from, GroupChange change) {
        GroupNumber to = change.groupNumber();
        return database.transaction(CHANGE, connection -> {
            StoredGroup fresh = lockedGroup(connection, from);
            if (readRow(connection, to, false).isPresent()) {
                throw new GroupAlreadyExistsException(to.value());
            }
            if (fresh.revision() != change.readRevision()) {
                connection.rollback();
                return SaveResult.conflict(fresh.revision());
            }
            try {
                // the history rows follow the number through the foreign key (ON UPDATE CASCADE)
                replaceGroup(connection, from, fresh.revision(), change.stored());
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                    // another technician created the new number since it was checked
                    throw new GroupAlreadyExistsException(to.value());
                }
                throw e;
            }
            insertHistory(connection, to, List.of(change.entry()));
            return SaveResult.saved(change.revision());
        });
    }

    @Override
    public boolean delete(GroupNumber number) {
        return database.transaction(CHANGE, connection -> {
            Optional<Row> row = readRow(connection, number, true);
            if (row.isEmpty()) {
                return false;
            }
            try {
                parse(row.get());
            } catch (DamagedGroupException e) {
                moveAside(connection, number, e.reason());
            }
            deleteGroup(connection, number);
            return true;
        });
    }

    @Override
    public boolean importGroup(GroupArchive archive, boolean replace) {
        GroupNumber number = archive.group().groupNumber();
        Set<Long> revisions = new HashSet<>();
        for (HistoryEntry entry : archive.history()) {
            if (!revisions.add(entry.revision())) {
                throw new ArchiveFormatException("its history holds revision " + entry.revision() + " more than once",
                        null);
            }
        }
        return database.transaction(CHANGE, connection -> {
            Optional<Row> existing = readRow(connection, number, true);
            if (existing.isPresent()) {
                if (!replace) {
                    throw new GroupAlreadyExistsException(number.value());
                }
                try {
                    parse(existing.get());
                } catch (DamagedGroupException e) {
                    moveAside(connection, number, e.reason());
                }
                deleteGroup(connection, number);
            }
            if (!insertGroup(connection, archive.group())) {
                // created by another technician since it was looked for
                throw new GroupAlreadyExistsException(number.value());
            }
            insertHistory(connection, number, archive.history());
            return existing.isPresent();
        });
    }

    // ---------------------------------------------------------------------------------------------- internals

    /** A group's row as stored: parsed only when asked, so that a damaged one can still be listed or moved aside. */
    private record Row(String number, long revision, String document) {
    }

    private Optional<Row> readRow(Connection connection, GroupNumber number, boolean forUpdate) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT revision, document::text FROM " + groups
                + " WHERE number = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            select.setString(1, number.value());
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(number.value(), result.getLong(1), result.getString(2)));
            }
        }
    }

    /** The state a change applies to: read under the row's lock, held until the transaction ends. */
    private StoredGroup lockedGroup(Connection connection, GroupNumber number) throws SQLException {
        return parse(readRow(connection, number, true)
                .orElseThrow(() -> new GroupNotFoundException(number.value())));
    }

    private StoredGroup parse(Row row) {
        try {
            StoredGroup stored = json.readGroup(row.document().getBytes(StandardCharsets.UTF_8), row.number());
            if (stored.revision() != row.revision()) {
                throw damaged(row.number(), "its document is at revision " + stored.revision() + " but its row at "
                        + row.revision(), null);
            }
            return stored;
        } catch (DocumentException e) {
            throw damaged(row.number(), e.reason(), e);
        }
    }

    private DamagedGroupException damaged(String number, String reason, Throwable cause) {
        return new DamagedGroupException(number, location(number), reason, cause);
    }

    private String location(String number) {
        return groups + " " + number + " at " + database.displayUrl();
    }

    private List<HistoryEntry> readHistory(Connection connection, GroupNumber number, long upTo) throws SQLException {
        List<HistoryEntry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT revision, entry::text FROM " + history
                + " WHERE number = ? AND revision <= ? ORDER BY revision")) {
            select.setString(1, number.value());
            select.setLong(2, upTo);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    readEntry(number, result.getLong(1), result.getString(2)).ifPresent(entries::add);
                }
            }
        }
        return entries;
    }

    /** A history row's entry; an unreadable one is left out, with a warning in the log. */
    private Optional<HistoryEntry> readEntry(GroupNumber number, long revision, String entry) {
        try {
            return Optional.of(json.readLine(entry));
        } catch (DocumentException e) {
            LOG.warn("Ignoring the unreadable history entry {} of group {}: {}", revision, number.value(), e.reason());
            return Optional.empty();
        }
    }

    /** @return false when the number is taken (nothing written) */
    private boolean insertGroup(Connection connection, StoredGroup stored) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + groups
                + " (number, revision, schema_version, document) VALUES (?, ?, ?, ?::jsonb)"
                + " ON CONFLICT (number) DO NOTHING")) {
            bindRow(insert, stored);
            return insert.executeUpdate() == 1;
        }
    }

    /** The locked row of {@code number}, at {@code expectedRevision}, replaced by {@code stored} (maybe renamed). */
    private void replaceGroup(Connection connection, GroupNumber number, long expectedRevision, StoredGroup stored)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + groups
                + " SET number = ?, revision = ?, schema_version = ?, document = ?::jsonb, updated_at = now()"
                + " WHERE number = ? AND revision = ?")) {
            bindRow(update, stored);
            update.setString(5, number.value());
            update.setLong(6, expectedRevision);
            if (update.executeUpdate() != 1) {
                // cannot happen while the row is locked: refuse rather than write over a change we did not see
                throw new IllegalStateException("group " + number.value() + " changed under its row lock");
            }
        }
    }

    /** The group row's values as parameters 1 to 4: number, revision, schema_version, document. */
    private void bindRow(PreparedStatement statement, StoredGroup stored) throws SQLException {
        statement.setString(1, stored.groupNumber().value());
        statement.setLong(2, stored.revision());
        statement.setInt(3, GroupDocument.CURRENT_SCHEMA_VERSION);
        statement.setString(4, document(stored));
    }

    private void insertHistory(Connection connection, GroupNumber number, List<HistoryEntry> entries)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + history
                + " (number, revision, entry) VALUES (?, ?, ?::jsonb)")) {
            for (HistoryEntry entry : entries) {
                insert.setString(1, number.value());
                insert.setLong(2, entry.revision());
                insert.setString(3, json.writeLine(entry));
                if (entries.size() == 1) {
                    insert.executeUpdate();
                } else {
                    insert.addBatch();
                }
            }
            if (entries.size() > 1) {
                insert.executeBatch();
            }
        }
    }

    private void deleteGroup(Connection connection, GroupNumber number) throws SQLException {
        // the history rows go with it (ON DELETE CASCADE)
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + groups + " WHERE number = ?")) {
            delete.setString(1, number.value());
            delete.executeUpdate();
        }
    }

    /** A damaged group and its history copied to {@code damaged_group}, before its row is deleted: never destroyed. */
    private void moveAside(Connection connection, GroupNumber number, String reason) throws SQLException {
        LOG.warn("Moving the damaged group {} aside to {}", number.value(), damaged);
        try (PreparedStatement copy = connection.prepareStatement("INSERT INTO " + damaged
                + " (number, reason, revision, document, history)"
                + " SELECT g.number, ?, g.revision, g.document,"
                + " (SELECT jsonb_agg(h.entry ORDER BY h.revision) FROM " + history + " h WHERE h.number = g.number)"
                + " FROM " + groups + " g WHERE g.number = ?")) {
            copy.setString(1, reason);
            copy.setString(2, number.value());
            copy.executeUpdate();
        }
    }

    private String document(StoredGroup stored) {
        return new String(json.write(stored), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "PostgresGroupStore[" + database + "]";
    }
}
