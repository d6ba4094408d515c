package be.groupsetup.bootstrap;

import be.groupsetup.adapters.cli.ShellSession;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.command.CsamRecordCommand;
import be.groupsetup.adapters.cli.command.CsamResetCommand;
import be.groupsetup.adapters.cli.command.CsamStatusCommand;
import be.groupsetup.adapters.cli.command.CsamUndoCommand;
import be.groupsetup.adapters.cli.command.GroupAcknowledgeCommand;
import be.groupsetup.adapters.cli.command.GroupClearCommand;
import be.groupsetup.adapters.cli.command.GroupDeleteCommand;
import be.groupsetup.adapters.cli.command.GroupExportCommand;
import be.groupsetup.adapters.cli.command.GroupHistoryCommand;
import be.groupsetup.adapters.cli.command.GroupImportCommand;
import be.groupsetup.adapters.cli.command.GroupLetterCommand;
import be.groupsetup.adapters.cli.command.GroupListCommand;
import be.groupsetup.adapters.cli.command.GroupNewCommand;
import be.groupsetup.adapters.cli.command.GroupRenameCommand;
import be.groupsetup.adapters.cli.command.GroupSetCommand;
import be.groupsetup.adapters.cli.command.GroupSheetCommand;
import be.groupsetup.adapters.cli.command.GroupShowCommand;
import be.groupsetup.adapters.cli.command.GroupStatusCommand;
import be.groupsetup.adapters.cli.command.GroupWizardCommand;
import be.groupsetup.adapters.cli.command.HelpCommand;
import be.groupsetup.adapters.cli.command.VersionCommand;
import be.groupsetup.adapters.cli.command.ServeCommand;
import be.groupsetup.adapters.cli.command.LanguageCommand;
import be.groupsetup.adapters.cli.input.GroupsetupCommandParser;
import be.groupsetup.adapters.cli.input.GroupsetupCompleter;
import be.groupsetup.presentation.text.Messages;
import be.groupsetup.adapters.cli.prompt.LineReaderPrompter;
import be.groupsetup.adapters.cli.runner.EarlyPrompt;
import be.groupsetup.adapters.cli.prompt.Prompter;
import be.groupsetup.adapters.cli.runner.GroupsetupRunner;
import be.groupsetup.adapters.cli.command.StorageMigrateCommand;
import be.groupsetup.application.port.in.MigrateStorageUseCase;
import be.groupsetup.application.port.out.Storage;
import org.jline.reader.LineReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.autoconfigure.TerminalCustomizer;
import org.springframework.shell.core.config.UserConfigPathProvider;
import org.springframework.shell.jline.CommandCompleter;
import org.springframework.shell.jline.PromptProvider;

import java.util.List;

/** The driving side: the shell's runner and commands on the use cases, its parser, completion, prompt and files. */
@Configuration(proxyBeanMethods = false)
class ShellWiring {

    /** The texts; a technician's step-text overrides are read from the data directory as opened (a link resolved). */
    @Bean
    Messages messages(GroupsetupSettings settings, be.groupsetup.persistence.directory.DataDirectory directory) {
        return Messages.forLanguage(settings.language(), directory.root());
    }

    @Bean
    ShellSession shellSession() {
        return new ShellSession();
    }

    /**
     * The terminal's prompter, unless another is given (tests answer prompts with their own). {@code @Fallback}
     * because {@code @ConditionalOnMissingBean} is reliable only in auto-configuration: a test's bean may be
     * registered after this one.
     */
    @Bean
    @Fallback
    @ConditionalOnMissingBean(Prompter.class)
    Prompter prompter(ObjectProvider<LineReader> lineReader) {
        return new LineReaderPrompter(lineReader::getObject);
    }

    @Bean
    ShellSupport shellSupport(Messages messages, ShellSession session, Prompter prompter) {
        return new ShellSupport(messages, session, prompter);
    }

    @Bean
    CommandParser commandParser(ObjectProvider<CommandRegistry> registry) {
        return new GroupsetupCommandParser(registry::getObject);
    }

    @Bean
    CommandCompleter commandCompleter(CommandRegistry registry) {
        return new GroupsetupCompleter(registry);
    }

    /** Names with accents arrive whole even when the locale does not say UTF-8. */
    @Bean
    TerminalCustomizer utf8Terminal() {
        return builder -> builder.encoding(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Bean
    PromptProvider groupsetupPrompt() {
        return EarlyPrompt::prompt;
    }

    /** The shell's own command history lives in the data directory (as opened: a link to it resolved). */
    @Bean
    UserConfigPathProvider dataDirectoryForShellFiles(ShellFiles files) {
        return () -> files.history().getParent();
    }

    /** JLine's history, never read or written through a symbolic link ({@link ShellFiles.Guarded}). */
    @Bean
    org.jline.reader.History history(ShellFiles files) {
        return new ShellFiles.Guarded(files);
    }

    /** The runner of adapters-cli: one command, {@code @FILE} or the interactive shell. */
    @Bean
    GroupsetupRunner groupsetupRunner(CommandRegistry registry, CommandParser parser, ShellSession session,
                                      Messages messages, ObjectProvider<LineReader> lineReader,
                                      ObjectProvider<PromptProvider> prompt) {
        return new GroupsetupRunner(registry, (GroupsetupCommandParser) parser, session, messages,
                lineReader::getObject, prompt::getObject);
    }

    /**
     * Boot's start of the runner with the process's arguments (an {@link ApplicationRunner}, so Spring Shell's own
     * backs off), after the shell's history is protected; the exit status goes back through
     * {@link ExitCodeGenerator}. {@code groupsetup.shell.autorun=false} (tests) leaves the runner to the caller.
     */
    @Bean
    ShellStart shellStart(GroupsetupRunner runner, ShellFiles files,
                          @Value("${groupsetup.shell.autorun:true}") boolean autorun) {
        return new ShellStart(runner, files, autorun);
    }

    static final class ShellStart implements ApplicationRunner, ExitCodeGenerator {

        private final GroupsetupRunner runner;
        private final ShellFiles files;
        private final boolean autorun;
        private int exitCode;

        ShellStart(GroupsetupRunner runner, ShellFiles files, boolean autorun) {
            this.runner = runner;
            this.files = files;
            this.autorun = autorun;
        }

        @Override
        public void run(ApplicationArguments arguments) {
            files.protect();
            if (autorun) {
                exitCode = runner.run(arguments.getSourceArgs());
            }
        }

        @Override
        public int getExitCode() {
            return exitCode;
        }
    }

    /**
     * Spring Shell's registry, without its class-path scan for annotated commands, holding the shell's commands made
     * here in one bean rather than a bean each: every command is made at start anyway (the registry is not lazy), and
     * each bean definition costs at start. {@code storage migrate}, which exists only on a condition, is a bean of its
     * own below, which the registry adds itself once the singletons are made.
     */
    @Bean
    CommandRegistry commandRegistry(ShellSupport shell, UseCases useCases, Storage storage) {
        CommandRegistry registry = new CommandRegistry();
        List.of(new HelpCommand(shell, () -> registry),
                new VersionCommand(shell, new VersionCommand.Facts(releaseVersion(), storage.describe(),
                        shell.messages().language())),
                new ServeCommand(shell),
                new LanguageCommand(shell),
                new GroupNewCommand(shell, useCases.groups(), useCases.create()),
                new GroupSetCommand(shell, useCases.groups(), useCases.setFields(), useCases.show()),
                new GroupClearCommand(shell, useCases.groups(), useCases.clearFields(), useCases.show()),
                new GroupAcknowledgeCommand(shell, useCases.groups(), useCases.acknowledge(), useCases.show(),
                        useCases.status()),
                GroupShowCommand.show(shell, useCases.groups(), useCases.show()),
                GroupShowCommand.check(shell, useCases.groups(), useCases.show()),
                new GroupListCommand(shell, useCases.groups()),
                new GroupStatusCommand(shell, useCases.groups(), useCases.status()),
                new GroupHistoryCommand(shell, useCases.groups(), useCases.history()),
                new GroupSheetCommand(shell, useCases.groups(), useCases.sheet()),
                new GroupLetterCommand(shell, useCases.groups(), useCases.letter()),
                new GroupRenameCommand(shell, useCases.groups(), useCases.rename()),
                new GroupDeleteCommand(shell, useCases.groups(), useCases.delete(), useCases.show()),
                new GroupExportCommand(shell, useCases.groups(), useCases.export()),
                new GroupImportCommand(shell, useCases.importGroup()),
                new GroupWizardCommand(shell, useCases.groups(), useCases.create(), useCases.show(),
                        useCases.setFields(), useCases.clearFields(), useCases.acknowledge()),
                new CsamStatusCommand(shell, useCases.groups(), useCases.show()),
                new CsamRecordCommand(shell, useCases.groups(), useCases.recordCsamStep()),
                new CsamUndoCommand(shell, useCases.groups(), useCases.undoCsamStep()),
                new CsamResetCommand(shell, useCases.groups(), useCases.resetCsam()))
                .forEach(registry::registerCommand);
        return registry;
    }

    /** The release, from the version file the build writes (a developer's run from classes says "development"). */
    private static String releaseVersion() {
        java.util.Properties properties = new java.util.Properties();
        try (java.io.InputStream in = ShellWiring.class.getResourceAsStream("/groupsetup-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (java.io.IOException e) {
            return "development";
        }
        return properties.getProperty("version", "development");
    }

    /**
     * {@code storage migrate}, only when {@code groupsetup.storage.migrate-from} names a store other than the chosen
     * one; its use case is made when it runs.
     */
    @Bean
    @Conditional(ApplicationWiring.MigrationSourceConfigured.class)
    Command storageMigrate(ShellSupport shell, ObjectProvider<MigrateStorageUseCase> migration) {
        return new StorageMigrateCommand(shell, migration::getObject);
    }
}
