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
import be.groupsetup.adapters.cli.input.GroupsetupCommandParser;
import be.groupsetup.adapters.cli.input.GroupsetupCompleter;
import be.groupsetup.presentation.text.Messages;
import be.groupsetup.adapters.cli.prompt.LineReaderPrompter;
import be.groupsetup.adapters.cli.prompt.Prompter;
import be.groupsetup.adapters.cli.runner.GroupsetupRunner;
import be.groupsetup.adapters.cli.command.StorageMigrateCommand;
import be.groupsetup.application.port.in.MigrateStorageUseCase;
import be.groupsetup.application.port.out.Storage;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
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

    /** Spring Shell's registry, without its class-path scan for annotated commands (ours are beans). */
    @Bean
    CommandRegistry commandRegistry() {
        return new CommandRegistry();
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
        return () -> new AttributedString("groupsetup:>", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
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

    @Bean
    Command helpCommand(ShellSupport shell, ObjectProvider<CommandRegistry> registry) {
        return new HelpCommand(shell, registry::getObject);
    }

    @Bean
    Command version(ShellSupport shell, Storage storage) {
        return new VersionCommand(shell, new VersionCommand.Facts(releaseVersion(), storage.describe(),
                shell.messages().language()));
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

    @Bean
    Command groupNew(ShellSupport shell, UseCases useCases) {
        return new GroupNewCommand(shell, useCases.groups(), useCases.create());
    }

    @Bean
    Command groupSet(ShellSupport shell, UseCases useCases) {
        return new GroupSetCommand(shell, useCases.groups(), useCases.setFields(), useCases.show());
    }

    @Bean
    Command groupClear(ShellSupport shell, UseCases useCases) {
        return new GroupClearCommand(shell, useCases.groups(), useCases.clearFields(), useCases.show());
    }

    @Bean
    Command groupAcknowledge(ShellSupport shell, UseCases useCases) {
        return new GroupAcknowledgeCommand(shell, useCases.groups(), useCases.acknowledge(), useCases.show(),
                useCases.status());
    }

    @Bean
    Command groupShow(ShellSupport shell, UseCases useCases) {
        return GroupShowCommand.show(shell, useCases.groups(), useCases.show());
    }

    @Bean
    Command groupCheck(ShellSupport shell, UseCases useCases) {
        return GroupShowCommand.check(shell, useCases.groups(), useCases.show());
    }

    @Bean
    Command groupList(ShellSupport shell, UseCases useCases) {
        return new GroupListCommand(shell, useCases.groups());
    }

    @Bean
    Command groupStatus(ShellSupport shell, UseCases useCases) {
        return new GroupStatusCommand(shell, useCases.groups(), useCases.status());
    }

    @Bean
    Command groupHistory(ShellSupport shell, UseCases useCases) {
        return new GroupHistoryCommand(shell, useCases.groups(), useCases.history());
    }

    @Bean
    Command groupSheet(ShellSupport shell, UseCases useCases) {
        return new GroupSheetCommand(shell, useCases.groups(), useCases.sheet());
    }

    @Bean
    Command groupRename(ShellSupport shell, UseCases useCases) {
        return new GroupRenameCommand(shell, useCases.groups(), useCases.rename());
    }

    @Bean
    Command groupDelete(ShellSupport shell, UseCases useCases) {
        return new GroupDeleteCommand(shell, useCases.groups(), useCases.delete(), useCases.show());
    }

    @Bean
    Command groupExport(ShellSupport shell, UseCases useCases) {
        return new GroupExportCommand(shell, useCases.groups(), useCases.export());
    }

    @Bean
    Command groupImport(ShellSupport shell, UseCases useCases) {
        return new GroupImportCommand(shell, useCases.importGroup());
    }

    @Bean
    Command groupWizard(ShellSupport shell, UseCases useCases) {
        return new GroupWizardCommand(shell, useCases.groups(), useCases.create(), useCases.show(),
                useCases.setFields(), useCases.clearFields(), useCases.acknowledge());
    }

    @Bean
    Command csamStatus(ShellSupport shell, UseCases useCases) {
        return new CsamStatusCommand(shell, useCases.groups(), useCases.show());
    }

    @Bean
    Command csamRecord(ShellSupport shell, UseCases useCases) {
        return new CsamRecordCommand(shell, useCases.groups(), useCases.recordCsamStep());
    }

    @Bean
    Command csamUndo(ShellSupport shell, UseCases useCases) {
        return new CsamUndoCommand(shell, useCases.groups(), useCases.undoCsamStep());
    }

    @Bean
    Command csamReset(ShellSupport shell, UseCases useCases) {
        return new CsamResetCommand(shell, useCases.groups(), useCases.resetCsam());
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
