package be.groupsetup.adapters.web;

import be.groupsetup.presentation.text.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Arrays;

/**
 * The dashboard's beans, for the context of {@code serve}. Needs two beans from the wiring: {@link WebPorts} (the use
 * cases) and {@link Messages} (the texts in the language of the settings). The server itself is built by
 * {@link DashboardServer} when {@link ServeRunner} runs.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

    @Bean
    ServeOptions serveOptions(ApplicationArguments arguments,
                              @Value("${groupsetup.serve.tls.key-store:}") String keyStore,
                              @Value("${groupsetup.serve.tls.key-store-password:#{null}}") String password) {
        return ServeOptions.parse(Arrays.asList(arguments.getSourceArgs()), ServeOptions.tls(keyStore, password));
    }

    @Bean
    Sessions sessions() {
        return new Sessions(Clock.systemUTC());
    }

    @Bean
    Texts texts(Messages messages) {
        return new Texts(messages);
    }

    @Bean
    ServeRunner serveRunner(ServeOptions options, Sessions sessions, ApplicationContext context) {
        return new ServeRunner(options, sessions, new DashboardServer(options, new AccessFilter(sessions, options),
                context), System.out);
    }
}
