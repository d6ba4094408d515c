package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class GroupSheetCommandTest {

    private final ShellFixture shell = ShellFixture.english();

    @BeforeEach
    void aCompleteGroupHalfWayThroughTheProcedure() {
        shell.withCompleteGroup();
        shell.run("csam record", GROUP, "authority", "--person", "Françoise D'Hondt", "--role", "group-responsible");
    }

    private Run sheet(String format) {
        Run run = shell.run("group sheet", GROUP, "--format", format);
        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        return run;
    }

    /** The text sheet's line for a label: label, blanks, what to type, and the readable form in brackets. */
    private static String row(String text, String label) {
        return text.lines().filter(line -> line.startsWith(label + "  ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in\n" + text));
    }

    @Test
    void givenTextFormat_whenPrinted_thenEveryLabelInScreenOrderWithBothGroupNumberFields() {
        String text = sheet("text").out();

        assertThat(text).containsSubsequence("Nom de l’entreprise", "Ville", "Code Postal", "Rue", "IBAN", "BIC",
                "Prénom", "Nom", "Tél", "Type de souscription", "Numéro INAMI", "Partie Tiers Payant", "Nr de groupe",
                "Numéro de société", "Unique Point de Contact", "Prest. de soins de refs", "Type de mandat",
                "Nr de mandat", "Ehealth box", "EHealth box type", "EHealth Box Qualité");
        assertThat(row(text, "Partie Tiers Payant")).matches("Partie Tiers Payant\\s+94123456001\\s+\\(94123456-001\\)");
        assertThat(row(text, "Nr de groupe")).matches("Nr de groupe\\s+94123456001\\s+\\(94123456-001\\)");
    }

    @Test
    void givenTextFormat_whenPrinted_thenTheCompactTextToTypeAndTheReadableFormBeside() {
        String text = sheet("text").out();

        assertThat(row(text, "IBAN")).matches("IBAN\\s+BE68539007547034\\s+\\(BE68 5390 0754 7034\\)");
        assertThat(row(text, "Numéro de société")).matches("Numéro de société\\s+0428759497\\s+\\(0428\\.759\\.497\\)");
        assertThat(row(text, "Tél")).matches("Tél\\s+0470123456\\s+\\(0470 12 34 56\\)");
        assertThat(row(text, "Nom de l’entreprise")).matches("Nom de l’entreprise\\s+Soins à Domicile L'Aurore SRL");
    }

    @Test
    void givenTextFormat_whenPrinted_thenMandateTypeAucunAndMandateNumberLeftEmpty() {
        String text = sheet("text").out();
        String leaveEmpty = shell.messages().text("sheet.leave-empty");

        assertThat(row(text, "Type de mandat")).matches("Type de mandat\\s+aucun");
        assertThat(row(text, "Nr de mandat")).matches("Nr de mandat\\s+" + Pattern.quote(leaveEmpty));
    }

    @Test
    void givenTextFormat_whenPrinted_thenTheChecklistWithStatusNextInstructionAndLink() {
        String text = sheet("text").out();

        assertThat(text).containsSubsequence(shell.messages().text("procedure.title"),
                "[x] 1.", "Françoise D'Hondt", "[ ] 2.", "[ ] 6.",
                shell.messages().text("csam.next", 2, shell.messages().text("step.csam-login.title")),
                shell.messages().text("step.csam-login.instruction"), shell.messages().text("step.csam-login.link"));
        assertThat(text).contains("https://");
    }

    @Test
    void givenAWarningOnAField_whenPrinted_thenTheWarningIsUnderItsRow() {
        shell.run("group set", GROUP, "--single-point-of-contact", "300");

        String text = sheet("text").out();

        assertThat(text).containsPattern("Unique Point de Contact\\s+300\\R\\s+! warning");
    }

    @Test
    void givenMarkdownFormat_whenPrinted_thenATableWithTheLabelsCodeForTheTextToTypeAndTheChecklist() {
        String markdown = sheet("markdown").out();

        assertThat(markdown).startsWith("# ");
        assertThat(markdown).contains("| Partie Tiers Payant | `94123456001` | 94123456-001 |")
                .contains("| Nr de groupe | `94123456001` | 94123456-001 |")
                .contains("| IBAN | `BE68539007547034` | BE68 5390 0754 7034 |")
                .contains("| Type de mandat | `aucun` |")
                .contains("| Nr de mandat | *" + shell.messages().text("sheet.leave-empty") + "* |")
                .contains("- [x] **1. ").contains("- [ ] **2. ");
    }

    @Test
    void givenHtmlFormat_whenPrinted_thenOneSelfContainedPrintablePage() {
        String html = sheet("html").out();

        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>" + System.lineSeparator());
        assertThat(html).contains("<meta charset=\"utf-8\">").contains("<style>").contains("@media print");
        assertThat(html).doesNotContainPattern("(?i)<link\\b").doesNotContainPattern("(?i)<script\\b")
                .doesNotContainPattern("(?i)\\ssrc\\s*=").doesNotContainPattern("(?i)@import")
                .doesNotContainPattern("(?i)url\\(");
        assertThat(html).contains("<td class=\"label\">Partie Tiers Payant</td>")
                .contains("<td class=\"label\">Nr de groupe</td>")
                .contains("<td class=\"label\">Type de mandat</td><td class=\"type whole\">aucun</td>")
                .contains("<td class=\"label\">Nr de mandat</td><td class=\"type empty\">")
                .contains(">BE68539007547034</td><td class=\"whole\">BE68 5390 0754 7034</td>");
        assertThat(html).contains("@page{size:A4;").contains("<header>\n<h1>")
                .containsPattern(" printed on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d by " + ShellFixture.TECHNICIAN
                        + "\\.</p>\n</header>");
        assertThat(html).contains("<a href=\"" + shell.messages().text("step.csam-login.link") + "\">");
    }

    @Test
    void givenValuesWithMarkupCharacters_whenPrintedAsHtml_thenEncodedForTheirContext() {
        shell.run("group set", GROUP, "--company-name", "Soins <b>Aurore</b> & \"Fils\"");

        String html = sheet("html").out();

        // element content: < > & encoded; quotes need no encoding there
        assertThat(html).contains("<td class=\"type\">Soins &lt;b&gt;Aurore&lt;/b&gt; &amp; \"Fils\"</td>")
                .contains("<span class=\"company\">Soins &lt;b&gt;Aurore&lt;/b&gt; &amp; \"Fils\"</span>")
                .doesNotContain("<b>");
        assertThat(html).contains("D'Hondt");
    }

    @Test
    void givenJsonFormat_whenPrinted_thenRowsWithLabelTextToTypeAndReadableThenTheChecklist() {
        JsonNode json = sheet("json").json();

        assertThat(json.get("group").stringValue()).isEqualTo(GROUP);
        List<String> labels = new ArrayList<>();
        json.get("rows").forEach(row -> labels.add(row.get("label").stringValue()));
        assertThat(labels).hasSize(21).contains("Partie Tiers Payant", "Nr de groupe");
        JsonNode iban = json.get("rows").get(4);
        assertThat(iban.get("field").stringValue()).isEqualTo("iban");
        assertThat(iban.get("type").stringValue()).isEqualTo("BE68539007547034");
        assertThat(iban.get("readable").stringValue()).isEqualTo("BE68 5390 0754 7034");
        JsonNode mandateType = json.get("rows").get(16);
        assertThat(mandateType.get("label").stringValue()).isEqualTo("Type de mandat");
        assertThat(mandateType.get("type").stringValue()).isEqualTo("aucun");
        JsonNode mandateNumber = json.get("rows").get(17);
        assertThat(mandateNumber.get("label").stringValue()).isEqualTo("Nr de mandat");
        assertThat(mandateNumber.get("type").stringValue()).isEmpty();
        assertThat(json.get("csam").get("steps").get(0).get("state").stringValue()).isEqualTo("done");
        assertThat(json.get("csam").get("next").stringValue()).isEqualTo("csam-login");
        assertThat(json.get("ready").booleanValue()).isFalse();
    }

    @Test
    void givenAnIncompleteGroup_whenPrinted_thenMissingFieldsMarkedAndExit0() {
        shell.run("group clear", GROUP, "bic");

        Run run = shell.run("group sheet", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(row(run.out(), "BIC")).contains(shell.messages().text("sheet.missing"));
        assertThat(run.out()).contains("[required]");
    }

    @Test
    void givenAnOutputFile_whenPrinted_thenWrittenOwnerOnlyAndNothingOnStandardOutput(@TempDir Path folder)
            throws IOException {
        Path file = folder.resolve("sheet-94123456001.html");

        Run run = shell.run("group sheet", GROUP, "--format", "html", "--output", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(file.toAbsolutePath().toString());
        assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").contains("Nr de groupe");
        assumeThat(folder.getFileSystem().supportedFileAttributeViews()).contains("posix");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(folder)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void givenAnOutputFileThatExists_whenPrinted_thenReplacedWhole(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("sheet.txt");
        Files.writeString(file, "x".repeat(100_000));

        assertThat(shell.run("group sheet", GROUP, "--output", file.toString()).exit()).isEqualTo(ExitCode.OK);

        assertThat(Files.readString(file)).startsWith(shell.messages().text("sheet.title", "Configuration",
                "Utilisateur", GROUP)).doesNotContain("xxx");
    }

    @Test
    void givenAnOutputFolderThatDoesNotExist_whenPrinted_thenUsageErrorInOneLineSayingWhatIsExpected(
            @TempDir Path folder) {
        Path file = folder.resolve("no/such/sheet.txt");

        Run run = shell.run("group sheet", GROUP, "--output", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(shell.messages().text("error.prefix") + " " + shell.messages()
                .text("file.missing-folder", file, shell.messages().text("file.expected.output")));
        assertThat(folder.resolve("no")).doesNotExist();
    }

    @Test
    void givenAGroupThatDoesNotExist_whenPrinted_thenExit1() {
        Run run = shell.run("group sheet", "94999999001");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void givenAnUnknownFormat_whenPrinted_thenUsageErrorListingTheFourFormats() {
        Run run = shell.run("group sheet", GROUP, "--format", "pdf");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("text, markdown, html, json");
    }
}
