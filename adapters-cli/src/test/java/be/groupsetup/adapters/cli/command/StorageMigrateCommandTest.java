package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellSession;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.presentation.text.Messages;
import be.groupsetup.application.error.ApplicationException;
import be.groupsetup.application.error.ArchiveFormatException;
import be.groupsetup.application.error.StorageException;
import be.groupsetup.application.port.in.MigrateStorageCommand;
import be.groupsetup.application.port.in.MigrateStorageUseCase;
import be.groupsetup.application.port.in.MigrationReport;
import be.groupsetup.application.port.in.MigrationReport.GroupMigration;
import be.groupsetup.application.port.in.MigrationReport.Outcome;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StorageMigrateCommandTest {

    private static final String SOURCE = "/home/anne/.groupsetup";
    private static final String TARGET = "jdbc:postgresql://db.example/groupsetup";

    private final List<MigrateStorageCommand> asked = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String language, MigrateStorageUseCase useCase, String... words) {
        ShellSupport shell = new ShellSupport(Messages.forLanguage(language, null), new ShellSession(), null);
        return new StorageMigrateCommand(shell, () -> useCase).runWords(List.of(words),
                new Console(new PrintWriter(out, true), new PrintWriter(err, true)));
    }

    private MigrateStorageUseCase reporting(GroupMigration... groups) {
        return reporting(null, groups);
    }

    /** A use case that tells the progress of each group, then returns the report. */
    private MigrateStorageUseCase reporting(ApplicationException stopped, GroupMigration... groups) {
        return (command, progress) -> {
            asked.add(command);
            for (int i = 0; i < groups.length; i++) {
                progress.groupDone(i + 1, groups.length, groups[i]);
            }
            return new MigrationReport(SOURCE, TARGET, List.of(groups), stopped);
        };
    }

    @Test
    void givenEveryGroupCopiedOrAlreadyThere_whenMigrated_thenEachGroupOnItsLineASummaryAndExitStatus0() {
        int exit = run("en", reporting(new GroupMigration("94111111001", Outcome.COPIED, 3, 3, null),
                new GroupMigration("94123456001", Outcome.ALREADY_THERE, 1, 1, null)));

        assertThat(exit).isEqualTo(ExitCode.OK);
        assertThat(out.toString().lines()).containsExactly(
                "Copying the groups of the file storage " + SOURCE + " into the database " + TARGET + ":",
                "  94111111001  copied: revision 3, 3 history entries, read back identical",
                "  94123456001  already in the database, identical",
                "2 groups: 1 copied, 1 already there, 0 skipped, 0 failed. The file storage is unchanged.");
        assertThat(err.toString().lines()).as("the progress, on standard error")
                .containsExactly("1/2 94111111001 copied", "2/2 94123456001 already there");
        assertThat(asked).containsExactly(new MigrateStorageCommand(false));
    }

    @Test
    void givenAGroupSkipped_whenMigrated_thenExitStatus1AndTheWayToReplaceIt() {
        int exit = run("en", reporting(new GroupMigration("94123456001", Outcome.SKIPPED_EXISTS, 2, 2, null)));

        assertThat(exit).isEqualTo(ExitCode.REFUSED);
        assertThat(out.toString()).contains("94123456001  skipped:", "--replace");
    }

    @Test
    void givenReplace_whenMigrated_thenAskedWithReplaceAndTheReplacedGroupSaysSo() {
        int exit = run("fr", reporting(new GroupMigration("94123456001", Outcome.REPLACED, 2, 2, null)), "--replace");

        assertThat(exit).isEqualTo(ExitCode.OK);
        assertThat(asked).containsExactly(new MigrateStorageCommand(true));
        assertThat(out.toString()).contains("94123456001  remplacé\u202F: révision 2, 2 entrées d’historique");
    }

    @Test
    void givenADamagedSourceOrACopyNotVerified_whenMigrated_thenEveryGroupWithItsReasonAndExitStatus1() {
        int exit = run("nl", reporting(
                new GroupMigration("94111111001", Outcome.DAMAGED_IN_SOURCE, 0, 0, "not valid JSON (/data/groups/x.json)"),
                new GroupMigration("94123456001", Outcome.NOT_VERIFIED, 2, 2, "the configuration differs"),
                new GroupMigration("94654321001", Outcome.COPIED, 1, 1, null)));

        assertThat(exit).isEqualTo(ExitCode.REFUSED);
        assertThat(out.toString()).contains(
                "94111111001  niet gekopieerd: het is onleesbaar in de bestandsopslag: not valid JSON",
                "94123456001  gekopieerd, maar niet gecontroleerd: the configuration differs",
                "94654321001  gekopieerd: revisie 1",
                "2 mislukt");
        assertThat(err.toString()).contains("1/3 94111111001 mislukt (onleesbaar)", "3/3 94654321001 gekopieerd",
                "2 samenwerkingsverbanden staan niet in de database");
    }

    @Test
    void givenAGroupRefusedByTheImportRulesOrTheDatabase_whenMigrated_thenItsReasonInTheLanguageAndExitStatus1() {
        int exit = run("en", reporting(
                new GroupMigration("94111111001", Outcome.REFUSED, 2, 1, null,
                        new ArchiveFormatException("its history entry 1 has revision 2 where 1 is expected", null)),
                new GroupMigration("94123456001", Outcome.REFUSED, 1, 1, null,
                        new StorageException("storage.database", null, TARGET, "SQLState 23514")),
                new GroupMigration("94654321001", Outcome.ALREADY_THERE, 1, 1, null)));

        assertThat(exit).isEqualTo(ExitCode.REFUSED);
        assertThat(out.toString()).contains(
                "94111111001  not copied: refused: its history entry 1 has revision 2 where 1 is expected",
                "94123456001  not copied: refused: The database " + TARGET + " cannot be used: SQLState 23514.",
                "3 groups: 0 copied, 1 already there, 0 skipped, 2 failed.");
        assertThat(err.toString()).contains("2/3 94123456001 failed (refused)",
                "2 groups are not in the database (see above why).");
    }

    @Test
    void givenTheDatabaseGoneInTheMiddle_whenMigrated_thenTheGroupsNotTriedListedOneErrorLineAndExitStatus3() {
        StorageException gone = new StorageException("storage.database", null, TARGET, "Connection refused [08001]");
        int exit = run("en", reporting(gone,
                new GroupMigration("94111111001", Outcome.COPIED, 1, 1, null),
                new GroupMigration("94123456001", Outcome.NOT_ATTEMPTED, 1, 1, null, gone),
                new GroupMigration("94654321001", Outcome.NOT_ATTEMPTED, 0, 0, null, gone)));

        assertThat(exit).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(out.toString()).contains("94111111001  copied", "94123456001  not tried: the database could no"
                + " longer be used", "94654321001  not tried", "3 groups: 1 copied, 0 already there, 0 skipped, 2 failed.");
        assertThat(err.toString().lines()).filteredOn(line -> line.startsWith("Error:")).singleElement().asString()
                .startsWith("Error: The database " + TARGET + " cannot be used: Connection refused [08001].")
                .contains("2 groups were not tried");
    }

    @Test
    void givenAnEmptyFileStorage_whenMigrated_thenNothingToCopy() {
        assertThat(run("en", reporting())).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("The file storage " + SOURCE + " holds no group: nothing to copy.");
    }

    @Test
    void givenTheDatabaseUnreachable_whenMigrated_thenOneLineAndExitStatus3() {
        int exit = run("en", (command, progress) -> {
            throw new StorageException("storage.database", null, TARGET, "Connection refused [08001]");
        });

        assertThat(exit).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("Error: The database " + TARGET + " cannot be used: Connection refused [08001].");
    }
}
