package be.groupsetup.bootstrap;

import be.groupsetup.adapters.persistence.document.ArchiveCodec;
import be.groupsetup.adapters.persistence.document.JsonDocuments;
import be.groupsetup.adapters.persistence.file.DataDirectory;
import be.groupsetup.adapters.persistence.file.FileGroupStore;
import be.groupsetup.application.port.out.ClockPort;
import be.groupsetup.application.port.out.CurrentTechnicianPort;
import be.groupsetup.application.service.CsamProcedureService;
import be.groupsetup.application.service.GroupConfigurationService;
import be.groupsetup.application.service.GroupQueryService;
import be.groupsetup.application.service.GroupTransferService;
import be.groupsetup.domain.configuration.ConfigurationRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The hexagon assembled: rules, the file store (the default storage), the services on its ports. */
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
    DataDirectory dataDirectory(GroupsetupSettings settings) {
        return DataDirectory.open(settings.dataDir());
    }

    @Bean
    JsonDocuments jsonDocuments() {
        return new JsonDocuments();
    }

    @Bean
    FileGroupStore fileGroupStore(DataDirectory directory, JsonDocuments json, GroupsetupSettings settings) {
        return new FileGroupStore(directory, json, settings.lockTimeout(), Clock.systemUTC());
    }

    @Bean
    GroupConfigurationService groupConfigurationService(ConfigurationRules rules, FileGroupStore store,
                                                        ClockPort clock, CurrentTechnicianPort technician) {
        return new GroupConfigurationService(rules, store, store, store, store, clock, technician);
    }

    @Bean
    CsamProcedureService csamProcedureService(FileGroupStore store, ClockPort clock, CurrentTechnicianPort technician) {
        return new CsamProcedureService(store, clock, technician);
    }

    @Bean
    GroupQueryService groupQueryService(ConfigurationRules rules, FileGroupStore store) {
        return new GroupQueryService(rules, store, store, store);
    }

    @Bean
    GroupTransferService groupTransferService(ConfigurationRules rules, FileGroupStore store, JsonDocuments json,
                                              ClockPort clock, CurrentTechnicianPort technician) {
        return new GroupTransferService(rules, store, new ArchiveCodec(json), clock, technician);
    }
}
