package be.groupsetup.adapters.cli.command;

import be.groupsetup.presentation.view.Documents;
import be.groupsetup.adapters.cli.ShellCommand;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.OptionSpec;
import be.groupsetup.presentation.view.Views;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.domain.value.GroupNumber;

import java.util.List;

/** A command whose first argument is a group number: completes it from the numbers in storage. */
abstract class GroupCommand extends ShellCommand {

    static final OptionSpec TEXT_OR_JSON = OptionSpec.choice("format", List.of("text", "json"));

    private final ListGroupsQuery groups;

    GroupCommand(String id, CommandSpec spec, ShellSupport shell, ListGroupsQuery groups) {
        super(id, spec, shell);
        this.groups = groups;
    }

    @Override
    public List<String> completeArgument(int position, List<String> typedArguments) {
        if (position == 0) {
            try {
                return groups.numbers().stream().map(GroupNumber::value).toList();
            } catch (RuntimeException e) {
                return List.of();
            }
        }
        return List.of();
    }

    /** The group number as stored when the typed one is valid ({@code 94123456} → {@code 94123456001}). */
    static String canonical(String typed) {
        return GroupNumber.parse(typed).toOptional().map(GroupNumber::value).orElse(typed);
    }

    /**
     * Whether to go on with a destructive command: {@code --force}, or the technician typed the answer for yes.
     * Without a terminal and without {@code --force} it is a usage error naming {@code --force}.
     */
    boolean confirmed(Invocation invocation, java.util.function.Supplier<String> question)
            throws be.groupsetup.adapters.cli.input.UsageException {
        if (invocation.flag("force")) {
            return true;
        }
        if (!shell.prompter().isInteractive()) {
            throw new be.groupsetup.adapters.cli.input.UsageException("usage.needs-terminal", getName(), "--force");
        }
        return shell.prompter().ask(question.get())
                .map(answer -> answer.strip().toLowerCase(java.util.Locale.ROOT).equals(messages().text("answer.yes")))
                .orElse(false);
    }

    static boolean json(Invocation invocation) {
        return invocation.option("format").filter("json"::equals).isPresent();
    }

    Views views() {
        return new Views(messages());
    }

    Documents documents() {
        return new Documents(messages());
    }
}
