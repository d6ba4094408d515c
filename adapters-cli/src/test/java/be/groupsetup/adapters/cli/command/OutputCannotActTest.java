package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.csam.AuthorityRole;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.text.UnsafeCharacters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Output cannot act (issue 11, item 2): text stored before today's entry rules, or by another adapter, that holds
 * a terminal escape, a bidi override or a line feed is shown escaped by every command that displays it, in every
 * format — never raw. The stored state is put into the store directly, since every entry now refuses such text.
 */
class OutputCannotActTest {

    /** A terminal escape sequence: red text. */
    private static final String ESCAPE = "Evil\u001b[31mRED\u001b[0m";
    private static final String ESCAPE_SHOWN = "Evil\\u001B[31mRED\\u001B[0m";
    /** A right-to-left override ("Trojan Source"). */
    private static final String BIDI = "Anna\u202Etxt.exe";
    private static final String BIDI_SHOWN = "Anna\\u202Etxt.exe";
    /** A line feed that would forge a line of output. */
    private static final String NEWLINE = "line one\nERROR forged line";
    private static final String NEWLINE_SHOWN = "line one\\u000AERROR forged line";

    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

    private final ShellFixture shell = ShellFixture.english();

    @BeforeEach
    void aGroupStoredWithTextThatCouldAct() {
        StepRecord authority = new StepRecord(CsamStep.AUTHORITY, ESCAPE, AuthorityRole.GROUP_RESPONSIBLE, false,
                null, false, false, "tech " + BIDI, AT, null);
        StepRecord login = new StepRecord(CsamStep.CSAM_LOGIN, NEWLINE, null, false, null, false, false,
                "tech-anna", AT.plusSeconds(60), null);
        GroupSetup setup = ShellFixture.storedSetup(Map.of(FieldKey.COMPANY_NAME, ESCAPE, FieldKey.LAST_NAME, BIDI,
                FieldKey.STREET, NEWLINE)).with(CsamProcedure.reconstitute(List.of(authority, login)));
        List<HistoryEntry> history = List.of(
                new HistoryEntry(AT, "tech " + BIDI, 1, HistoryKind.CREATED,
                        List.of(new FieldChange(FieldKey.GROUP_NUMBER, null, GROUP)), List.of(), List.of(), List.of(),
                        null),
                new HistoryEntry(AT.plusSeconds(30), ESCAPE, 2, HistoryKind.FIELDS_SET,
                        List.of(new FieldChange(FieldKey.COMPANY_NAME, null, ESCAPE),
                                new FieldChange(FieldKey.STREET, null, NEWLINE)), List.of(), List.of(),
                        List.of(Finding.warning(FieldKey.CITY, "city.postal-code-mismatch", ESCAPE, NEWLINE, BIDI),
                                Finding.warning(FieldKey.CITY, "forged\u001b[2J", "x")), null),
                new HistoryEntry(AT.plusSeconds(60), NEWLINE, 3, HistoryKind.CSAM_RECORDED, List.of(),
                        List.of(authority, login), List.of(), List.of(), null),
                new HistoryEntry(AT.plusSeconds(90), "tech-anna", 4, HistoryKind.IMPORTED, List.of(), List.of(),
                        List.of(), List.of(), "origin " + ESCAPE + NEWLINE));
        shell.withStored(setup, 4, history);
    }

    /** Neither stream holds a character that can act: line feeds are the output's own line ends. */
    private static void assertNothingCanAct(Run run) {
        assertThat(UnsafeCharacters.first(run.out().replace("\n", ""))).as("standard output of %s", run).isEmpty();
        assertThat(UnsafeCharacters.first(run.err().replace("\n", ""))).as("standard error of %s", run).isEmpty();
        // a stored line feed would begin a forged line
        assertThat(run.out()).doesNotContainPattern("(?m)^ERROR forged line");
        assertThat(run.err()).doesNotContainPattern("(?m)^ERROR forged line");
    }

    private Run displayed(String command, String... words) {
        Run run = shell.run(command, words);
        assertThat(run.exit()).as("%s", run).isIn(ExitCode.OK, ExitCode.REFUSED);
        assertNothingCanAct(run);
        return run;
    }

    @Test
    void givenStoredPersonNamesThatCouldAct_whenCsamStatus_thenShownEscaped() {
        Run run = displayed("csam status", GROUP);

        assertThat(run.out()).contains(ESCAPE_SHOWN).contains(NEWLINE_SHOWN).contains("tech " + BIDI_SHOWN);
    }

    @Test
    void givenStoredTechniciansValuesAndDetailsThatCouldAct_whenGroupHistory_thenShownEscaped() {
        Run run = displayed("group history", GROUP);

        assertThat(run.out()).contains("tech " + BIDI_SHOWN).contains(ESCAPE_SHOWN).contains(NEWLINE_SHOWN)
                .contains("forged\\u001B[2J");
    }

    @Test
    void givenStoredValuesThatCouldAct_whenGroupShowAndCheck_thenShownEscaped() {
        assertThat(displayed("group show", GROUP).out()).contains(ESCAPE_SHOWN).contains(BIDI_SHOWN)
                .contains(NEWLINE_SHOWN);
        displayed("group check", GROUP);
        displayed("group status", GROUP);
    }

    @Test
    void givenAStoredCompanyNameThatCouldAct_whenGroupList_thenShownEscaped() {
        assertThat(displayed("group list").out()).contains(ESCAPE_SHOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "markdown", "html"})
    void givenStoredTextThatCouldAct_whenTheSheetIsPrinted_thenShownEscapedInEveryFormat(String format) {
        Run run = displayed("group sheet", GROUP, "--format", format);

        assertThat(run.out()).contains(ESCAPE_SHOWN).contains(BIDI_SHOWN).contains(NEWLINE_SHOWN);
    }

    @Test
    void givenStoredTextThatCouldAct_whenTheSheetIsPrintedAsHtml_thenTheVisibleEscapeIsHtmlEncoded() {
        shell.run("group set", GROUP, "--city", "Liège");
        Run run = displayed("group sheet", GROUP, "--format", "html");

        assertThat(run.out()).contains("<td class=\"type\">" + ESCAPE_SHOWN + "</td>")
                .doesNotContain("\u001b").doesNotContain("\u202E");
    }

    @ParameterizedTest
    @ValueSource(strings = {"csam status", "group show", "group history", "group list", "group sheet"})
    void givenStoredTextThatCouldAct_whenPrintedAsJson_thenJsonEscapesThatReadBackAsStored(String command) {
        Run run = command.equals("group list") ? displayed(command, "--format", "json")
                : displayed(command, GROUP, "--format", "json");

        // the raw document holds JSON escapes only: a consumer printing a string raw is safe too
        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u202E");
        assertThat(run.out()).containsAnyOf("\\u001B", "\\u202E", "\\n");
        assertThat(run.json().isObject()).isTrue();
    }

    @Test
    void givenStoredTextThatCouldAct_whenTheSheetIsJson_thenEveryStringReadsBackExactlyAsStored() {
        JsonNode json = displayed("group sheet", GROUP, "--format", "json").json();

        List<String> types = json.get("rows").valueStream().map(r -> r.get("type").stringValue()).toList();
        assertThat(types).contains(ESCAPE, BIDI, NEWLINE);
        assertThat(json.at("/csam/steps/0/records/0/person").stringValue()).isEqualTo(ESCAPE);
        assertThat(json.at("/csam/steps/0/records/0/recordedBy").stringValue()).isEqualTo("tech " + BIDI);
    }

    @Test
    void givenStoredTextThatCouldAct_whenTheMarkdownSheetIsPrinted_thenItsTableKeepsFourCellsPerRow() {
        shell.withStored(ShellFixture.storedSetup(Map.of(FieldKey.COMPANY_NAME, "A | B \\ C <img src=x> &#x202E;")),
                1, List.of(new HistoryEntry(AT, "tech", 1, HistoryKind.CREATED, List.of(), List.of(), List.of(),
                        List.of(), null)));

        String markdown = displayed("group sheet", GROUP, "--format", "markdown").out();

        String row = markdown.lines().filter(l -> l.startsWith("| Nom de l’entreprise")).findFirst().orElseThrow();
        assertThat(row).contains("`A \\| B \\ C <img src=x> &#x202E;`");
        assertThat(row.split("(?<!\\\\)\\|", -1)).hasSize(6);
    }

    @Test
    void givenStoredTextThatCouldAct_whenTheSheetIsWrittenToAFile_thenTheFileHoldsTheEscapesToo(@TempDir Path folder)
            throws IOException {
        for (String format : List.of("text", "markdown", "html", "json")) {
            Path file = folder.resolve("sheet." + format);
            Run run = shell.run("group sheet", GROUP, "--format", format, "--output", file.toString());
            assertThat(run.exit()).isEqualTo(ExitCode.OK);
            String written = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(UnsafeCharacters.first(written.replace("\n", ""))).as(format).isEmpty();
        }
        assertThat(Files.readString(folder.resolve("sheet.text"))).contains(ESCAPE_SHOWN);
    }
}
