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
import be.groupsetup.application.service.CsamProcedureService;
import be.groupsetup.application.service.GroupConfigurationService;
import be.groupsetup.application.service.GroupQueryService;
import be.groupsetup.application.service.GroupTransferService;
import be.groupsetup.application.service.WarningAcknowledgementService;
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
    Messages messages(GroupsetupSettings settings, be.groupsetup.adapters.persistence.file.DataDirectory directory) {
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
    Command version(ShellSupport shell, GroupsetupSettings settings) {
        String storage = "postgres".equals(settings.storage()) ? "postgres" : "file, " + settings.dataDir();
        return new VersionCommand(shell, new VersionCommand.Facts(releaseVersion(), storage, shell.messages().language()));
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
    Command groupNew(ShellSupport shell, GroupQueryService queries, GroupConfigurationService configure) {
        return new GroupNewCommand(shell, queries, configure);
    }

    @Bean
    Command groupSet(ShellSupport shell, GroupQueryService queries, GroupConfigurationService configure) {
        return new GroupSetCommand(shell, queries, configure, queries);
    }

    @Bean
    Command groupClear(ShellSupport shell, GroupQueryService queries, GroupConfigurationService configure) {
        return new GroupClearCommand(shell, queries, configure, queries);
    }

    @Bean
    Command groupAcknowledge(ShellSupport shell, GroupQueryService queries,
                             WarningAcknowledgementService acknowledgements) {
        return new GroupAcknowledgeCommand(shell, queries, acknowledgements, queries, queries);
    }

    @Bean
    Command groupShow(ShellSupport shell, GroupQueryService queries) {
        return GroupShowCommand.show(shell, queries, queries);
    }

    @Bean
    Command groupCheck(ShellSupport shell, GroupQueryService queries) {
        return GroupShowCommand.check(shell, queries, queries);
    }

    @Bean
    Command groupList(ShellSupport shell, GroupQueryService queries) {
        return new GroupListCommand(shell, queries);
    }

    @Bean
    Command groupStatus(ShellSupport shell, GroupQueryService queries) {
        return new GroupStatusCommand(shell, queries, queries);
    }

    @Bean
    Command groupHistory(ShellSupport shell, GroupQueryService queries) {
        return new GroupHistoryCommand(shell, queries, queries);
    }

    @Bean
    Command groupSheet(ShellSupport shell, GroupQueryService queries) {
        return new GroupSheetCommand(shell, queries, queries);
    }

    @Bean
    Command groupRename(ShellSupport shell, GroupQueryService queries, GroupConfigurationService configure) {
        return new GroupRenameCommand(shell, queries, configure);
    }

    @Bean
    Command groupDelete(ShellSupport shell, GroupQueryService queries, GroupConfigurationService configure) {
        return new GroupDeleteCommand(shell, queries, configure, queries);
    }

    @Bean
    Command groupExport(ShellSupport shell, GroupQueryService queries, GroupTransferService transfer) {
        return new GroupExportCommand(shell, queries, transfer);
    }

    @Bean
    Command groupImport(ShellSupport shell, GroupTransferService transfer) {
        return new GroupImportCommand(shell, transfer);
    }

    @Bean
    Command groupWizard(ShellSupport shell, GroupQueryService queries, GroupConfigurationService configure,
                        WarningAcknowledgementService acknowledgements) {
        return new GroupWizardCommand(shell, queries, configure, queries, configure, configure, acknowledgements);
    }

    @Bean
    Command csamStatus(ShellSupport shell, GroupQueryService queries) {
        return new CsamStatusCommand(shell, queries, queries);
    }

    @Bean
    Command csamRecord(ShellSupport shell, GroupQueryService queries, CsamProcedureService csam) {
        return new CsamRecordCommand(shell, queries, csam);
    }

    @Bean
    Command csamUndo(ShellSupport shell, GroupQueryService queries, CsamProcedureService csam) {
        return new CsamUndoCommand(shell, queries, csam);
    }

    @Bean
    Command csamReset(ShellSupport shell, GroupQueryService queries, CsamProcedureService csam) {
        return new CsamResetCommand(shell, queries, csam);
    }
}
