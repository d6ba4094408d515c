package be.groupsetup.bootstrap;

import be.groupsetup.adapters.web.WebConfiguration;
import be.groupsetup.adapters.web.WebPorts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The dashboard of {@code serve} on the use cases; in a one-shot start (no web application) not even defined. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(WebConfiguration.class)
class WebWiring {

    @Bean
    WebPorts webPorts(UseCases useCases) {
        return new WebPorts(useCases.groups(), useCases.show(), useCases.sheet(), useCases.history());
    }
}
