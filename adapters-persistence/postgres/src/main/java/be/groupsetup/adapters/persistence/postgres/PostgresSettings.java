package be.groupsetup.adapters.persistence.postgres;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach the database: Spring Boot's {@code spring.datasource.url}, {@code username} and {@code password},
 * the schema the store's tables live in, and how long a change waits for a row another technician holds.
 *
 * @param url         a {@code jdbc:postgresql://…} URL
 * @param username    may be null when the URL or the driver's own files give it
 * @param password    may be null; never shown anywhere (see {@link #displayUrl()})
 * @param schema      a plain lower-case SQL name; created by the first migration when missing
 * @param lockTimeout how long a change waits for a group's row lock before giving up ({@code storage.locked})
 */
public record PostgresSettings(String url, String username, String password, String schema, Duration lockTimeout) {

    public static final String DEFAULT_SCHEMA = "groupsetup";
    private static final Pattern SQL_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public PostgresSettings {
        Objects.requireNonNull(url, "url");
        if (DatabaseUrl.problem(url).isPresent()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (" + DatabaseUrl.EXPECTED + "): "
                    + DatabaseUrl.withoutPassword(url) + " (" + DatabaseUrl.problem(url).get() + ")");
        }
        schema = schema == null || schema.isBlank() ? DEFAULT_SCHEMA : schema.strip();
        if (!SQL_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("the schema must be a plain lower-case SQL name: " + schema);
        }
        lockTimeout = lockTimeout == null ? Duration.ofSeconds(10) : lockTimeout;
    }

    /** The URL as it may be shown in messages and logs: without any password. */
    public String displayUrl() {
        return DatabaseUrl.withoutPassword(url);
    }

    @Override
    public String toString() {
        return "PostgresSettings[" + displayUrl() + ", user " + username + ", schema " + schema + "]";
    }
}
