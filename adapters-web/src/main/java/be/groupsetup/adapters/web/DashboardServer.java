package be.groupsetup.adapters.web;

import be.groupsetup.application.error.SettingException;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The server {@code serve} starts: an embedded Tomcat with one context, the {@link AccessFilter} before everything,
 * and Spring MVC's {@link DispatcherServlet} on {@link DashboardMvc}, whose context is a child of the application's
 * (the use cases and texts come from there). Built by hand rather than by Spring Boot's web auto-configuration, which
 * would be listed and evaluated at every one-shot start (ADR 6).
 * <p>
 * Tomcat's working folder is a fresh owner-only temporary folder, removed when the server stops; no servlet session is
 * ever made (the sessions are {@link Sessions}'), and Tomcat's own error pages say nothing of the server.
 */
public final class DashboardServer implements AutoCloseable {

    /**
     * Tomcat reports through {@code java.util.logging}: its start-up notes and its own account of a port it could not
     * bind would repeat, longer, what {@code serve} says in one line. Held so that the level stays set.
     */
    private static final java.util.logging.Logger TOMCAT = java.util.logging.Logger.getLogger("org.apache");

    static {
        TOMCAT.setLevel(java.util.logging.Level.OFF);
    }

    private final ServeOptions options;
    private final AccessFilter accessFilter;
    private final ApplicationContext parent;
    private Tomcat tomcat;
    private Path baseDirectory;
    /** The working folder of the last start, still named once removed (for the tests that check it is gone). */
    private Path lastBaseDirectory;

    public DashboardServer(ServeOptions options, AccessFilter accessFilter, ApplicationContext parent) {
        this.options = options;
        this.accessFilter = accessFilter;
        this.parent = parent;
    }

    /**
     * Starts listening.
     *
     * @return the port listened on (the one the system chose when {@code --port} was not given)
     * @throws SettingException when the port is in use or the address is not one of this machine (exit 2)
     */
    public synchronized int start() {
        try {
            baseDirectory = Files.createTempDirectory("groupsetup-serve-");
            lastBaseDirectory = baseDirectory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the server's working folder", e);
        }
        tomcat = new Tomcat();
        tomcat.setBaseDir(baseDirectory.toString());
        tomcat.setSilent(true);
        Connector connector = connector();
        tomcat.getService().addConnector(connector);
        tomcat.setConnector(connector);
        tomcat.getHost().setAutoDeploy(false);
        ErrorReportValve errors = new ErrorReportValve();
        errors.setShowReport(false);
        errors.setShowServerInfo(false);
        tomcat.getHost().getPipeline().addValve(errors);

        Context context = tomcat.addContext("", baseDirectory.toString());
        context.setSessionCookieName("groupsetup-unused");
        context.setCookies(false);
        // browsers send a form's text as UTF-8 without saying so: read before the access filter reads any parameter
        context.setRequestCharacterEncoding("UTF-8");
        context.setResponseCharacterEncoding("UTF-8");
        // no @Resource or other container annotations to process: the servlet and the filter are made here
        context.setIgnoreAnnotations(true);
        if (context instanceof org.apache.catalina.core.StandardContext standard) {
            // one application per process, never redeployed: nothing for the leak detection to clear
            standard.setClearReferencesRmiTargets(false);
            standard.setClearReferencesThreadLocals(false);
        }
        FilterDef filter = new FilterDef();
        filter.setFilterName("access");
        filter.setFilter(accessFilter);
        context.addFilterDef(filter);
        FilterMap everything = new FilterMap();
        everything.setFilterName("access");
        everything.addURLPattern("/*");
        context.addFilterMap(everything);

        AnnotationConfigWebApplicationContext mvc = new AnnotationConfigWebApplicationContext();
        mvc.setParent(parent);
        mvc.register(DashboardMvc.class);
        DispatcherServlet dispatcher = new DispatcherServlet(mvc);
        Wrapper servlet = Tomcat.addServlet(context, "dashboard", dispatcher);
        servlet.setLoadOnStartup(1);
        context.addServletMappingDecoded("/", "dashboard");

        try {
            tomcat.start();
        } catch (LifecycleException e) {
            close();
            throw new IllegalStateException("the dashboard's server could not start", e);
        }
        if (connector.getState() != LifecycleState.STARTED) {
            close();
            if (options.port() == 0) {
                throw new IllegalStateException("the dashboard's server could not listen on a free port");
            }
            throw new SettingException("web.serve.port-in-use", null, options.port());
        }
        return connector.getLocalPort();
    }

    private Connector connector() {
        Connector connector = new Connector("HTTP/1.1");
        connector.setPort(options.port());
        connector.setProperty("address", address(options.bind()).getHostAddress());
        connector.setProperty("server", "groupsetup");
        connector.setXpoweredBy(false);
        options.tls().ifPresent(tls -> {
            connector.setSecure(true);
            connector.setScheme("https");
            connector.setProperty("SSLEnabled", "true");
            SSLHostConfig host = new SSLHostConfig();
            SSLHostConfigCertificate certificate = new SSLHostConfigCertificate(host,
                    SSLHostConfigCertificate.Type.UNDEFINED);
            certificate.setCertificateKeystoreFile(tls.keyStore().toAbsolutePath().toString());
            certificate.setCertificateKeystorePassword(tls.password());
            certificate.setCertificateKeystoreType("PKCS12");
            host.addCertificate(certificate);
            connector.addSslHostConfig(host);
        });
        return connector;
    }

    synchronized Path workingFolder() {
        return lastBaseDirectory;
    }

    static InetAddress address(String bind) {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new SettingException("web.serve.bind-unknown", e, bind);
        }
    }

    @Override
    public synchronized void close() {
        Tomcat running = tomcat;
        // first: stopping closes the dispatcher's context, whose closing event comes back here
        tomcat = null;
        if (running != null) {
            try {
                running.stop();
                running.destroy();
            } catch (LifecycleException e) {
                // the process is ending: nothing is left to stop
            }
        }
        if (baseDirectory != null) {
            // Tomcat names its folder in system properties, where a later step of its stopping could create it again
            for (String property : new String[] {"catalina.base", "catalina.home"}) {
                if (baseDirectory.toString().equals(System.getProperty(property))) {
                    System.clearProperty(property);
                }
            }
            try (Stream<Path> paths = Files.walk(baseDirectory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind holds no personal data: Tomcat's work files only
            }
            baseDirectory = null;
        }
    }
}
