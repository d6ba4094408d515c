package be.groupsetup.bootstrap;

import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.adapters.persistence.file.DataDirectory;
import be.groupsetup.adapters.persistence.file.FileGroupStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The default storage: JSON files in the data directory ({@code groupsetup.storage=file}, or not set). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "groupsetup.storage", havingValue = "file", matchIfMissing = true)
class FileStorageWiring {

    @Bean
    FileGroupStore fileGroupStore(DataDirectory directory, JsonDocuments json, GroupsetupSettings settings) {
        return new FileGroupStore(directory, json, settings.lockTimeout(), Clock.systemUTC());
    }

    @Bean
    StoragePorts storagePorts(FileGroupStore store) {
        return StoragePorts.of(store);
    }
}
