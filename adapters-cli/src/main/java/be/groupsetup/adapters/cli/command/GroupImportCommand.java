package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellCommand;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.file.FileMessages;
import be.groupsetup.adapters.cli.file.FileProblem;
import be.groupsetup.adapters.cli.file.InputFiles;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.OptionSpec;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.application.port.in.ImportGroupCommand;
import be.groupsetup.application.port.in.ImportGroupUseCase;
import be.groupsetup.application.port.in.ImportResult;

import java.nio.charset.CharacterCodingException;

/**
 * {@code group import FILE [--replace]}: a group from an export file, with the same checks as on load. The file is
 * a regular file, a pipe or {@code -} (standard input), read up to {@link InputFiles#IMPORT_LIMIT}.
 */
public final class GroupImportCommand extends ShellCommand {

    private final ImportGroupUseCase importGroup;

    public GroupImportCommand(ShellSupport shell, ImportGroupUseCase importGroup) {
        super("group.import", CommandSpec.of("group import", "FILE").withOptions(OptionSpec.flag("replace")), shell);
        this.importGroup = importGroup;
    }

    @Override
    protected int run(Invocation invocation, Console console) {
        String file = invocation.argument(0);
        String content;
        try {
            content = InputFiles.utf8(InputFiles.read(file, InputFiles.IMPORT_LIMIT, shell.session().standardInput()));
        } catch (FileProblem problem) {
            console.diagnostic(FileMessages.line(messages(), problem, FileMessages.Use.IMPORT));
            // a file that does not exist is refused as a group that does not exist is
            return problem.exitCode(ExitCode.REFUSED);
        } catch (CharacterCodingException e) {
            console.diagnostic(messages().text("error.prefix") + " " + messages().text("error.archive-format",
                    messages().text("import.not-utf8")));
            return ExitCode.REFUSED;
        }
        ImportResult result = importGroup.importGroup(new ImportGroupCommand(content, invocation.flag("replace")));
        console.result(messages().text(result.replaced() ? "import.replaced" : "import.done",
                result.group().value(), result.revision()));
        findings().lines(result.findings()).forEach(console::diagnostic);
        return ExitCode.OK;
    }
}
