package be.groupsetup.bootstrap;

import be.groupsetup.adapters.web.WebConfiguration;
import be.groupsetup.adapters.web.WebPorts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The dashboard of {@code serve} on the use cases. {@link #SERVE} is set by {@link GroupsetupApplication} for
 * {@code serve} only: in any other start not even these definitions are registered, and no web class is loaded.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = WebWiring.SERVE, havingValue = "true")
@Import(WebConfiguration.class)
class WebWiring {

    static final String SERVE = "groupsetup.serve";

    @Bean
    WebPorts webPorts(UseCases useCases) {
        return new WebPorts(useCases.groups(), useCases.show(), useCases.sheet(), useCases.history(),
                useCases.status(), useCases.create(), useCases.setFields(), useCases.clearFields(),
                useCases.acknowledge(), useCases.recordCsamStep(), useCases.undoCsamStep());
    }
}
