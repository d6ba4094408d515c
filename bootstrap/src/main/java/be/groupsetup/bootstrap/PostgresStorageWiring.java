package be.groupsetup.bootstrap;

import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.command.StorageMigrateCommand;
import be.groupsetup.adapters.persistence.document.JsonDocuments;
import be.groupsetup.adapters.persistence.file.DataDirectory;
import be.groupsetup.adapters.persistence.file.FileGroupStore;
import be.groupsetup.adapters.persistence.postgres.PostgresDatabase;
import be.groupsetup.adapters.persistence.postgres.PostgresGroupStore;
import be.groupsetup.adapters.persistence.postgres.PostgresSettings;
import be.groupsetup.application.error.StorageException;
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

/**
 * The shared PostgreSQL storage ({@code groupsetup.storage=postgres}), on Spring Boot's standard
 * {@code spring.datasource.*} settings read here (no Spring Boot JDBC or Flyway auto-configuration: it would be
 * weighed at every start). The pool connects, and Flyway brings the schema up to date, at the first storage call:
 * a database that is down is then reported by the command like any other storage failure (one line, exit 3).
 * Without {@code groupsetup.storage=postgres} this class is never loaded, nor anything of the PostgreSQL store.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "groupsetup.storage", havingValue = "postgres")
@EnableConfigurationProperties(DataSourceSettings.class)
class PostgresStorageWiring {

    @Bean
    PostgresDatabase postgresDatabase(DataSourceSettings datasource, GroupsetupSettings settings) {
        if (datasource.url() == null || datasource.url().isBlank()) {
            throw new StorageException("storage.database-settings", null, "spring.datasource.url");
        }
        PostgresSettings postgres;
        try {
            postgres = new PostgresSettings(datasource.url().strip(), datasource.username(), datasource.password(),
                    PostgresSettings.DEFAULT_SCHEMA, settings.lockTimeout());
        } catch (IllegalArgumentException e) {
            throw new StorageException("storage.database-settings", e, "spring.datasource.url");
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
                                                    JsonDocuments json, GroupsetupSettings settings) {
        FileGroupStore source = new FileGroupStore(DataDirectory.open(settings.dataDir()), json,
                settings.lockTimeout(), Clock.systemUTC());
        return new StorageMigrationService(settings.dataDir().toString(), source, source, database.displayUrl(),
                target);
    }
}
