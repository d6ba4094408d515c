package be.groupsetup.adapters.cli;

/** The exit statuses of docs/rules.md §5.2. */
public final class ExitCode {

    /** Done; or, for a display command, displayed. */
    public static final int OK = 0;
    /** A rule said no (a refused value or step, no such group; check found errors; status not ready). */
    public static final int REFUSED = 1;
    /** The command line is wrong, or an interactive-only command was run without a terminal. */
    public static final int USAGE = 2;
    /** The environment failed: storage unreadable or locked too long, disk full, damaged document. */
    public static final int ENVIRONMENT = 3;

    private ExitCode() {
    }
}
