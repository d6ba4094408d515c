package be.groupsetup.bootstrap;

import be.groupsetup.adapters.persistence.document.ArchiveCodec;
import be.groupsetup.adapters.persistence.document.JsonDocuments;
import be.groupsetup.application.port.out.ClockPort;
import be.groupsetup.application.port.out.CurrentTechnicianPort;
import be.groupsetup.application.service.CsamProcedureService;
import be.groupsetup.application.service.GroupConfigurationService;
import be.groupsetup.application.service.GroupQueryService;
import be.groupsetup.application.service.GroupTransferService;
import be.groupsetup.application.service.WarningAcknowledgementService;
import be.groupsetup.domain.configuration.ConfigurationRules;
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

    @Bean
    CurrentTechnicianPort currentTechnicianPort(GroupsetupSettings settings) {
        String technician = settings.technicianOr(System.getProperty("user.name", "technician"));
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
