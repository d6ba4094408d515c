package be.groupsetup.bootstrap;

import be.groupsetup.persistence.document.ArchiveCodec;
import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.adapters.persistence.file.DataDirectory;
import be.groupsetup.application.error.RefusedException;
import be.groupsetup.application.port.out.ClockPort;
import be.groupsetup.application.port.out.CurrentTechnicianPort;
import be.groupsetup.application.service.CsamProcedureService;
import be.groupsetup.application.service.GroupConfigurationService;
import be.groupsetup.application.service.GroupQueryService;
import be.groupsetup.application.service.GroupTransferService;
import be.groupsetup.application.service.WarningAcknowledgementService;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.setup.TechnicianName;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The hexagon assembled: rules, clock, technician, and the services on the storage ports ({@link StoragePorts}) of
 * the store {@code groupsetup.storage} chooses: {@link FileStorageWiring} (the default) or
 * {@link PostgresStorageWiring}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GroupsetupSettings.class)
class ApplicationWiring {

    /** The one clock of the application: the time stamps (ClockPort) and the rules' current year read it. */
    private final Clock clock = Clock.systemUTC();

    @Bean
    ConfigurationRules configurationRules() {
        return ConfigurationRules.standard(clock);
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
     * (SPEC §1.2): it is stored with every change and printed by the history.
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

    @Bean
    JsonDocuments jsonDocuments() {
        return new JsonDocuments();
    }

    @Bean
    GroupConfigurationService groupConfigurationService(ConfigurationRules rules, StoragePorts storage, ClockPort clock,
                                                        CurrentTechnicianPort technician) {
        return new GroupConfigurationService(rules, storage.create(), storage.update(), storage.rename(),
                storage.delete(), clock, technician);
    }

    @Bean
    CsamProcedureService csamProcedureService(StoragePorts storage, ClockPort clock, CurrentTechnicianPort technician) {
        return new CsamProcedureService(storage.update(), clock, technician);
    }

    @Bean
    WarningAcknowledgementService warningAcknowledgementService(ConfigurationRules rules, StoragePorts storage,
                                                                ClockPort clock, CurrentTechnicianPort technician) {
        return new WarningAcknowledgementService(rules, storage.update(), clock, technician);
    }

    @Bean
    GroupQueryService groupQueryService(ConfigurationRules rules, StoragePorts storage) {
        return new GroupQueryService(rules, storage.load(), storage.list(), storage.history());
    }

    @Bean
    GroupTransferService groupTransferService(ConfigurationRules rules, StoragePorts storage, JsonDocuments json,
                                              ClockPort clock, CurrentTechnicianPort technician) {
        return new GroupTransferService(rules, storage.transfer(), new ArchiveCodec(json), clock, technician);
    }
}
