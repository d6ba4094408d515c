package be.groupsetup.bootstrap;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.output.Messages;
import be.groupsetup.application.error.ApplicationException;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * groupsetup: no arguments opens the interactive shell; arguments run one command; {@code @FILE} runs the
 * commands of a file. The process exits with the status of SPEC §5.
 */
@SpringBootApplication
public class GroupsetupApplication {

    /** JLine reports through java.util.logging; held here so that the level set below stays set. */
    private static final java.util.logging.Logger JLINE = java.util.logging.Logger.getLogger("org.jline");

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs groupsetup and returns its exit status (tests call this instead of {@link #main}). */
    public static int run(String[] args) {
        // logging is set up by StandardErrorLogging; Spring Boot's logging system would redo it, slowly
        if (System.getProperty(LoggingSystem.SYSTEM_PROPERTY) == null) {
            System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        }
        // a one-shot run without a terminal gets a dumb one, as it should: JLine need not say so
        JLINE.setLevel(java.util.logging.Level.SEVERE);
        SpringApplication application = new SpringApplication(GroupsetupApplication.class);
        // a command's own --options belong to the command, never to Spring's settings
        application.setAddCommandLineProperties(false);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setRegisterShutdownHook(false);
        ConfigurableApplicationContext context;
        try {
            context = application.run(args);
        } catch (RuntimeException e) {
            // Spring's own report of the failure (a stack trace) is off in application.properties: this line says it
            System.err.println(startupFailure(e, Messages.forLanguage(startupLanguage(), null)));
            return ExitCode.ENVIRONMENT;
        }
        return SpringApplication.exit(context);
    }

    /** One line saying why groupsetup could not start (a storage failure, a bad setting), never a stack trace. */
    static String startupFailure(Throwable failure, Messages messages) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof ApplicationException)) {
            cause = cause.getCause();
        }
        String reason = cause instanceof ApplicationException application
                ? messages.error(application)
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return messages.text("error.startup", reason);
    }

    /** The language when the settings could not be read: from -D or the environment only. */
    private static String startupLanguage() {
        String language = System.getProperty("groupsetup.language");
        return language != null ? language : System.getenv("GROUPSETUP_LANGUAGE");
    }
}
