package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellCommand;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.OptionSpec;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.application.error.ArchiveFormatException;
import be.groupsetup.application.port.in.MigrateStorageCommand;
import be.groupsetup.application.port.in.MigrateStorageUseCase;
import be.groupsetup.application.port.in.MigrationReport;
import be.groupsetup.application.port.in.MigrationReport.GroupMigration;
import be.groupsetup.application.port.in.MigrationReport.Outcome;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code storage migrate [--replace]}: every group of the file storage, with its history, copied into the shared
 * PostgreSQL store and read back to check the copy. A command of the PostgreSQL storage only (the application
 * registers it when {@code groupsetup.storage=postgres}).
 * <p>
 * Each group is reported as soon as it is done on standard error ({@code 3/120 94123456001 copied}), and every
 * group is in the report on standard output with what became of it and why. A group that fails does not stop the
 * others. Exit status: 0 when every group is in the database; 1 when any failed or was skipped (running the command
 * again copies only those); 3 when the database could no longer be used (the groups not tried are listed).
 */
public final class StorageMigrateCommand extends ShellCommand {

    private final Supplier<MigrateStorageUseCase> migration;

    /** @param migration the use case, made when the command runs (it opens the file storage) */
    public StorageMigrateCommand(ShellSupport shell, Supplier<MigrateStorageUseCase> migration) {
        super("storage.migrate", CommandSpec.of("storage migrate").withOptions(OptionSpec.flag("replace")), shell);
        this.migration = migration;
    }

    @Override
    protected int run(Invocation invocation, Console console) {
        MigrationReport report = migration.get().migrate(new MigrateStorageCommand(invocation.flag("replace")),
                (done, total, group) -> console.diagnostic(messages().text("migrate.progress", done, total,
                        group.group(), messages().text("migrate.outcome." + key(group.outcome())))));
        if (report.groups().isEmpty()) {
            console.result(messages().text("migrate.empty", report.source()));
            return ExitCode.OK;
        }
        StringBuilder out = new StringBuilder(messages().text("migrate.start", report.source(), report.target()));
        for (GroupMigration group : report.groups()) {
            out.append("\n  ").append(group.group()).append("  ").append(line(group));
        }
        out.append('\n').append(messages().text("migrate.summary", report.groups().size(),
                report.count(Outcome.COPIED) + report.count(Outcome.REPLACED), report.count(Outcome.ALREADY_THERE),
                report.count(Outcome.SKIPPED_EXISTS), report.failed()));
        console.result(out.toString());
        if (report.stopped() != null) {
            console.diagnostic(messages().text("error.prefix") + " " + messages().error(report.stopped()) + " "
                    + messages().text("migrate.stopped", report.count(Outcome.NOT_ATTEMPTED)));
            return ExitCode.ENVIRONMENT;
        }
        if (report.complete()) {
            return ExitCode.OK;
        }
        console.diagnostic(messages().text("migrate.again", report.notMigrated()));
        return ExitCode.REFUSED;
    }

    private String line(GroupMigration group) {
        return switch (group.outcome()) {
            case COPIED -> messages().text("migrate.copied", group.revision(), group.historyEntries());
            case REPLACED -> messages().text("migrate.replaced", group.revision(), group.historyEntries());
            case ALREADY_THERE -> messages().text("migrate.already-there");
            case SKIPPED_EXISTS -> messages().text("migrate.skipped");
            case DAMAGED_IN_SOURCE -> messages().text("migrate.damaged", reason(group));
            case REFUSED -> messages().text("migrate.refused", reason(group));
            case NOT_VERIFIED -> messages().text("migrate.not-verified", reason(group));
            case NOT_ATTEMPTED -> messages().text("migrate.not-attempted");
        };
    }

    /** Why a group failed: the words of the service, else the failure's message in the user's language. */
    private String reason(GroupMigration group) {
        if (group.detail() != null) {
            return group.detail();
        }
        if (group.failure() instanceof ArchiveFormatException refused) {
            // the rule the group breaks, without "this is not a file groupsetup can import": it is not a file
            return refused.arguments().get(0);
        }
        return group.failure() == null ? "" : messages().error(group.failure());
    }

    private static String key(Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
