package be.groupsetup.adapters.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * Spring MVC for the dashboard, in the dispatcher's own context (a child of the application's, where
 * {@link WebPorts}, {@link Texts} and {@link Sessions} are): the controllers and MVC's defaults, nothing else.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebMvc
class DashboardMvc {

    @Bean
    Pages pages() {
        return new Pages();
    }

    @Bean
    GroupsController groupsController(WebPorts ports, Texts texts, Pages pages) {
        return new GroupsController(ports, texts, pages);
    }

    @Bean
    DashboardController dashboardController(WebPorts ports, Texts texts, Sessions sessions, Pages pages) {
        return new DashboardController(ports, texts, sessions, pages);
    }

    @Bean
    Problems problems(Texts texts, Pages pages) {
        return new Problems(texts, pages);
    }
}
