package be.groupsetup.bootstrap;

import be.groupsetup.adapters.persistence.file.FileGroupStore;
import be.groupsetup.application.port.out.LoadGroupPort;
import be.groupsetup.application.port.out.TransferGroupPort;
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

/** Without {@code groupsetup.storage} (or with {@code file}) the file store serves every port, as before. */
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
        assertThat(context.getBean(LoadGroupPort.class)).isInstanceOf(FileGroupStore.class);
        assertThat(context.getBean(TransferGroupPort.class)).isInstanceOf(FileGroupStore.class);
        assertThat(Arrays.stream(context.getBeanDefinitionNames())
                .map(name -> name + " " + context.getBeanFactory().getBeanDefinition(name).getBeanClassName())
                .filter(description -> description.toLowerCase(Locale.ROOT).contains("postgres")))
                .isEmpty();
        assertThat(context.containsBean("storageMigrate")).as("storage migrate, a command of the PostgreSQL storage")
                .isFalse();
    }
}
