package be.groupsetup.bootstrap;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.config.UserConfigPathProvider;
import org.springframework.shell.jline.PromptProvider;

import java.nio.file.Path;

/** The shell's look and where it keeps its own files (its command history lives in the data directory). */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

    @Bean
    PromptProvider groupsetupPrompt() {
        return () -> new AttributedString("groupsetup:>", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }

    @Bean
    UserConfigPathProvider dataDirectoryForShellFiles(@Value("${groupsetup.data-dir}") String dataDirectory) {
        return () -> Path.of(dataDirectory);
    }
}
