package be.groupsetup.bootstrap;

import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.command.StorageMigrateCommand;
import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.adapters.persistence.file.DataDirectory;
import be.groupsetup.adapters.persistence.file.FileGroupStore;
import be.groupsetup.adapters.persistence.postgres.DatabaseUrl;
import be.groupsetup.adapters.persistence.postgres.PostgresDatabase;
import be.groupsetup.adapters.persistence.postgres.PostgresGroupStore;
import be.groupsetup.adapters.persistence.postgres.PostgresSettings;
import be.groupsetup.application.port.in.MigrateStorageUseCase;
import be.groupsetup.application.service.StorageMigrationService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.core.command.Command;

import java.time.Clock;
import java.util.Locale;

/**
 * The shared PostgreSQL storage ({@code groupsetup.storage=postgres}), on Spring Boot's standard
 * {@code spring.datasource.*} settings read here (no Spring Boot JDBC or Flyway auto-configuration: it would be
 * weighed at every start). The pool connects, and Flyway brings the schema up to date, at the first storage call:
 * a database that is down is then reported by the command like any other storage failure (one line, exit 3), and
 * a malformed URL at start (one line, exit 2).
 * Without {@code groupsetup.storage=postgres} this class is never loaded, nor anything of the PostgreSQL store.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "groupsetup.storage", havingValue = "postgres")
@EnableConfigurationProperties(DataSourceSettings.class)
class PostgresStorageWiring {

    /**
     * The database of {@code spring.datasource.url}: a URL that is missing or not of the form
     * {@code jdbc:postgresql://HOST:PORT/DATABASE} (another scheme such as {@code jdbc:postgres://}, a port that is
     * not a number, a missing database) is a setting to fix — one line saying what is expected, exit 2 — found
     * before anything connects.
     */
    @Bean
    PostgresDatabase postgresDatabase(DataSourceSettings datasource, GroupsetupSettings settings) {
        if (datasource.url() == null || datasource.url().isBlank()) {
            throw new SettingException("storage.database-settings", null, "spring.datasource.url");
        }
        String url = datasource.url().strip();
        DatabaseUrl.problem(url).ifPresent(problem -> {
            throw new SettingException("storage.database-url-" + problem.kind().name().toLowerCase(Locale.ROOT), null,
                    DatabaseUrl.withoutPassword(url), problem.detail());
        });
        PostgresSettings postgres;
        try {
            postgres = new PostgresSettings(url, datasource.username(), datasource.password(),
                    PostgresSettings.DEFAULT_SCHEMA, settings.lockTimeout());
        } catch (IllegalArgumentException e) {
            throw new SettingException("storage.database-url-form", e, DatabaseUrl.withoutPassword(url), "");
        }
        return PostgresDatabase.open(postgres);
    }

    @Bean
    PostgresGroupStore postgresGroupStore(PostgresDatabase database, JsonDocuments json) {
        return new PostgresGroupStore(database, json);
    }

    @Bean
    StoragePorts storagePorts(PostgresGroupStore store) {
        return StoragePorts.of(store);
    }

    /** {@code storage migrate}, a command of the PostgreSQL storage only; its use case is made when it runs. */
    @Bean
    Command storageMigrate(ShellSupport shell, ObjectProvider<MigrateStorageUseCase> migration) {
        return new StorageMigrateCommand(shell, migration::getObject);
    }

    /** The use case of {@code storage migrate}: the file storage of {@code groupsetup.data-dir} is the source, only read. */
    @Bean
    @Lazy
    StorageMigrationService storageMigrationService(PostgresDatabase database, PostgresGroupStore target,
                                                    JsonDocuments json, DataDirectory directory,
                                                    GroupsetupSettings settings) {
        FileGroupStore source = new FileGroupStore(directory, json, settings.lockTimeout(), Clock.systemUTC());
        return new StorageMigrationService(directory.root().toString(), source, source, database.displayUrl(),
                target);
    }
}
