package be.groupsetup.adapters.cli;

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
import be.groupsetup.adapters.cli.command.ServeCommand;
import be.groupsetup.adapters.cli.command.LanguageCommand;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.presentation.text.Messages;
import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.service.CsamProcedureService;
import be.groupsetup.application.service.GroupConfigurationService;
import be.groupsetup.application.service.GroupLetterService;
import be.groupsetup.application.service.GroupTransferService;
import be.groupsetup.application.service.WarningAcknowledgementService;
import be.groupsetup.application.testing.FixedClock;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.testing.GroupQueries;
import be.groupsetup.application.testing.InMemoryGroupStore;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Every shell command built as the application wires them, on the real services over an in-memory store, a
 * fixed clock, a fixed technician and a scripted prompter; runs a command from its words and keeps the exit
 * status and both streams.
 */
public final class ShellFixture {

    public static final String TECHNICIAN = "tech-anna";
    public static final String NOW = "2026-03-02T10:15:30Z";
    /** The group every test works on, as stored (typed {@code 94123456} or {@code 94.123.456}). */
    public static final String GROUP = "94123456001";

    /** Every required field with a valid value: the configuration is complete once these are set. */
    public static final List<String> COMPLETE_VALUES = List.of(
            "--company-name", "Soins à Domicile L'Aurore SRL",
            "--city", "Liège",
            "--postal-code", "4000",
            "--street", "Rue de l'Évêché 12",
            "--iban", "BE68 5390 0754 7034",
            "--bic", "GKCCBEBB",
            "--first-name", "Françoise",
            "--last-name", "D'Hondt",
            "--phone", "0470 12 34 56",
            "--subscription-type", "MyCareNet 42",
            "--inami", "41234502001",
            "--enterprise-number", "BE 0428.759.497",
            "--single-point-of-contact", "135",
            "--reference-care-provider", "41234502001");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public final InMemoryGroupStore store = new InMemoryGroupStore();
    public final ScriptedPrompter prompter = new ScriptedPrompter();
    public final ShellSession session = new ShellSession();
    private final Messages messages;
    private final Map<String, ShellCommand> commands = new LinkedHashMap<>();
    private final CommandRegistry registry;

    private ShellFixture(String language, InMemoryArchiveCodec codec) {
        FixedClock clock = FixedClock.at(NOW);
        ConfigurationRules rules = ConfigurationRules.standard(SampleGroups.RULES_CLOCK);
        GroupConfigurationService configure = new GroupConfigurationService(rules, store, clock, () -> TECHNICIAN);
        GroupQueries queries = GroupQueries.on(rules, store, store, clock, () -> TECHNICIAN);
        ListGroupsQuery groups = queries.list();
        CsamProcedureService csam = new CsamProcedureService(store, clock, () -> TECHNICIAN);
        GroupTransferService transfer = new GroupTransferService(rules, store, codec, clock, () -> TECHNICIAN);
        WarningAcknowledgementService acknowledgements = new WarningAcknowledgementService(rules, store, clock,
                () -> TECHNICIAN);
        messages = Messages.forLanguage(language, null);
        ShellSupport shell = new ShellSupport(messages, session, prompter);
        List<ShellCommand> all = new ArrayList<>(List.of(
                new GroupNewCommand(shell, groups, configure),
                new GroupSetCommand(shell, groups, configure, queries.show()),
                new GroupClearCommand(shell, groups, configure, queries.show()),
                new GroupAcknowledgeCommand(shell, groups, acknowledgements, queries.show(), queries.status()),
                GroupShowCommand.show(shell, groups, queries.show()),
                GroupShowCommand.check(shell, groups, queries.show()),
                new GroupListCommand(shell, groups),
                new GroupStatusCommand(shell, groups, queries.status()),
                new GroupHistoryCommand(shell, groups, queries.history()),
                new GroupSheetCommand(shell, groups, queries.sheet()),
                new GroupLetterCommand(shell, groups, new GroupLetterService(rules, store, clock, () -> TECHNICIAN)),
                new GroupRenameCommand(shell, groups, configure),
                new GroupDeleteCommand(shell, groups, configure, queries.show()),
                new GroupExportCommand(shell, groups, transfer),
                new GroupImportCommand(shell, transfer),
                new GroupWizardCommand(shell, groups, configure, queries.show(), configure, configure, acknowledgements),
                new CsamStatusCommand(shell, groups, queries.show()),
                new CsamRecordCommand(shell, groups, csam),
                new CsamUndoCommand(shell, groups, csam),
                new CsamResetCommand(shell, groups, csam),
                new ServeCommand(shell),
                new LanguageCommand(shell)));
        CommandRegistry[] holder = new CommandRegistry[1];
        all.add(new HelpCommand(shell, () -> holder[0]));
        all.forEach(command -> commands.put(command.getName(), command));
        registry = new CommandRegistry(new LinkedHashSet<Command>(all));
        holder[0] = registry;
    }

    public static ShellFixture english() {
        return new ShellFixture("en", new InMemoryArchiveCodec());
    }

    public static ShellFixture inLanguage(String language) {
        return new ShellFixture(language, new InMemoryArchiveCodec());
    }

    /** Two stores whose export files each other can read (the codec is shared). */
    public static ShellFixture sharingExportsWith(InMemoryArchiveCodec codec) {
        return new ShellFixture("en", codec);
    }

    public Messages messages() {
        return messages;
    }

    public CommandRegistry registry() {
        return registry;
    }

    public ShellCommand command(String name) {
        ShellCommand command = commands.get(name);
        if (command == null) {
            throw new IllegalArgumentException("no command " + name);
        }
        return command;
    }

    /** Runs a command with its words as a one-shot run gives them: {@code run("group set", GROUP, "--city", "Liège")}. */
    public Run run(String commandName, String... words) {
        return run(commandName, Arrays.asList(words));
    }

    public Run run(String commandName, List<String> words) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = command(commandName).runWords(List.copyOf(words),
                new Console(new PrintWriter(out), new PrintWriter(err)));
        return new Run(exit, out.toString(), err.toString());
    }

    /** Creates the group ({@code group new 94123456}); fails the test if that is refused. */
    public ShellFixture withGroup() {
        expectOk(run("group new", "94123456"));
        return this;
    }

    /** Creates the group and sets every required field. */
    public ShellFixture withCompleteGroup() {
        withGroup();
        List<String> words = new ArrayList<>(List.of(GROUP));
        words.addAll(COMPLETE_VALUES);
        expectOk(run("group set", words));
        return this;
    }

    /** Records the five required CSAM steps. */
    public ShellFixture withProcedureDone() {
        expectOk(run("csam record", GROUP, "authority", "--person", "Françoise D'Hondt", "--role", "group-responsible"));
        expectOk(run("csam record", GROUP, "csam-login", "--person", "D'HONDT Françoise Marie"));
        expectOk(run("csam record", GROUP, "principal-access-manager", "--existing"));
        expectOk(run("csam record", GROUP, "access-rights", "--person", "Françoise D'Hondt", "--services",
                "billing,insurability,medico-administrative"));
        expectOk(run("csam record", GROUP, "no-mandates"));
        return this;
    }

    /**
     * Puts a set-up into the store as it could have been stored by an earlier release (values are trusted on load,
     * so a value today's rules refuse can be there).
     */
    public ShellFixture withStored(GroupSetup setup) {
        GroupNumber number = setup.configuration().groupNumber();
        store.importGroup(new GroupArchive(new StoredGroup(setup, 1), List.of(SampleGroups.created(number))), true);
        return this;
    }

    /**
     * Puts a group with this history into the store directly, as an earlier release or another adapter could have
     * left it (nothing is checked: the entry rules of today do not apply).
     */
    public ShellFixture withStored(GroupSetup setup, long revision, List<HistoryEntry> history) {
        store.importGroup(new GroupArchive(new StoredGroup(setup, revision), history), true);
        return this;
    }

    /**
     * A stored configuration of {@link #GROUP}: every field as in {@link SampleGroups#fullConfiguration}, then
     * these values (an empty value: not set).
     */
    public static GroupSetup storedSetup(Map<FieldKey, String> changed) {
        GroupNumber number = new GroupNumber(GROUP);
        Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
        values.putAll(SampleGroups.fullConfiguration(number).allValues());
        values.remove(FieldKey.GROUP_NUMBER);
        values.putAll(changed);
        return GroupSetup.start(GroupConfiguration.reconstitute(number, values));
    }

    private static void expectOk(Run run) {
        if (run.exit() != ExitCode.OK) {
            throw new IllegalStateException("set-up step failed: " + run);
        }
    }

    /** What one command did. */
    public record Run(int exit, String out, String err) {

        /** Standard output read as the one JSON document it must be. */
        public JsonNode json() {
            return JSON.readTree(out);
        }

        public List<String> outLines() {
            return out.lines().toList();
        }

        public List<String> errLines() {
            return err.lines().toList();
        }
    }
}
