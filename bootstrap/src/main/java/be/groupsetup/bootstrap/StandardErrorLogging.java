package be.groupsetup.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;

/**
 * Logging, set up in code (found by Logback through {@code META-INF/services}) rather than from an XML file,
 * which costs an XML parser at every start: every line goes to standard error, so that standard output carries
 * only results; warnings and errors only, each on one line and without a stack trace (docs/rules.md §5.3: no stack
 * trace for any user mistake). The libraries that talk to the database — the connection pool (HikariCP), the PostgreSQL
 * driver, Flyway — say nothing: when the database fails, the command says so in one line (what failed, whether anything
 * was stored, what to check), and their own reports would be a second, longer version of it (a dropped connection made
 * the pool print a 47-line stack trace). Libraries that log through {@code java.util.logging} (the PostgreSQL driver,
 * JLine) are brought here too, so that they follow the same rules.
 * <p>
 * {@code LOGGING_LEVEL_BE_GROUPSETUP=debug} (or the system property {@code logging.level.be.groupsetup}) shows
 * groupsetup's own details when a defect must be understood: then, and only then, stack traces are shown and the
 * database libraries report their warnings. Spring Boot's logging system is switched off in
 * {@link GroupsetupApplication} so that it leaves this as it is.
 */
public class StandardErrorLogging extends ContextAwareBase implements Configurator {

    /** The libraries whose reports duplicate the command's own one-line message about the database. */
    static final List<String> DATABASE_LIBRARIES = List.of("com.zaxxer.hikari", "org.postgresql", "org.flywaydb");
    /** Held so that the levels set on them stay set ({@code java.util.logging} keeps its loggers weakly). */
    private static final java.util.logging.Logger JUL_ROOT = java.util.logging.Logger.getLogger("");
    private static final java.util.logging.Logger JUL_JLINE = java.util.logging.Logger.getLogger("org.jline");

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        String ours = System.getProperty("logging.level.be.groupsetup", System.getenv("LOGGING_LEVEL_BE_GROUPSETUP"));
        Level ourLevel = ours == null ? null : Level.toLevel(ours.strip(), Level.WARN);
        boolean details = ourLevel != null && ourLevel.toInt() <= Level.DEBUG.toInt();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        // one line per event: a message's own line breaks become blanks, and no stack trace unless details are asked
        encoder.setPattern("%level %logger{20}: %replace(%msg){'[\\r\\n]+', ' '}%n" + (details ? "%ex" : "%nopex"));
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
        for (String library : DATABASE_LIBRARIES) {
            context.getLogger(library).setLevel(details ? Level.WARN : Level.OFF);
        }
        // a failed start is said in one line by GroupsetupApplication: Spring's own reports carry a stack trace
        // (the context of the wiring built ahead of time is a GenericApplicationContext: AheadOfTime)
        for (String reporter : new String[]{"org.springframework.boot.SpringApplication",
                "org.springframework.context.annotation.AnnotationConfigApplicationContext",
                "org.springframework.context.support.GenericApplicationContext",
                "org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter"}) {
            context.getLogger(reporter).setLevel(Level.OFF);
        }
        if (ourLevel != null) {
            context.getLogger("be.groupsetup").setLevel(ourLevel);
        }
        bridgeJavaUtilLogging();
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * {@code java.util.logging} prints to standard error by itself, in two lines per record with a stack trace: its
     * console handler is removed and its warnings are passed on to the loggers above, message only.
     */
    private static void bridgeJavaUtilLogging() {
        LogManager.getLogManager().reset();
        JUL_ROOT.setLevel(java.util.logging.Level.WARNING);
        JUL_JLINE.setLevel(java.util.logging.Level.SEVERE);
        JUL_ROOT.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record == null || !isLoggable(record)) {
                    return;
                }
                String name = record.getLoggerName() == null ? "java.util.logging" : record.getLoggerName();
                org.slf4j.Logger logger = LoggerFactory.getLogger(name);
                String message = record.getMessage();
                if (message != null && record.getParameters() != null && record.getParameters().length > 0) {
                    try {
                        message = java.text.MessageFormat.format(message, record.getParameters());
                    } catch (IllegalArgumentException e) {
                        // the pattern as it is
                    }
                }
                if (record.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                    logger.error(message);
                } else {
                    logger.warn(message);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }
}
