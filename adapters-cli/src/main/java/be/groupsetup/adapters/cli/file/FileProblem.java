package be.groupsetup.adapters.cli.file;

import be.groupsetup.adapters.cli.ExitCode;

import java.util.Objects;

/**
 * Why a file named on the command line cannot be written or read. Every kind is a mistake the technician fixes by
 * naming another file (exit 2, or 1 for an input that does not exist, as for a group), except {@link Kind#FAILED}:
 * the file was fine but writing or reading it failed (a full disk, an I/O error: exit 3).
 */
public final class FileProblem extends Exception {

    /** What is wrong. */
    public enum Kind {
        /** The name cannot be a path on this system (a NUL character …). */
        INVALID_NAME,
        /** An empty name. */
        EMPTY_NAME,
        /** An input that does not exist. */
        MISSING,
        /** The folder of an output does not exist. */
        MISSING_FOLDER,
        /** What should be the folder of an output is a file. */
        NOT_A_FOLDER,
        DIRECTORY,
        /** A character device that is not a terminal or a sink such as {@code /dev/null} ({@code /dev/zero} …). */
        DEVICE,
        BLOCK_DEVICE,
        SOCKET,
        /** Any other special file (or a system that cannot tell which kind it is). */
        SPECIAL,
        /** An output that is a symbolic link to a file (or to nothing yet): the link would be replaced. */
        LINK,
        /** An output that exists and that we may not write. */
        READ_ONLY,
        /** An input larger than its limit. */
        TOO_BIG,
        /** The file cannot be opened or created ({@link #detail()}: why, in words). */
        UNUSABLE,
        /** Writing or reading failed on the way ({@link #detail()}: why). */
        FAILED
    }

    /** Why the system refused, for {@link Kind#UNUSABLE} and {@link Kind#FAILED}. */
    public enum Reason { ACCESS_DENIED, DISK_FULL, NO_SUCH_FILE, NOT_A_FOLDER, LINK_LOOP, NAME_TOO_LONG, SYSTEM }

    private final Kind kind;
    private final String file;
    private final Reason reason;
    private final String detail;

    /**
     * @param file   the file as the technician named it
     * @param detail for {@link Kind#LINK} the link's target, for {@link Kind#TOO_BIG} the limit in MiB, for
     *               {@link Reason#SYSTEM} the system's words; else null
     */
    public FileProblem(Kind kind, String file, String detail) {
        this(kind, file, null, detail);
    }

    public FileProblem(Kind kind, String file, Reason reason, String detail) {
        super(kind + " " + file, null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.file = file;
        this.reason = reason;
        this.detail = detail;
    }

    /** Why the system refused ({@link Kind#UNUSABLE}, {@link Kind#FAILED}), else null. */
    public Reason reason() {
        return reason;
    }

    public Kind kind() {
        return kind;
    }

    public String file() {
        return file;
    }

    public String detail() {
        return detail;
    }

    /**
     * The exit status (docs/rules.md §5.2): 3 only when the environment failed on the way; 1 for an input that does not
     * exist when the command treats it as a refusal ({@code group import}); 2 for every other wrong file.
     */
    public int exitCode(int whenMissing) {
        return switch (kind) {
            case FAILED -> ExitCode.ENVIRONMENT;
            case MISSING -> whenMissing;
            default -> ExitCode.USAGE;
        };
    }
}
