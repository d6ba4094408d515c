package be.groupsetup.bootstrap;

import be.groupsetup.adapters.persistence.file.FileGroupStore;
import be.groupsetup.application.port.out.Storage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code groupsetup.storage} the registry opens the store that says it is the default, the file store, and
 * nothing of another store is defined; {@code storage migrate} does not exist (its source would be the store itself).
 */
@SpringBootTest(properties = {"groupsetup.shell.autorun=false"})
@DirtiesContext
class FileStorageWiringTest {

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("groupsetup.data-dir", () -> folder.resolve("data").toString());
    }

    @Autowired
    private ConfigurableApplicationContext context;

    @Test
    void givenNoStorageSetting_whenTheApplicationStarts_thenTheFileStoreServesThePortsAndNoPostgresBeanIsDefined() {
        assertThat(context.getBean(Storage.class)).isInstanceOf(FileGroupStore.class);
        assertThat(context.getBean(Storage.class).describe()).isEqualTo("file, " + folder.resolve("data"));
        assertThat(Arrays.stream(context.getBeanDefinitionNames())
                .map(name -> name + " " + context.getBeanFactory().getBeanDefinition(name).getBeanClassName())
                .filter(description -> description.toLowerCase(Locale.ROOT).contains("postgres")))
                .isEmpty();
        assertThat(context.containsBean("storageMigrate")).as("storage migrate from the file store into itself")
                .isFalse();
    }
}
