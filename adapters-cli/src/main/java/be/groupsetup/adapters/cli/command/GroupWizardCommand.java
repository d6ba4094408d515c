package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.UsageException;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.adapters.cli.prompt.Prompter;
import be.groupsetup.application.error.GroupNotFoundException;
import be.groupsetup.presentation.view.Findings;
import be.groupsetup.presentation.wizard.WizardProposals;
import be.groupsetup.presentation.text.SafeText;
import be.groupsetup.application.port.in.AcknowledgeResult;
import be.groupsetup.application.port.in.AcknowledgeWarningCommand;
import be.groupsetup.application.port.in.AcknowledgeWarningUseCase;
import be.groupsetup.application.port.in.ChangeResult;
import be.groupsetup.application.port.in.ClearFieldsCommand;
import be.groupsetup.application.port.in.ClearFieldsUseCase;
import be.groupsetup.application.port.in.CreateGroupCommand;
import be.groupsetup.application.port.in.CreateGroupUseCase;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.GroupView;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.SetFieldsCommand;
import be.groupsetup.application.port.in.SetFieldsUseCase;
import be.groupsetup.application.port.in.ShowGroupQuery;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.field.FieldDisplay;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.Acknowledgement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code group wizard NUMBER}: asks every field in screen order, the current or proposed value as default.
 * Each answer is one change, saved at once: leaving at any prompt loses nothing, and running the wizard again
 * resumes with what was entered. A refused value is explained and asked again. No quoting is needed.
 */
public final class GroupWizardCommand extends GroupCommand {

    private static final Set<String> LEAVE = Set.of(":q", ":quit", ":exit");

    private final CreateGroupUseCase create;
    private final ShowGroupQuery show;
    private final SetFieldsUseCase setFields;
    private final ClearFieldsUseCase clearFields;
    private final AcknowledgeWarningUseCase acknowledge;

    public GroupWizardCommand(ShellSupport shell, ListGroupsQuery groups, CreateGroupUseCase create,
                              ShowGroupQuery show, SetFieldsUseCase setFields, ClearFieldsUseCase clearFields,
                              AcknowledgeWarningUseCase acknowledge) {
        super("group.wizard", CommandSpec.of("group wizard", "NUMBER"), shell, groups);
        this.create = create;
        this.show = show;
        this.setFields = setFields;
        this.clearFields = clearFields;
        this.acknowledge = acknowledge;
    }

    @Override
    protected int run(Invocation invocation, Console console) throws UsageException {
        Prompter prompter = shell.prompter();
        if (!prompter.isInteractive()) {
            throw new UsageException("usage.wizard-needs-terminal", invocation.argument(0));
        }
        String number = start(invocation.argument(0), console);
        if (number == null) {
            return ExitCode.REFUSED;
        }
        prompter.tell(messages().text("wizard.intro", number));
        for (FieldKey field : FieldKey.values()) {
            if (field == FieldKey.GROUP_NUMBER || field.isFixed()) {
                GroupConfiguration configuration = show.show(new GroupQuery(number)).configuration();
                String value = configuration.value(field).orElse("");
                prompter.tell(messages().text("wizard.fixed", views().label(field),
                        value.isEmpty() ? messages().text("sheet.leave-empty")
                                : SafeText.inline(FieldDisplay.readable(field, value))));
                continue;
            }
            if (!ask(number, field, prompter)) {
                prompter.tell(messages().text("wizard.left", number));
                return ExitCode.OK;
            }
        }
        GroupView done = show.show(new GroupQuery(number));
        findings().lines(done.findings(), done::acknowledgementOf, number).forEach(prompter::tell);
        prompter.tell(done.complete() ? messages().text("wizard.complete", number)
                : messages().text("wizard.incomplete", number));
        return ExitCode.OK;
    }

    /** The group's number as stored, created first if needed; null when the number is refused. */
    private String start(String typed, Console console) {
        try {
            return show.show(new GroupQuery(typed)).group().value();
        } catch (GroupNotFoundException e) {
            ChangeResult created = create.create(new CreateGroupCommand(typed));
            findings().lines(created.findings()).forEach(shell.prompter()::tell);
            if (!created.isAccepted()) {
                return null;
            }
            String number = created.configuration().groupNumber().value();
            shell.prompter().tell(messages().text("wizard.created", number));
            return number;
        }
    }

    /** Asks one field until it is settled; false when the technician leaves. */
    private boolean ask(String number, FieldKey field, Prompter prompter) {
        while (true) {
            GroupConfiguration configuration = show.show(new GroupQuery(number)).configuration();
            String current = configuration.value(field).orElse(null);
            String proposal = WizardProposals.proposal(field, configuration).orElse(null);
            String shown = proposal == null ? "" : " [" + SafeText.inline(FieldDisplay.readable(field, proposal)) + "]";
            String requirement = field.isRequired() ? "" : " (" + messages().text("wizard.optional") + ")";
            Optional<String> answer = prompter.ask(messages().labelled(views().label(field) + requirement + shown, ""));
            if (answer.isEmpty() || LEAVE.contains(answer.get().strip().toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
            String typed = answer.get().strip();
            if (typed.equals("?")) {
                prompter.tell(messages().text("wizard.hint." + field.key()));
                prompter.tell(messages().text("wizard.help", messages().fieldName(field)));
                continue;
            }
            ChangeResult result;
            if (typed.isEmpty()) {
                if (proposal == null || proposal.equals(current)) {
                    return true;
                }
                result = setFields.set(new SetFieldsCommand(number, Map.of(field, proposal)));
            } else if (typed.equals("-")) {
                if (current == null) {
                    return true;
                }
                result = clearFields.clear(new ClearFieldsCommand(number, Set.of(field)));
                if (field.isRequired()) {
                    prompter.tell(messages().text("wizard.cleared-required", views().label(field)));
                }
            } else {
                result = setFields.set(new SetFieldsCommand(number, Map.of(field, typed)));
            }
            for (Finding finding : result.findings()) {
                prompter.tell("  " + findings().line(finding));
            }
            if (result.isAccepted()) {
                return acknowledgeOnTheSpot(number, result, prompter);
            }
            prompter.tell(messages().text("wizard.again"));
        }
    }

    /**
     * Offers to acknowledge each warning the stored value raised and no acknowledgement covers yet: a reason
     * acknowledges it, an empty answer leaves it open. False when the technician leaves.
     */
    private boolean acknowledgeOnTheSpot(String number, ChangeResult result, Prompter prompter) {
        List<Finding> warnings = result.findings().stream().filter(Findings::isAcknowledgeable).toList();
        if (warnings.isEmpty()) {
            return true;
        }
        GroupView stored = show.show(new GroupQuery(number));
        for (Finding warning : warnings) {
            Optional<Acknowledgement> holding = stored.acknowledgementOf(warning);
            if (holding.isPresent()) {
                findings().acknowledgementText(warning, holding, warnings, number)
                        .ifPresent(text -> prompter.tell("    " + text));
                continue;
            }
            while (true) {
                Optional<String> answer = prompter.ask(messages().text("wizard.acknowledge", warning.code()));
                if (answer.isEmpty() || LEAVE.contains(answer.get().strip().toLowerCase(java.util.Locale.ROOT))) {
                    return false;
                }
                if (answer.get().isBlank()) {
                    prompter.tell("    " + messages().text("wizard.acknowledge-left-open", warning.code()));
                    break;
                }
                AcknowledgeResult acknowledged = acknowledge.acknowledge(new AcknowledgeWarningCommand(number,
                        warning.code(), warning.field(), answer.get(), false));
                if (acknowledged.isAccepted()) {
                    Acknowledgement a = acknowledged.acknowledgement();
                    prompter.tell("    " + messages().text("warning.acknowledged", a.by(), views().when(a.at()),
                            a.reason()));
                    break;
                }
                findings().lines(acknowledged.findings()).forEach(line -> prompter.tell("  " + line));
            }
        }
        return true;
    }
}
