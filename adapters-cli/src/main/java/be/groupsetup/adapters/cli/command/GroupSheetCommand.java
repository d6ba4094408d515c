package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.OptionSpec;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.adapters.cli.output.OutputFiles;
import be.groupsetup.adapters.cli.output.SheetRenderer;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.GroupSheetQuery;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.SheetModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code group sheet NUMBER [--format text|markdown|html|json] [--output FILE]}: what to type into AllsoftPlus. */
public final class GroupSheetCommand extends GroupCommand {

    private final GroupSheetQuery sheet;

    public GroupSheetCommand(ShellSupport shell, ListGroupsQuery groups, GroupSheetQuery sheet) {
        super("group.sheet", CommandSpec.of("group sheet", "NUMBER").withOptions(
                OptionSpec.choice("format", List.of("text", "markdown", "html", "json")),
                OptionSpec.value("output", "FILE")), shell, groups);
        this.sheet = sheet;
    }

    @Override
    protected int run(Invocation invocation, Console console) {
        SheetModel model = sheet.sheet(new GroupQuery(invocation.argument(0)));
        String rendered = new SheetRenderer(messages()).render(model, invocation.option("format").orElse("text"));
        return Files.writeOrPrint(invocation, console, messages(), rendered);
    }

    /** Writes {@code --output FILE} (owner-only) or prints to standard output. */
    static final class Files {
        private Files() {
        }

        static int writeOrPrint(Invocation invocation, Console console, be.groupsetup.adapters.cli.output.Messages messages,
                                String content) {
            if (invocation.option("output").isEmpty()) {
                console.result(content.endsWith("\n") ? content.substring(0, content.length() - 1) : content);
                return ExitCode.OK;
            }
            Path target = Path.of(invocation.option("output").get());
            try {
                OutputFiles.write(target, content.endsWith("\n") ? content : content + "\n");
            } catch (IOException | RuntimeException e) {
                console.diagnostic(messages.text("error.prefix") + " " + messages.text("error.output-file", target,
                        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
                return ExitCode.ENVIRONMENT;
            }
            console.diagnostic(messages.text("output.written", target.toAbsolutePath()));
            return ExitCode.OK;
        }
    }
}
