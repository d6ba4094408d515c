package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.presentation.json.Json;
import be.groupsetup.presentation.text.SafeText;
import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.value.GroupNumber;

import java.util.List;

/** {@code group list}: every stored group, damaged documents included. */
public final class GroupListCommand extends GroupCommand {

    /** How much of the list's text is made before it is written. */
    private static final int BLOCK = 1 << 16;
    /** The width of the CSAM column ("3/5"). */
    private static final int CSAM = 5;

    private final ListGroupsQuery list;

    public GroupListCommand(ShellSupport shell, ListGroupsQuery list) {
        super("group.list", CommandSpec.of("group list").withOptions(TEXT_OR_JSON),
                shell, list);
        this.list = list;
    }

    @Override
    public List<String> completeArgument(int position, List<String> typedArguments) {
        return List.of();
    }

    @Override
    protected int run(Invocation invocation, Console console) {
        if (json(invocation)) {
            console.result(Json.write(documents().list(list.list())));
            return ExitCode.OK;
        }
        Rows rows = new Rows(console);
        // each group written as it comes from the store, a block of text at a time: the list of 100,000 groups
        // is megabytes of text, which need not wait for the last group, nor be held whole
        list.list(rows::add);
        if (rows.count == 0) {
            console.result(messages().text("list.empty"));
        } else {
            rows.flush();
        }
        return ExitCode.OK;
    }

    /** The table's text, made a row at a time and written a block at a time; its heading comes with its first row. */
    private final class Rows {
        private final Console console;
        private final String yes = messages().text("list.yes");
        private final String no = messages().text("list.no");
        private final int complete = width("list.complete");
        private final int warnings = width("list.warnings");
        private final int ready = width("list.ready");
        private final String newline = System.lineSeparator();
        private final StringBuilder out = new StringBuilder(BLOCK + 256);
        private java.io.PrintWriter writer;
        private int count;

        Rows(Console console) {
            this.console = console;
        }

        void add(GroupListing listing) {
            if (count++ == 0) {
                writer = console.resultWriter();
                padded(out, messages().text("list.number"), GroupNumber.LENGTH);
                padded(out, messages().text("list.complete"), complete);
                padded(out, messages().text("list.warnings"), warnings);
                padded(out, messages().text("list.csam"), CSAM);
                padded(out, messages().text("list.ready"), ready);
                out.append(messages().text("list.company")).append(newline);
            }
            if (listing instanceof GroupListing.Listed listed) {
                // padded by hand: String.format takes seconds over 100,000 groups
                GroupSummary s = listed.summary();
                padded(out, s.group().value(), GroupNumber.LENGTH);
                padded(out, s.complete() ? yes : no, complete);
                padded(out, String.valueOf(s.openWarnings()), warnings);
                padded(out, s.progress() + "/" + CsamStep.REQUIRED_STEPS, CSAM);
                padded(out, s.ready() ? yes : no, ready);
                out.append(s.company() == null ? "—" : SafeText.inline(s.company())).append(newline);
            } else if (listing instanceof GroupListing.Damaged damaged) {
                padded(out, SafeText.inline(damaged.key()), GroupNumber.LENGTH);
                out.append(messages().text("list.damaged", damaged.reason(), damaged.location())).append(newline);
            }
            if (out.length() >= BLOCK) {
                writer.append(out);
                out.setLength(0);
            }
        }

        void flush() {
            writer.append(out);
            writer.flush();
        }
    }

    /** A cell: its text, spaces to the column's width, and the two spaces between columns. */
    private static void padded(StringBuilder out, String cell, int width) {
        out.append(cell);
        for (int i = cell.length(); i < width; i++) {
            out.append(' ');
        }
        out.append("  ");
    }

    /** A column as wide as its heading (at least 5), so that headings in every language line up. */
    private int width(String heading) {
        return Math.max(5, messages().text(heading).length());
    }
}
