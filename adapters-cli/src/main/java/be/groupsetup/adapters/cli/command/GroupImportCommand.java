package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellCommand;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.OptionSpec;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.application.port.in.ImportGroupCommand;
import be.groupsetup.application.port.in.ImportGroupUseCase;
import be.groupsetup.application.port.in.ImportResult;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** {@code group import FILE [--replace]}: a group from an export file, with the same checks as on load. */
public final class GroupImportCommand extends ShellCommand {

    /** An export is a few kilobytes; anything this big is not one. */
    private static final long MAX_SIZE = 20L * 1024 * 1024;

    private final ImportGroupUseCase importGroup;

    public GroupImportCommand(ShellSupport shell, ImportGroupUseCase importGroup) {
        super("group.import", CommandSpec.of("group import", "FILE").withOptions(OptionSpec.flag("replace")), shell);
        this.importGroup = importGroup;
    }

    @Override
    protected int run(Invocation invocation, Console console) {
        Path file = Path.of(invocation.argument(0));
        String content;
        try {
            if (Files.size(file) > MAX_SIZE) {
                console.diagnostic(messages().text("error.prefix") + " " + messages().text("import.too-big", file));
                return ExitCode.REFUSED;
            }
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            console.diagnostic(messages().text("error.prefix") + " " + messages().text("import.no-file", file));
            return ExitCode.REFUSED;
        } catch (MalformedInputException e) {
            console.diagnostic(messages().text("error.prefix") + " " + messages().text("error.archive-format",
                    messages().text("import.not-utf8")));
            return ExitCode.REFUSED;
        } catch (IOException e) {
            console.diagnostic(messages().text("error.prefix") + " " + messages().text("error.input-file", file,
                    e.getClass().getSimpleName()));
            return ExitCode.ENVIRONMENT;
        }
        ImportResult result = importGroup.importGroup(new ImportGroupCommand(content, invocation.flag("replace")));
        console.result(messages().text(result.replaced() ? "import.replaced" : "import.done",
                result.group().value(), result.revision()));
        findings().lines(result.findings()).forEach(console::diagnostic);
        return ExitCode.OK;
    }
}
