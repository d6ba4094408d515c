package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.InMemoryArchiveCodec;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class GroupExportImportCommandTest {

    private final InMemoryArchiveCodec codec = new InMemoryArchiveCodec();
    private final ShellFixture here = ShellFixture.sharingExportsWith(codec);
    private final ShellFixture colleague = ShellFixture.sharingExportsWith(codec);

    @TempDir
    Path folder;

    private Path exported() {
        Path file = folder.resolve(GROUP + ".json");
        assertThat(here.run("group export", GROUP, "--output", file.toString()).exit()).isEqualTo(ExitCode.OK);
        return file;
    }

    @Test
    void givenAGroup_whenExportedToAFileAndImportedIntoAnotherStore_thenTheSameValuesProcedureAndHistory() {
        here.withCompleteGroup().withProcedureDone();
        Path file = exported();

        Run imported = colleague.run("group import", file.toString());

        assertThat(imported.exit()).isEqualTo(ExitCode.OK);
        assertThat(imported.outLines()).containsExactly(colleague.messages().text("import.done", GROUP, 8));
        assertThat(colleague.run("group show", GROUP, "--format", "json").json().get("values"))
                .isEqualTo(here.run("group show", GROUP, "--format", "json").json().get("values"));
        assertThat(colleague.run("group status", GROUP).exit()).isEqualTo(ExitCode.OK);
        JsonNode history = colleague.run("group history", GROUP, "--format", "json").json().get("entries");
        assertThat(history).hasSize(8);
        assertThat(history.get(7).get("change").stringValue()).isEqualTo("imported");
    }

    @Test
    void givenAnOutputFile_whenExported_thenOwnerOnlyAndNothingOnStandardOutput() throws IOException {
        here.withGroup();

        Path file = folder.resolve("export.json");
        Run run = here.run("group export", GROUP, "--output", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(here.messages().text("output.written", file.toAbsolutePath()));
        assertThat(Files.readString(file)).contains(GROUP);
        assumeThat(folder.getFileSystem().supportedFileAttributeViews()).contains("posix");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void givenNoOutputFile_whenExported_thenTheExportOnStandardOutput() {
        here.withGroup();

        Run run = here.run("group export", "94123456");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains(GROUP);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void givenAGroupThatDoesNotExist_whenExported_thenRefusedAndNoFileWritten() {
        Path file = folder.resolve("none.json");

        Run run = here.run("group export", "94999999001", "--output", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(file).doesNotExist();
    }

    @Test
    void givenTheGroupExistsInTheOtherStore_whenImportedWithoutReplace_thenRefusedAndWithReplaceReplaced() {
        here.withGroup();
        here.run("group set", GROUP, "--city", "Liège");
        colleague.withGroup();
        Path file = exported();

        Run refused = colleague.run("group import", file.toString());
        Run replaced = colleague.run("group import", file.toString(), "--replace");

        assertThat(refused.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(refused.err()).contains(colleague.messages().text("error.group-exists", GROUP));
        assertThat(replaced.exit()).isEqualTo(ExitCode.OK);
        assertThat(replaced.outLines()).containsExactly(colleague.messages().text("import.replaced", GROUP, 3));
        assertThat(colleague.run("group show", GROUP, "--format", "json").json().at("/values/city").stringValue())
                .isEqualTo("Liège");
    }

    @Test
    void givenAnIncompleteGroup_whenImported_thenImportedWithItsFindingsOnStandardError() {
        here.withGroup();
        Path file = exported();

        Run run = colleague.run("group import", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("[required]");
    }

    @Test
    void givenAFileThatDoesNotExist_whenImported_thenRefusedNamingTheFile() {
        Path missing = folder.resolve("missing.json");

        Run run = colleague.run("group import", missing.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(colleague.messages().text("error.prefix") + " "
                + colleague.messages().text("file.missing", missing, colleague.messages().text("file.expected.import")));
    }

    @Test
    void givenAFileThatIsNoExport_whenImported_thenRefusedInOneLine() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "group 94123456001: call back on Monday\n");

        Run run = colleague.run("group import", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.errLines()).singleElement().asString().startsWith(colleague.messages().text("error.prefix"));
        assertThat(colleague.run("group list", "--format", "json").json().get("groups")).isEmpty();
    }

    @Test
    void givenAFileThatIsNotUtf8_whenImported_thenRefused() throws IOException {
        Path file = Files.write(folder.resolve("latin1.json"), new byte[]{'{', (byte) 0xE9, (byte) 0xFF, '}'});

        Run run = colleague.run("group import", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).contains(colleague.messages().text("import.not-utf8"));
    }

    @Test
    void givenNoFile_whenImported_thenUsageError() {
        Run run = colleague.run("group import");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(colleague.messages().text("usage.missing-argument", "FILE"));
    }

    @Test
    void givenOutputWithoutFileName_whenExported_thenUsageError() {
        here.withGroup();

        Run run = here.run("group export", GROUP, "--output");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(here.messages().text("usage.missing-value", "--output", "FILE"));
    }
}
