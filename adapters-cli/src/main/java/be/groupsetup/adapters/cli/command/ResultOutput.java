package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.file.FileMessages;
import be.groupsetup.adapters.cli.file.FileProblem;
import be.groupsetup.adapters.cli.file.OutputFiles;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.presentation.text.Messages;
import be.groupsetup.presentation.json.Json;
import be.groupsetup.presentation.text.SafeText;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a command's document goes: the file named by {@code --output} (see {@link OutputFiles}: atomic and
 * owner-only for a file, a stream for a pipe, a terminal or {@code /dev/null}, refused for a folder or another
 * special file), or standard output (no {@code --output}, or {@code --output -}). Either way no character of it can
 * act: a JSON document gets JSON escapes, any other document visible ones.
 */
final class ResultOutput {

    private ResultOutput() {
    }

    /**
     * @param json whether the content is a JSON document (its unsafe characters, inside strings, become JSON escapes
     *             so that it still means the same)
     */
    static int writeOrPrint(Invocation invocation, Console console, Messages messages, String content, boolean json) {
        String safe = json ? Json.escapeUnsafe(content) : SafeText.lines(content);
        Optional<String> output = invocation.option("output");
        if (output.isEmpty() || output.get().equals("-")) {
            console.result(safe.endsWith("\n") ? safe.substring(0, safe.length() - 1) : safe);
            return ExitCode.OK;
        }
        Path written;
        try {
            written = OutputFiles.write(output.get(),
                    (safe.endsWith("\n") ? safe : safe + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (FileProblem problem) {
            console.diagnostic(FileMessages.line(messages, problem, FileMessages.Use.OUTPUT));
            return problem.exitCode(ExitCode.USAGE);
        }
        console.diagnostic(messages.text("output.written", written));
        return ExitCode.OK;
    }
}
