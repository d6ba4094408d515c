package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class GroupLetterCommandTest {

    private final ShellFixture shell = ShellFixture.english();

    private List<HistoryEntry> history() {
        return shell.store.history(new GroupNumber(GROUP));
    }

    @Test
    void givenAHalfDoneGroup_whenLetterWrittenInFrench_thenTheLetterInFrenchAndTheHistoryEntry() {
        shell.withGroup();
        shell.run("group set", GROUP, "--company-name", "Soins Chez Vous SRL", "--first-name", "Françoise",
                "--last-name", "D'Hondt", "--inami", "41234502001", "--single-point-of-contact", "319");
        shell.run("csam record", GROUP, "authority", "--person", "Françoise D'Hondt", "--role", "group-responsible");
        shell.run("csam record", GROUP, "csam-login", "--person", "D'HONDT Françoise Marie");

        Run run = shell.run("group letter", GROUP, "--language", "fr");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("AllsoftPlus pour Soins Chez Vous SRL (groupement •••••••6-001)")
                .contains("le numéro d’entreprise à 10 chiffres de votre extrait de la BCE")
                .contains("319 n’est pas une mutualité chrétienne")
                .contains("Qui se connecte\u202f: Françoise D'Hondt, l’infirmier(ère) qui représente le groupement")
                .contains("https://csam.be/fr/gestion-gestionnaires-acces.html")
                .contains(ShellFixture.TECHNICIAN + "\n\nÉcrit le 2026-03-02 ");
        HistoryEntry last = history().get(history().size() - 1);
        assertThat(last.kind()).isEqualTo(HistoryKind.LETTER_WRITTEN);
        assertThat(last.detail()).isEqualTo("fr");
        assertThat(last.technician()).isEqualTo(ShellFixture.TECHNICIAN);
    }

    @Test
    void givenALetterWritten_whenTheHistoryIsShown_thenItSaysLetterWrittenInTheLanguageOfTheShell() {
        shell.withCompleteGroup();
        shell.run("group letter", GROUP, "--language", "nl");

        assertThat(shell.run("group history", GROUP).out()).contains("letter written (nl)");
        ShellFixture french = ShellFixture.inLanguage("fr").withCompleteGroup();
        french.run("group letter", GROUP, "--language", "nl");
        assertThat(french.run("group history", GROUP).out()).contains("lettre écrite (nl)");
        ShellFixture dutch = ShellFixture.inLanguage("nl").withCompleteGroup();
        dutch.run("group letter", GROUP, "--language", "fr");
        assertThat(dutch.run("group history", GROUP).out()).contains("brief geschreven (fr)");
    }

    @Test
    void givenNoLanguageOption_whenLetterWritten_thenInTheShellsLanguage() {
        shell.withCompleteGroup().withProcedureDone();

        Run run = shell.run("group letter", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("We need nothing more from you.").doesNotContain("IBAN");
        assertThat(history().get(history().size() - 1).detail()).isEqualTo("en");
    }

    @Test
    void givenAWrongIbanStored_whenLetterWritten_thenMaskedUnlessUnmasked() {
        shell.withStored(ShellFixture.storedSetup(java.util.Map.of(
                be.groupsetup.domain.field.FieldKey.IBAN, "BE68539007547035")));

        assertThat(shell.run("group letter", GROUP).out()).contains("IBAN — BE68 •••• •••• 7035")
                .doesNotContain("7547035");
        assertThat(shell.run("group letter", GROUP, "--unmasked").out()).contains("IBAN — BE68 5390 0754 7035");
    }

    @Test
    void givenAnOutputFile_whenLetterWritten_thenWrittenOwnerOnlyAndNothingOnStandardOutput(@TempDir Path folder)
            throws IOException {
        shell.withCompleteGroup();
        Path file = folder.resolve("letter.html");

        Run run = shell.run("group letter", GROUP, "--format", "html", "--language", "nl", "--output",
                file.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Written").contains(file.toAbsolutePath().toString());
        assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").contains("<html lang=\"nl\">");
        assumeThat(folder.getFileSystem().supportedFileAttributeViews()).contains("posix");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void givenAnUnknownLanguage_whenLetterWritten_thenUsageErrorNamingTheThreeAndNothingRecorded() {
        shell.withCompleteGroup();
        int before = history().size();

        Run run = shell.run("group letter", GROUP, "--language", "de");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("en, fr, nl");
        assertThat(history()).hasSize(before);
    }

    @Test
    void givenAnUnknownFormat_whenLetterWritten_thenUsageError() {
        shell.withCompleteGroup();

        Run run = shell.run("group letter", GROUP, "--format", "json");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("text, markdown, html");
    }

    @Test
    void givenAGroupThatDoesNotExist_whenLetterWritten_thenRefusedWithTheUsualMessage() {
        Run run = shell.run("group letter", "94999999001");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(shell.run("group sheet", "94999999001").err().strip());
    }
}
