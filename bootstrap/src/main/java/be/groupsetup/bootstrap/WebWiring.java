package be.groupsetup.bootstrap;

import be.groupsetup.adapters.web.WebConfiguration;
import be.groupsetup.adapters.web.WebPorts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The dashboard of {@code serve} on the use cases; in a one-shot start (no web application) not even defined. A web
 * application alone is not enough: a {@code @SpringBootTest} of the shell runs in a mock servlet environment (the
 * servlet API is on the class path), and must not get a server's beans; {@link #SERVE} is set by
 * {@link GroupsetupApplication} for {@code serve} only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = WebWiring.SERVE, havingValue = "true")
@Import(WebConfiguration.class)
class WebWiring {

    static final String SERVE = "groupsetup.serve";

    @Bean
    WebPorts webPorts(UseCases useCases) {
        return new WebPorts(useCases.groups(), useCases.show(), useCases.sheet(), useCases.history());
    }
}
