-- The PostgreSQL store of groupsetup (see docs/adr/0004-postgresql-storage.md). Flyway runs this once per
-- database, in the schema the store is given (groupsetup by default), on the store's first use.

-- One row per group: the same JSON document as the file store's <number>.json, as jsonb. The revision and the
-- schema version are also columns, so that a reader can see them without parsing the document; the store checks
-- that the two agree.
CREATE TABLE stored_group (
    number          char(11)    PRIMARY KEY CHECK (number ~ '^[0-9]{11}$'),
    revision        bigint      NOT NULL CHECK (revision >= 1),
    schema_version  integer     NOT NULL,
    document        jsonb       NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now()
);

-- The history: one row per accepted change, the entry in the file store's history-line format. Rows are only
-- ever added (and removed with their group: personal data). A rename carries them to the new number through
-- the foreign key; the trigger below refuses any other change to a row.
CREATE TABLE group_history (
    number       char(11)    NOT NULL REFERENCES stored_group (number) ON UPDATE CASCADE ON DELETE CASCADE,
    revision     bigint      NOT NULL CHECK (revision >= 1),
    entry        jsonb       NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (number, revision)
);

CREATE FUNCTION group_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.revision <> OLD.revision OR NEW.entry IS DISTINCT FROM OLD.entry
            OR NEW.recorded_at IS DISTINCT FROM OLD.recorded_at THEN
        RAISE EXCEPTION 'group_history is append-only: an entry is never changed'
            USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER group_history_append_only BEFORE UPDATE ON group_history
    FOR EACH ROW EXECUTE FUNCTION group_history_append_only();

-- Groups whose document could not be read, moved aside by a delete or an import over them: never destroyed by
-- groupsetup, for a person to inspect, repair or delete.
CREATE TABLE damaged_group (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number     char(11)    NOT NULL,
    moved_at   timestamptz NOT NULL DEFAULT now(),
    reason     text        NOT NULL,
    revision   bigint,
    document   jsonb,
    history    jsonb
);
