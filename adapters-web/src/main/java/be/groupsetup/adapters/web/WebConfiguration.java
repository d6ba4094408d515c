package be.groupsetup.adapters.web;

import be.groupsetup.application.error.SettingException;
import be.groupsetup.presentation.text.Messages;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Arrays;

/**
 * The dashboard's beans, for a context started as a servlet application by {@code serve}. Needs two beans from the
 * wiring: {@link WebPorts} (the use cases) and {@link Messages} (the texts in the language of the settings).
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

    @Bean
    ServeOptions serveOptions(ApplicationArguments arguments) {
        return ServeOptions.parse(Arrays.asList(arguments.getSourceArgs()));
    }

    /** The address and port of {@code --bind} and {@code --port}; a port in use is said before Tomcat tries it. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> serveAddress(ServeOptions options) {
        return factory -> {
            InetAddress address = loopback(options.bind());
            if (options.port() != 0) {
                checkFree(address, options.port());
            }
            factory.setAddress(address);
            factory.setPort(options.port());
        };
    }

    @Bean
    Sessions sessions() {
        return new Sessions(Clock.systemUTC());
    }

    @Bean
    FilterRegistrationBean<AccessFilter> accessFilter(Sessions sessions) {
        FilterRegistrationBean<AccessFilter> registration = new FilterRegistrationBean<>(new AccessFilter(sessions));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    DashboardController dashboardController(WebPorts ports, Messages messages) {
        return new DashboardController(ports, messages);
    }

    @Bean
    ServeRunner serveRunner(WebServerApplicationContext context, Sessions sessions) {
        return new ServeRunner(context, sessions, System.out);
    }

    private static InetAddress loopback(String bind) {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new SettingException("web.serve.bind", e, bind, ServeOptions.LOOPBACK);
        }
    }

    private static void checkFree(InetAddress address, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(address, port));
        } catch (BindException e) {
            throw new SettingException("web.serve.port-in-use", e, port);
        } catch (IOException e) {
            throw new SettingException("web.serve.port-in-use", e, port);
        }
    }
}
