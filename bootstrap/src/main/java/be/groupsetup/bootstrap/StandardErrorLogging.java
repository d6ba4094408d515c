package be.groupsetup.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logging, set up in code (found by Logback through {@code META-INF/services}) rather than from an XML file,
 * which costs an XML parser at every start: every line goes to standard error, so that standard output carries
 * only results; warnings and errors only. {@code LOGGING_LEVEL_BE_GROUPSETUP=debug} (or the system property
 * {@code logging.level.be.groupsetup}) shows groupsetup's own details when a defect must be understood. Spring
 * Boot's logging system is switched off in {@link GroupsetupApplication} so that it leaves this as it is.
 */
public class StandardErrorLogging extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{20}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("stderr");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("org.jline").setLevel(Level.ERROR);
        // a failed start is said in one line by GroupsetupApplication: Spring's own reports carry a stack trace
        for (String reporter : new String[]{"org.springframework.boot.SpringApplication",
                "org.springframework.context.annotation.AnnotationConfigApplicationContext",
                "org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter"}) {
            context.getLogger(reporter).setLevel(Level.OFF);
        }
        String ours = System.getProperty("logging.level.be.groupsetup", System.getenv("LOGGING_LEVEL_BE_GROUPSETUP"));
        if (ours != null) {
            context.getLogger("be.groupsetup").setLevel(Level.toLevel(ours, Level.WARN));
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
