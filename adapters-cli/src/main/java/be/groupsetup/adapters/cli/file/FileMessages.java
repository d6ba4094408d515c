package be.groupsetup.adapters.cli.file;

import be.groupsetup.presentation.text.Messages;

/** A {@link FileProblem} as the one line the technician reads: what is wrong and what is expected there. */
public final class FileMessages {

    /** What the file was for, which says what is expected there. */
    public enum Use { OUTPUT, IMPORT, SCRIPT }

    private FileMessages() {
    }

    public static String line(Messages messages, FileProblem problem, Use use) {
        String expected = switch (use) {
            case OUTPUT -> messages.text("file.expected.output");
            case IMPORT -> messages.text("file.expected.import");
            case SCRIPT -> messages.text("file.expected.script");
        };
        String file = problem.file();
        String detail = problem.detail();
        String text = switch (problem.kind()) {
            case INVALID_NAME -> messages.text("file.invalid-name", file, expected);
            case EMPTY_NAME -> messages.text("file.empty-name", file, expected);
            case MISSING -> messages.text("file.missing", file, expected);
            case MISSING_FOLDER -> messages.text("file.missing-folder", file, expected);
            case NOT_A_FOLDER -> messages.text("file.not-a-folder", file, expected);
            case DIRECTORY -> messages.text("file.directory", file, expected);
            case DEVICE -> messages.text("file.device", file, expected);
            case BLOCK_DEVICE -> messages.text("file.block-device", file, expected);
            case SOCKET -> messages.text("file.socket", file, expected);
            case SPECIAL -> messages.text("file.special", file, expected);
            case LINK -> messages.text("file.link", file, expected, detail);
            case READ_ONLY -> messages.text("file.read-only", file, expected);
            case TOO_BIG -> messages.text("file.too-big", file, expected, detail);
            case UNUSABLE -> messages.text("file.unusable", file, expected, reason(messages, problem));
            case FAILED -> use == Use.OUTPUT ? messages.text("error.output-file", file, reason(messages, problem))
                    : messages.text("error.input-file", file, reason(messages, problem));
        };
        return messages.text("error.prefix") + " " + text;
    }

    private static String reason(Messages messages, FileProblem problem) {
        if (problem.reason() == null) {
            return problem.detail() == null ? "" : problem.detail();
        }
        return switch (problem.reason()) {
            case ACCESS_DENIED -> messages.text("file.reason.access-denied");
            case DISK_FULL -> messages.text("file.reason.disk-full");
            case NO_SUCH_FILE -> messages.text("file.reason.no-such-file");
            case NOT_A_FOLDER -> messages.text("file.reason.not-a-folder");
            case LINK_LOOP -> messages.text("file.reason.link-loop");
            case NAME_TOO_LONG -> messages.text("file.reason.name-too-long");
            case SYSTEM -> problem.detail();
        };
    }
}
