package be.groupsetup.bootstrap;

import be.groupsetup.adapters.persistence.document.ArchiveCodec;
import be.groupsetup.adapters.persistence.document.JsonDocuments;
import be.groupsetup.application.port.out.ClockPort;
import be.groupsetup.application.port.out.CreateGroupPort;
import be.groupsetup.application.port.out.CurrentTechnicianPort;
import be.groupsetup.application.port.out.DeleteGroupPort;
import be.groupsetup.application.port.out.GroupHistoryPort;
import be.groupsetup.application.port.out.ListGroupsPort;
import be.groupsetup.application.port.out.LoadGroupPort;
import be.groupsetup.application.port.out.RenameGroupPort;
import be.groupsetup.application.port.out.TransferGroupPort;
import be.groupsetup.application.port.out.UpdateGroupPort;
import be.groupsetup.application.service.CsamProcedureService;
import be.groupsetup.application.service.GroupConfigurationService;
import be.groupsetup.application.service.GroupQueryService;
import be.groupsetup.application.service.GroupTransferService;
import be.groupsetup.domain.configuration.ConfigurationRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The hexagon assembled: rules, clock, technician, and the services on the storage ports. The store behind the
 * ports is the one {@code groupsetup.storage} chooses: {@link FileStorageWiring} (the default) or
 * {@link PostgresStorageWiring}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GroupsetupSettings.class)
class ApplicationWiring {

    @Bean
    ConfigurationRules configurationRules() {
        return ConfigurationRules.standard();
    }

    @Bean
    ClockPort clockPort() {
        Clock clock = Clock.systemUTC();
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
    GroupConfigurationService groupConfigurationService(ConfigurationRules rules, CreateGroupPort create,
                                                        UpdateGroupPort update, RenameGroupPort rename,
                                                        DeleteGroupPort delete, ClockPort clock,
                                                        CurrentTechnicianPort technician) {
        return new GroupConfigurationService(rules, create, update, rename, delete, clock, technician);
    }

    @Bean
    CsamProcedureService csamProcedureService(UpdateGroupPort update, ClockPort clock, CurrentTechnicianPort technician) {
        return new CsamProcedureService(update, clock, technician);
    }

    @Bean
    GroupQueryService groupQueryService(ConfigurationRules rules, LoadGroupPort load, ListGroupsPort list,
                                        GroupHistoryPort history) {
        return new GroupQueryService(rules, load, list, history);
    }

    @Bean
    GroupTransferService groupTransferService(ConfigurationRules rules, TransferGroupPort transfer, JsonDocuments json,
                                              ClockPort clock, CurrentTechnicianPort technician) {
        return new GroupTransferService(rules, transfer, new ArchiveCodec(json), clock, technician);
    }
}
