package be.groupsetup.bootstrap;

import be.groupsetup.persistence.document.ArchiveCodec;
import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.persistence.directory.DataDirectory;
import be.groupsetup.application.error.RefusedException;
import be.groupsetup.application.port.out.ClockPort;
import be.groupsetup.application.port.out.CurrentTechnicianPort;
import be.groupsetup.application.port.out.Storage;
import be.groupsetup.application.port.out.StoreSettings;
import be.groupsetup.application.service.CsamProcedureService;
import be.groupsetup.application.service.GroupConfigurationService;
import be.groupsetup.application.service.GroupHistoryService;
import be.groupsetup.application.service.GroupLetterService;
import be.groupsetup.application.service.GroupSheetService;
import be.groupsetup.application.service.GroupStatusService;
import be.groupsetup.application.service.ListGroupsService;
import be.groupsetup.application.service.ShowGroupService;
import be.groupsetup.application.service.StorageMigrationService;
import be.groupsetup.application.service.GroupTransferService;
import be.groupsetup.application.service.WarningAcknowledgementService;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.setup.TechnicianName;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The hexagon assembled: rules, clock, technician, the store {@code groupsetup.storage} chooses among those on the
 * class path ({@link StoreRegistry}), and the use cases on its ports ({@link UseCases}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GroupsetupSettings.class)
class ApplicationWiring {

    /** The one clock of the application: the time stamps (ClockPort) and the rules' current year read it. */
    private final Clock clock = Clock.systemUTC();

    @Bean
    ConfigurationRules configurationRules() {
        // the build of the rules' code names their fingerprint too, read once when first asked for (a list)
        return ConfigurationRules.standard(clock, RulesBuild::identity);
    }

    @Bean
    ClockPort clockPort() {
        return clock::instant;
    }

    /**
     * The settings read and checked when the application starts, not when a command first needs them: the data
     * directory (created, or refused when others can write to it) and the technician's name. A mistake in either is
     * then one line and exit 2 before any command runs, whatever the command.
     */
    @Bean
    static LazyInitializationExcludeFilter checkedAtStart() {
        return LazyInitializationExcludeFilter.forBeanTypes(DataDirectory.class, CurrentTechnicianPort.class);
    }

    /**
     * The data directory, for every storage: the file store keeps its groups there, and every storage the shell's
     * own history ({@link ShellFiles}). Opened once: created 0700, or checked (never changed), a symbolic link to it
     * resolved.
     */
    @Bean
    DataDirectory dataDirectory(GroupsetupSettings settings) {
        return DataDirectory.open(settings.dataDir());
    }

    /**
     * The technician from the settings ({@code groupsetup.technician}, else the OS user name), refused at start when
     * it is blank, longer than {@value TechnicianName#MAX_LENGTH} characters or holds a character that can act
     * (docs/rules.md §1.4): it is stored with every change and printed by the history.
     */
    @Bean
    CurrentTechnicianPort currentTechnicianPort(GroupsetupSettings settings) {
        Parsed<String> name = TechnicianName.parse(settings.technicianOr(System.getProperty("user.name", "technician")));
        if (!name.isAccepted()) {
            throw new RefusedException(name.findings());
        }
        String technician = name.value();
        return () -> technician;
    }

    /** The stores on the class path ({@link StoreRegistry}); one is opened, by the name {@code groupsetup.storage} gives. */
    @Bean
    StoreRegistry storeRegistry() {
        return StoreRegistry.onClassPath();
    }

    /**
     * The store {@code groupsetup.storage} chooses (the default when not set); a name no store has is a setting to
     * fix (one line listing the known names, exit 2), and so is a setting the chosen store cannot use.
     */
    @Bean
    Storage storage(StoreRegistry stores, GroupsetupSettings settings, Environment environment) {
        return stores.open(settings.storage(), storeSettings(environment, settings));
    }

    private static StoreSettings storeSettings(Environment environment, GroupsetupSettings settings) {
        return new StoreSettings() {
            @Override
            public Optional<String> get(String name) {
                return Optional.ofNullable(environment.getProperty(name));
            }

            @Override
            public Duration lockTimeout() {
                return settings.lockTimeout();
            }
        };
    }

    /** The use cases on the chosen store, by name. */
    @Bean
    UseCases useCases(ConfigurationRules rules, Storage storage, ClockPort clock, CurrentTechnicianPort technician) {
        GroupConfigurationService configure = new GroupConfigurationService(rules, storage, clock, technician);
        CsamProcedureService csam = new CsamProcedureService(storage, clock, technician);
        GroupTransferService transfer = new GroupTransferService(rules, storage, new ArchiveCodec(new JsonDocuments()),
                clock, technician);
        return new UseCases(configure, configure, configure, configure, configure,
                new ShowGroupService(rules, storage), new GroupStatusService(rules, storage),
                new GroupHistoryService(storage), new GroupSheetService(rules, storage, clock, technician),
                new GroupLetterService(rules, storage, clock, technician),
                new ListGroupsService(rules, storage, storage), csam, csam, csam,
                new WarningAcknowledgementService(rules, storage, clock, technician), transfer, transfer);
    }

    /**
     * {@code storage migrate}'s use case: every group of the store {@code groupsetup.storage.migrate-from} names
     * (opened through the registry, only read) into the chosen one. Made when the command runs.
     */
    @Bean
    @Lazy
    @Conditional(MigrationSourceConfigured.class)
    StorageMigrationService storageMigrationService(StoreRegistry stores, Storage target, Environment environment,
                                                    GroupsetupSettings settings) {
        Storage source = stores.open(environment.getProperty(MigrationSourceConfigured.SOURCE),
                storeSettings(environment, settings));
        return new StorageMigrationService(source.location(), source, source, target.location(), target);
    }

    /**
     * Whether {@code storage migrate} exists: when {@code groupsetup.storage.migrate-from} names a store other than
     * the chosen one.
     */
    static final class MigrationSourceConfigured implements Condition {

        static final String SOURCE = "groupsetup.storage.migrate-from";

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return configured(context.getEnvironment());
        }

        /** The condition, for these settings (also asked before the wiring is chosen: {@link AheadOfTime}). */
        static boolean configured(Environment environment) {
            String source = environment.getProperty(SOURCE);
            if (source == null || source.isBlank()) {
                return false;
            }
            StoreRegistry stores = StoreRegistry.onClassPath();
            Optional<String> from = stores.named(source);
            Optional<String> to = stores.named(environment.getProperty("groupsetup.storage"));
            return from.isPresent() && !from.equals(to);
        }
    }
}
