package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.adapters.cli.output.Messages;
import be.groupsetup.adapters.cli.output.OutputFiles;

import java.io.IOException;
import java.nio.file.Path;

/** Where a command's document goes: the file named by {@code --output} (owner-only), or standard output. */
final class ResultOutput {

    private ResultOutput() {
    }

    static int writeOrPrint(Invocation invocation, Console console, Messages messages,
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
