package be.groupsetup.adapters.persistence.postgres;

import be.groupsetup.application.error.SettingException;
import be.groupsetup.application.port.out.StoreSettings;
import be.groupsetup.persistence.document.JsonDocuments;

import java.util.Locale;

/**
 * Opens the store on Spring Boot's standard {@code spring.datasource.*} settings (no Spring Boot JDBC or Flyway
 * auto-configuration: it would be weighed at every start). The pool connects, and Flyway brings the schema up to
 * date, at the first storage call: a database that is down is then reported by the command like any other storage
 * failure (one line, exit 3), and a malformed URL at start (one line, exit 2).
 */
final class PostgresStorage {

    private PostgresStorage() {
    }

    /**
     * The database of {@code spring.datasource.url}: a URL that is missing or not of the form
     * {@code jdbc:postgresql://HOST:PORT/DATABASE} (another scheme such as {@code jdbc:postgres://}, a port that is
     * not a number, a missing database) is a setting to fix — one line saying what is expected, exit 2 — found
     * before anything connects.
     */
    static PostgresGroupStore open(StoreSettings settings) {
        String url = settings.get("spring.datasource.url").map(String::strip).filter(value -> !value.isEmpty())
                .orElseThrow(() -> new SettingException("storage.database-settings", null, "spring.datasource.url"));
        DatabaseUrl.problem(url).ifPresent(problem -> {
            throw new SettingException("storage.database-url-" + problem.kind().name().toLowerCase(Locale.ROOT), null,
                    DatabaseUrl.withoutPassword(url), problem.detail());
        });
        PostgresSettings postgres;
        try {
            postgres = new PostgresSettings(url, settings.get("spring.datasource.username").orElse(null),
                    settings.get("spring.datasource.password").orElse(null), PostgresSettings.DEFAULT_SCHEMA,
                    settings.lockTimeout());
        } catch (IllegalArgumentException e) {
            throw new SettingException("storage.database-url-form", e, DatabaseUrl.withoutPassword(url), "");
        }
        return new PostgresGroupStore(PostgresDatabase.open(postgres), new JsonDocuments());
    }
}
