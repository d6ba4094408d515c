package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellCommand;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.input.CommandSpec;
import be.groupsetup.adapters.cli.input.Invocation;
import be.groupsetup.adapters.cli.input.OptionSpec;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.application.port.in.MigrateStorageCommand;
import be.groupsetup.application.port.in.MigrateStorageUseCase;
import be.groupsetup.application.port.in.MigrationReport;
import be.groupsetup.application.port.in.MigrationReport.GroupMigration;
import be.groupsetup.application.port.in.MigrationReport.Outcome;

import java.util.function.Supplier;

/**
 * {@code storage migrate [--replace]}: every group of the file storage, with its history, copied into the shared
 * PostgreSQL store and read back to check the copy. A command of the PostgreSQL storage only (the application
 * registers it when {@code groupsetup.storage=postgres}).
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
        MigrationReport report = migration.get().migrate(new MigrateStorageCommand(invocation.flag("replace")));
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
                report.count(Outcome.SKIPPED_EXISTS),
                report.count(Outcome.DAMAGED_IN_SOURCE) + report.count(Outcome.NOT_VERIFIED)));
        console.result(out.toString());
        if (report.hasFailures()) {
            return ExitCode.ENVIRONMENT;
        }
        return report.complete() ? ExitCode.OK : ExitCode.REFUSED;
    }

    private String line(GroupMigration group) {
        return switch (group.outcome()) {
            case COPIED -> messages().text("migrate.copied", group.revision(), group.historyEntries());
            case REPLACED -> messages().text("migrate.replaced", group.revision(), group.historyEntries());
            case ALREADY_THERE -> messages().text("migrate.already-there");
            case SKIPPED_EXISTS -> messages().text("migrate.skipped");
            case DAMAGED_IN_SOURCE -> messages().text("migrate.damaged", group.detail());
            case NOT_VERIFIED -> messages().text("migrate.not-verified", group.detail());
        };
    }
}
