package be.groupsetup.bootstrap;

import be.groupsetup.application.error.SettingException;
import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.runner.EarlyPrompt;
import be.groupsetup.adapters.web.ServeOptions;
import be.groupsetup.presentation.text.Messages;
import be.groupsetup.application.error.ApplicationException;
import be.groupsetup.application.error.RefusedException;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * groupsetup: no arguments opens the interactive shell; arguments run one command; {@code @FILE} runs the
 * commands of a file. The process exits with the status of docs/rules.md §5.2.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
// the wiring named, not found by scanning this package's classes at every start
@Import({ApplicationWiring.class, ShellWiring.class, WebWiring.class, ShellFiles.class})
public class GroupsetupApplication {

    /** JLine reports through java.util.logging; held here so that the level set below stays set. */
    private static final java.util.logging.Logger JLINE = java.util.logging.Logger.getLogger("org.jline");

    private static final String COMMONS_LOGGING_FACTORY = "org.apache.commons.logging.LogFactory";

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs groupsetup and returns its exit status (tests call this instead of {@link #main}). */
    public static int run(String[] arguments) {
        String[] args = systemProperties(arguments);
        // logging is set up by StandardErrorLogging; Spring Boot's logging system would redo it, slowly
        if (System.getProperty(LoggingSystem.SYSTEM_PROPERTY) == null) {
            System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        }
        // Spring logs through Commons Logging, which would first probe for Log4j (whose bridge is on the class path)
        // before settling on SLF4J, the only logging groupsetup has: named, the probe is skipped
        if (System.getProperty(COMMONS_LOGGING_FACTORY) == null) {
            System.setProperty(COMMONS_LOGGING_FACTORY, "org.apache.commons.logging.impl.Slf4jLogFactory");
        }
        // a one-shot run without a terminal gets a dumb one, as it should: JLine need not say so
        JLINE.setLevel(java.util.logging.Level.SEVERE);
        // ~/.groupsetup/groupsetup.properties, read as every file of the data directory is (SettingsFile)
        Optional<PropertiesPropertySource> settingsFile;
        try {
            settingsFile = SettingsFile.read(SettingsFile.standard());
        } catch (SettingException e) {
            System.err.println(startupFailure(e, Messages.forLanguage(startupLanguage(Optional.empty()), null)));
            return ExitCode.USAGE;
        }
        SpringApplication application = new SpringApplication(GroupsetupApplication.class);
        // a command's own --options belong to the command, never to Spring's settings
        application.setAddCommandLineProperties(false);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setRegisterShutdownHook(false);
        // never deduced: serve builds its own web server (ADR 6), every start is a plain application
        application.setWebApplicationType(WebApplicationType.NONE);
        // the lowest of the settings: the system's locale decides the language when nothing else does
        Map<String, Object> defaults = new java.util.HashMap<>(Map.of("groupsetup.language",
                SystemLanguage.of(System.getenv()),
                // the released defaults only: Spring would also read an application.properties or .yaml from the
                // working folder (and config/ under it), so that another application's file there could change
                // groupsetup's storage or database; and looking in those places costs every start
                "spring.config.location", "classpath:/application.properties"));
        if (args.length > 0 && args[0].equals(ServeOptions.COMMAND)) {
            defaults.putAll(Map.of("groupsetup.shell.autorun", "false", WebWiring.SERVE, "true"));
        }
        // the interactive shell on a terminal: its welcome and prompt now, what is typed kept by the terminal until
        // the line reader takes their place (EarlyPrompt remembers they were written), once Spring has assembled
        // the application (most of a second)
        boolean promptShown = args.length == 0 && earlyPrompt(settingsFile);
        application.setDefaultProperties(defaults);
        // below -D and the environment, above the released defaults (application.properties)
        settingsFile.ifPresent(source -> application.addListeners(
                (ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> event.getEnvironment()
                        .getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                source)));
        // the wiring worked out when the jar was built, when it is this start's (decided once the settings are read)
        application.addListeners(new AheadOfTime());
        ConfigurableApplicationContext context;
        try {
            context = application.run(args);
        } catch (SpringApplication.AbandonedRunException e) {
            throw e; // how the build's process-aot stops the run once it has the wiring: not a failed start
        } catch (RuntimeException e) {
            if (promptShown) {
                EarlyPrompt.withdraw(new FileOutputStream(FileDescriptor.out), System.in);
            }
            // Spring's own report of the failure (a stack trace) is off in application.properties: this line says it
            System.err.println(startupFailure(e, Messages.forLanguage(startupLanguage(settingsFile), null)));
            return startupExitCode(e);
        }
        return SpringApplication.exit(context);
    }

    /**
     * Writes the interactive shell's welcome and prompt ({@link EarlyPrompt}) when standard input and output are a
     * terminal and the language the settings give is one groupsetup speaks (another one stops the start, which
     * says so); returns whether it did.
     */
    private static boolean earlyPrompt(Optional<PropertiesPropertySource> settingsFile) {
        // not in the build's process-aot run, which starts the application without arguments on Maven's terminal
        if (Boolean.getBoolean("spring.aot.processing")
                || !EarlyPrompt.possible(System.console(), System.getenv("TERM"))) {
            return false;
        }
        Optional<String> language = GroupsetupSettings.spoken(startupLanguage(settingsFile));
        if (language.isEmpty()) {
            return false;
        }
        EarlyPrompt.show(Messages.forLanguage(language.get(), null), new FileOutputStream(FileDescriptor.out));
        // a warning while Spring starts goes below the prompt, and stays
        System.setErr(EarlyPrompt.guarding(System.err));
        return true;
    }

    /**
     * {@code ./groupsetup -Dgroupsetup.language=fr help}: settings given as {@code -DNAME=VALUE} before the command
     * are system properties, as they would be before {@code -jar} (a command-line tool's users put them after the
     * tool's name); the command and its own options follow unchanged.
     *
     * @return the arguments after the leading {@code -D} ones
     */
    static String[] systemProperties(String[] arguments) {
        int first = 0;
        while (first < arguments.length && arguments[first].startsWith("-D") && arguments[first].indexOf('=') > 2) {
            String property = arguments[first].substring(2);
            int equals = property.indexOf('=');
            System.setProperty(property.substring(0, equals), property.substring(equals + 1));
            first++;
        }
        return java.util.Arrays.copyOfRange(arguments, first, arguments.length);
    }

    /**
     * The exit status of a failed start: 2 for a setting the user can fix (a value that cannot be read or is out of
     * bounds, a data directory others can write to, a technician's name that could act, a malformed database URL —
     * docs/rules.md §5.2: a usage error, never "the environment failed"); 3 when the environment failed (a folder that
     * cannot be created, a database that cannot be reached).
     */
    static int startupExitCode(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApplicationException application) {
                return application.isEnvironmentFailure() ? ExitCode.ENVIRONMENT : ExitCode.USAGE;
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return ExitCode.USAGE;
            }
        }
        return ExitCode.ENVIRONMENT;
    }

    /** One line saying why groupsetup could not start (a storage failure, a bad setting), never a stack trace. */
    static String startupFailure(Throwable failure, Messages messages) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof ApplicationException)) {
            cause = cause.getCause();
        }
        String reason;
        if (cause instanceof RefusedException refused) {
            reason = refused.findings().stream().map(messages::finding).collect(Collectors.joining(" "));
        } else if (cause instanceof ApplicationException application) {
            reason = messages.error(application);
        } else {
            reason = bindFailure(failure, messages).orElse(cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        }
        return messages.text("error.startup", reason);
    }

    /** A setting Spring could not convert (a duration that is not one, a word where a number goes): which, and why. */
    private static Optional<String> bindFailure(Throwable failure, Messages messages) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind) {
                String name = bind.getName().toString();
                Object value = bind.getProperty() == null ? null : bind.getProperty().getValue();
                if (name.equals("groupsetup.lock-timeout")) {
                    return Optional.of(messages.text("error.settings.lock-timeout", String.valueOf(value), "1h"));
                }
                Throwable deepest = bind;
                while (deepest.getCause() != null) {
                    deepest = deepest.getCause();
                }
                return Optional.of(messages.text("error.settings.invalid", name, String.valueOf(value),
                        deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage()));
            }
        }
        return Optional.empty();
    }

    /** The language when the settings could not be read: from -D, the environment or the settings file only. */
    private static String startupLanguage(Optional<PropertiesPropertySource> settingsFile) {
        String language = System.getProperty("groupsetup.language");
        if (language == null) {
            language = System.getenv("GROUPSETUP_LANGUAGE");
        }
        if (language == null && settingsFile.isPresent()) {
            Object fromFile = settingsFile.get().getProperty("groupsetup.language");
            language = fromFile == null ? null : fromFile.toString();
        }
        return language == null ? SystemLanguage.of(System.getenv()) : language;
    }
}
