package be.groupsetup.adapters.cli;

import be.groupsetup.adapters.cli.input.UsageException;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.presentation.view.Findings;
import be.groupsetup.presentation.text.Messages;
import be.groupsetup.application.error.ApplicationException;
import be.groupsetup.application.error.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.shell.core.command.ExitStatus;

import java.util.List;

/**
 * The one mapping (docs/rules.md §5.2) from how a command ended to its exit status, and to its explanation — never a
 * stack trace. Every path uses it: a groupsetup command ({@link ShellCommand}) and the runner, for a command it runs
 * through Spring Shell and for a line it cannot read.
 * <ul>
 *   <li>a usage error ({@link UsageException}): {@link ExitCode#USAGE};</li>
 *   <li>a refusal ({@link RefusedException}): {@link ExitCode#REFUSED}, with the rule's findings;</li>
 *   <li>any other {@link ApplicationException}: {@link ExitCode#ENVIRONMENT} if the environment failed, else
 *       {@link ExitCode#REFUSED};</li>
 *   <li>anything else, a defect of ours: {@link ExitCode#ENVIRONMENT}, one line, the details in the log.</li>
 * </ul>
 */
public final class ExitStatuses {

    private static final Logger LOG = LoggerFactory.getLogger(ExitStatuses.class);

    private ExitStatuses() {
    }

    /** The exit status for a failure. */
    public static int of(Exception failure) {
        if (failure instanceof UsageException) {
            return ExitCode.USAGE;
        }
        if (failure instanceof RefusedException) {
            return ExitCode.REFUSED;
        }
        if (failure instanceof ApplicationException application) {
            return application.isEnvironmentFailure() ? ExitCode.ENVIRONMENT : ExitCode.REFUSED;
        }
        return ExitCode.ENVIRONMENT;
    }

    /** Says what failed on the console's diagnostics and returns the exit status ({@link #of(Exception)}). */
    public static int report(Exception failure, Console console, Messages messages) {
        explain(failure, messages).forEach(console::diagnostic);
        return of(failure);
    }

    /** The diagnostic lines for a failure. */
    public static List<String> explain(Exception failure, Messages messages) {
        String prefix = messages.text("error.prefix") + " ";
        if (failure instanceof UsageException usage) {
            return List.of(prefix + messages.text(usage.messageKey(), usage.arguments()));
        }
        if (failure instanceof RefusedException refused) {
            return new Findings(messages).lines(refused.findings());
        }
        if (failure instanceof ApplicationException application) {
            return List.of(prefix + messages.error(application));
        }
        // a defect of ours, not a user mistake: one line here, the details in the log at debug level
        LOG.debug("Unexpected failure", failure);
        return List.of(prefix + messages.text("error.unexpected", failure.getClass().getSimpleName()));
    }

    /** Spring Shell's status for our exit status (its own runner only tells OK from not OK). */
    public static ExitStatus toShell(int exitCode) {
        return switch (exitCode) {
            case ExitCode.OK -> ExitStatus.OK;
            case ExitCode.REFUSED -> new ExitStatus(ExitCode.REFUSED, "REFUSED");
            case ExitCode.USAGE -> new ExitStatus(ExitCode.USAGE, "USAGE_ERROR");
            default -> new ExitStatus(exitCode, "ENVIRONMENT_FAILURE");
        };
    }

    /**
     * Our exit status for a status Spring Shell returned: ours ({@link #toShell}) as they are; any other failure of
     * Spring Shell's own (its codes are negative) is a usage error.
     */
    public static int of(ExitStatus status) {
        int code = status.code();
        return code == ExitCode.OK || code == ExitCode.REFUSED || code == ExitCode.USAGE
                || code == ExitCode.ENVIRONMENT ? code : ExitCode.USAGE;
    }
}
