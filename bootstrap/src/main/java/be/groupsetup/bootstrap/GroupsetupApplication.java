package be.groupsetup.bootstrap;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.application.error.ApplicationException;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * groupsetup: no arguments opens the interactive shell; arguments run one command; {@code @FILE} runs the
 * commands of a file. The process exits with the status of SPEC §5.
 */
@SpringBootApplication
public class GroupsetupApplication {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs groupsetup and returns its exit status (tests call this instead of {@link #main}). */
    public static int run(String[] args) {
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
            System.err.println(startupFailure(e));
            return ExitCode.ENVIRONMENT;
        }
        return SpringApplication.exit(context);
    }

    /** One line saying why groupsetup could not start (a storage failure, a bad setting), never a stack trace. */
    static String startupFailure(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof ApplicationException)) {
            cause = cause.getCause();
        }
        String reason = cause instanceof ApplicationException application
                ? application.code() + " " + String.join(" ", application.arguments())
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return "groupsetup cannot start: " + reason;
    }
}
