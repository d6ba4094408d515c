package be.groupsetup.bootstrap;

import be.groupsetup.adapters.cli.runner.GroupsetupRunner;
import be.groupsetup.persistence.document.ArchiveCodec;
import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.persistence.directory.DataDirectory;
import be.groupsetup.adapters.persistence.file.FileGroupStore;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.ImportGroupCommand;
import be.groupsetup.application.port.in.ImportResult;
import be.groupsetup.application.service.ShowGroupService;
import be.groupsetup.application.service.GroupTransferService;
import be.groupsetup.domain.configuration.ConfigurationRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real runner in-process, as {@code groupsetup WORDS…} and {@code groupsetup @FILE} run it: the words keep the
 * boundaries the operating system's shell gave them, results go to standard output, diagnostics to standard
 * error, and the exit status is that of docs/rules.md §5.2.
 */
@SpringBootTest(properties = {"groupsetup.shell.autorun=false", "groupsetup.technician=tech-runner"})
@DirtiesContext
class GroupsetupRunnerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Kept until the context is closed (after the class): JLine writes the shell's history there on closing. */
    @TempDir
    static Path folder;
    private static Path files;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("groupsetup.data-dir", () -> folder.resolve("data").toString());
    }

    @BeforeAll
    static void folderForFiles() throws IOException {
        files = Files.createDirectories(folder.resolve("files"));
    }

    @Autowired
    private GroupsetupRunner runner;

    record Result(int exit, String out, String err) {
        JsonNode json() {
            return JSON.readTree(out);
        }
    }

    private Result run(String... words) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = runner.run(words, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    /** One command line of the table: what it must exit with and show, on which stream. */
    record Case(String name, int exit, String out, String err, String... words) {
        static Case ok(String name, String out, String... words) {
            return new Case(name, 0, out, null, words);
        }

        static Case refused(String name, String err, String... words) {
            return new Case(name, 1, null, err, words);
        }

        static Case usage(String name, String err, String... words) {
            return new Case(name, 2, null, err, words);
        }
    }

    private static final String T = "94300001001";
    private static final String MISSING = "94399999001";
    private static final String COMPANY = "Soins à Domicile L'Aurore SRL";

    private static List<Case> everyCommand() {
        String sheetFile = files.resolve("sheet.html").toString();
        String exportFile = files.resolve("export.json").toString();
        List<Case> cases = new ArrayList<>();
        cases.add(Case.ok("group new", "Group " + T + ": stored (revision 1).", "group", "new", "94300001"));
        cases.add(Case.refused("group new, existing", "already exists", "group", "new", T));
        cases.add(Case.refused("group new, malformed", "[group-number.length]", "group", "new", "943"));
        cases.add(Case.usage("group new, no number", "Missing argument NUMBER", "group", "new"));
        cases.add(Case.ok("group set, every field; a value with blanks and an apostrophe as one word",
                "stored (revision 2)", "group", "set", T, "--company-name", COMPANY, "--city", "Liège",
                "--postal-code", "4000", "--street", "Rue de l'Évêché 12", "--iban", "BE68 5390 0754 7034",
                "--bic", "GKCCBEBB", "--first-name", "Françoise", "--last-name", "D'Hondt", "--phone", "0470 12 34 56",
                "--subscription-type", "MyCareNet 42", "--inami", "41234502001", "--enterprise-number",
                "BE 0428.759.497", "--single-point-of-contact", "135", "--reference-care-provider", "41234502001"));
        cases.add(Case.refused("group set, wrong IBAN", "[iban.checksum]", "group", "set", T, "--iban", "BE68539007547035"));
        cases.add(Case.refused("group set, blank value", "[blank]", "group", "set", T, "--city", " "));
        cases.add(Case.refused("group set, group number", "[group-number.not-settable]", "group", "set", T,
                "--group-number", "94300002001"));
        cases.add(Case.usage("group set, unknown key", "Unknown option --town", "group", "set", T, "--town", "Liège"));
        cases.add(Case.usage("group set, no field", "Give at least one field", "group", "set", T));
        cases.add(Case.ok("group clear", "nothing changed", "group", "clear", T, "ehealth-box"));
        cases.add(Case.refused("group clear, no such group", "There is no group " + MISSING, "group", "clear", MISSING, "city"));
        cases.add(Case.usage("group clear, unknown key", "Unknown field key", "group", "clear", T, "town"));
        cases.add(Case.ok("group show", COMPANY, "group", "show", "94.300.001"));
        cases.add(Case.refused("group show, no such group", "group new " + MISSING, "group", "show", MISSING));
        cases.add(Case.usage("group show, unknown format", "expected one of text, json", "group", "show", T, "--format", "xml"));
        cases.add(Case.ok("group list", T, "group", "list"));
        cases.add(Case.usage("group list, an argument", "Unexpected argument", "group", "list", T));
        cases.add(Case.ok("group check, complete", "is complete", "group", "check", T));
        cases.add(Case.refused("group check, no such group", "There is no group", "group", "check", MISSING));
        cases.add(Case.usage("group check, no number", "Missing argument NUMBER", "group", "check"));
        cases.add(new Case("group status, not ready: exit 1, what is missing on standard output", 1,
                "not ready for MyCareNet billing", null, "group", "status", T));
        cases.add(Case.usage("group status, extra argument", "Unexpected argument", "group", "status", T, "now"));
        cases.add(Case.ok("csam status", "[ ] 1.", "csam", "status", T));
        cases.add(Case.refused("csam status, no such group", "There is no group", "csam", "status", MISSING));
        cases.add(Case.usage("csam status, no number", "Missing argument NUMBER", "csam", "status"));
        cases.add(Case.ok("csam record authority", "Progress: 1 of 5", "csam", "record", T, "authority",
                "--person", "Françoise D'Hondt", "--role", "group-responsible"));
        cases.add(Case.refused("csam record, another role", "[csam.authority.role]", "csam", "record", T, "authority",
                "--person", "Jean Dupont", "--role", "secretary"));
        cases.add(Case.refused("csam record, a mandate", "[csam.mandate]", "csam", "record", T, "mandate"));
        cases.add(Case.usage("csam record, unknown step", "Unknown CSAM step", "csam", "record", T, "login"));
        cases.add(Case.ok("csam record csam-login", "Progress: 2 of 5", "csam", "record", T, "csam-login",
                "--person", "D'HONDT Françoise Marie"));
        cases.add(Case.ok("csam record principal-access-manager", "Progress: 3 of 5", "csam", "record", T,
                "principal-access-manager", "--existing"));
        cases.add(Case.ok("csam record access-rights", "Progress: 4 of 5", "csam", "record", T, "access-rights",
                "--person", "Françoise D'Hondt", "--services", "billing,insurability,medico-administrative"));
        cases.add(Case.ok("csam record no-mandates", "Progress: 5 of 5", "csam", "record", T, "no-mandates"));
        cases.add(Case.ok("group status, ready", "is ready for MyCareNet billing", "group", "status", T));
        cases.add(Case.ok("csam undo", "Removed", "csam", "undo", T, "no-mandates"));
        cases.add(Case.refused("csam undo, needed by later steps", "[csam.undo.needed-by]", "csam", "undo", T, "csam-login"));
        cases.add(Case.usage("csam undo, no step", "Missing argument STEP", "csam", "undo", T));
        cases.add(Case.ok("csam record no-mandates again", "Progress: 5 of 5", "csam", "record", T, "no-mandates"));
        cases.add(Case.ok("group history", "tech-runner", "group", "history", T));
        cases.add(Case.refused("group history, no such group", "There is no group", "group", "history", MISSING));
        cases.add(Case.usage("group history, no number", "Missing argument NUMBER", "group", "history"));
        cases.add(Case.ok("group sheet", "Nr de groupe", "group", "sheet", T));
        cases.add(new Case("group sheet to a file: nothing on standard output", 0, "", "Written: " + sheetFile,
                "group", "sheet", T, "--format", "html", "--output", sheetFile));
        cases.add(Case.refused("group sheet, no such group", "There is no group", "group", "sheet", MISSING));
        cases.add(Case.usage("group sheet, unknown format", "text, markdown, html, json", "group", "sheet", T, "--format", "pdf"));
        cases.add(Case.ok("group letter", "Kind regards,", "group", "letter", T));
        cases.add(Case.ok("group letter in Dutch", "Met vriendelijke groeten,", "group", "letter", T, "--language", "nl"));
        cases.add(Case.ok("group history, the letter written", "letter written (nl)", "group", "history", T));
        cases.add(Case.refused("group letter, no such group", "There is no group", "group", "letter", MISSING));
        cases.add(Case.usage("group letter, unknown language", "en, fr, nl", "group", "letter", T, "--language", "de"));
        cases.add(new Case("group export to a file", 0, "", "Written: " + exportFile,
                "group", "export", T, "--output", exportFile));
        cases.add(Case.refused("group export, no such group", "There is no group", "group", "export", MISSING));
        cases.add(Case.usage("group export, output without file", "needs a value", "group", "export", T, "--output"));
        cases.add(Case.ok("group rename", "94300002001", "group", "rename", T, "94300002"));
        cases.add(Case.refused("group rename, no such group", "There is no group " + T, "group", "rename", T, "94300003"));
        cases.add(Case.usage("group rename, no new number", "Missing argument NEW-NUMBER", "group", "rename", "94300002001"));
        cases.add(Case.ok("group rename back", T, "group", "rename", "94300002001", T));
        cases.add(Case.usage("group wizard without a terminal", "needs a terminal", "group", "wizard", T));
        cases.add(Case.usage("group delete without --force and without a terminal", "Add --force", "group", "delete", T));
        cases.add(Case.ok("group delete --force", "Group " + T + " deleted.", "group", "delete", T, "--force"));
        cases.add(Case.refused("group delete, no such group", "There is no group", "group", "delete", T, "--force"));
        cases.add(Case.ok("group import", "Group " + T + " imported", "group", "import", exportFile));
        cases.add(Case.refused("group import, exists", "already exists", "group", "import", exportFile));
        cases.add(Case.usage("group import, no file", "Missing argument FILE", "group", "import"));
        cases.add(Case.ok("group status after the import: ready again", "is ready", "group", "status", T));
        cases.add(Case.usage("csam reset without --force and without a terminal", "Add --force", "csam", "reset", T));
        cases.add(Case.ok("csam reset --force", "Progress: 0 of 5", "csam", "reset", T, "--force"));
        cases.add(Case.refused("csam reset, no such group", "There is no group", "csam", "reset", MISSING, "--force"));
        cases.add(Case.ok("help", "group set", "help"));
        cases.add(Case.ok("help for a command", "Usage: csam record NUMBER STEP", "help", "csam", "record"));
        cases.add(Case.usage("help, unknown command", "Unknown command", "help", "frobnicate"));
        cases.add(Case.usage("unknown command", "Unknown command “frobnicate”", "frobnicate", "now"));
        cases.add(Case.usage("a command group alone", "“group” needs one more word: group acknowledge, group check", "group"));
        cases.add(new Case("exit", 0, "", "", "exit"));
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> givenEveryCommand_whenRunOneShot_thenItsExitStatusAndEachStreamCarriesWhatItShould() {
        return everyCommand().stream().map(c -> DynamicTest.dynamicTest(c.name() + " → " + c.exit(), () -> {
            Result result = run(c.words());
            assertThat(result.exit()).as("exit status; out=%s err=%s", result.out(), result.err()).isEqualTo(c.exit());
            if (c.out() != null) {
                assertThat(result.out()).as("standard output").contains(c.out());
            }
            if (c.err() != null) {
                assertThat(result.err()).as("standard error").contains(c.err());
            }
            if (c.out() != null && c.out().isEmpty()) {
                assertThat(result.out()).as("standard output").isEmpty();
            }
            if (c.exit() == 2 || c.exit() == 1 && c.out() == null) {
                assertThat(result.out()).as("nothing on standard output for a refusal or usage error").isEmpty();
                assertThat(result.err()).as("a diagnostic").isNotBlank();
            }
            if (c.exit() == 0) {
                assertThat(result.err()).as("no error for a success").doesNotContain("Error:");
            }
            assertThat(result.out() + result.err()).as("no stack trace")
                    .doesNotContain("\tat ").doesNotContain("Exception");
        }));
    }

    @Test
    void givenAValueWithBlanksAndAnApostropheAsOneArgument_whenSet_thenItArrivesWhole() {
        run("group", "new", "94300010");

        Result set = run("group", "set", "94300010001", "--company-name", COMPANY, "--street", "Rue de l'Évêché 12");

        assertThat(set.exit()).isZero();
        JsonNode values = run("group", "show", "94300010001", "--format", "json").json().get("values");
        assertThat(values.get("company-name").stringValue()).isEqualTo(COMPANY);
        assertThat(values.get("street").stringValue()).isEqualTo("Rue de l'Évêché 12");
    }

    @Test
    void givenWarnings_whenJsonIsAsked_thenStandardOutputIsExactlyOneDocumentAndTheWarningsAreOnStandardError() {
        run("group", "new", "94300011");

        Result result = run("group", "set", "94300011001", "--single-point-of-contact", "300", "--format", "json");

        assertThat(result.exit()).isZero();
        assertThat(result.json().get("findings").get(0).get("severity").stringValue()).isEqualTo("warning");
        assertThat(result.err()).startsWith("warning").contains("Unique Point de Contact");
        assertThat(result.out().strip()).startsWith("{").endsWith("}");
    }

    @Test
    void givenAScript_whenRun_thenBlankLinesAndCommentsSkippedQuotingReadAndEveryCommandRun(@TempDir Path scripts)
            throws IOException {
        Path script = Files.writeString(scripts.resolve("setup.groupsetup"), """
                # a new group
                group new 94300020

                   # indented comment
                group set 94300020001 --company-name "Soins à Domicile L'Aurore SRL" --last-name D\\'Hondt
                group show 94300020001 --format json
                """, StandardCharsets.UTF_8);

        Result result = run("@" + script);

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("Group 94300020001: stored (revision 1).")
                .contains("\"company-name\" : \"Soins à Domicile L'Aurore SRL\"")
                .contains("\"last-name\" : \"D'Hondt\"");
        assertThat(result.err()).contains("[group-number.completed]");
    }

    @Test
    void givenAScriptWithARefusedCommand_whenRun_thenItStopsThereWithThatStatusNamingTheLine(@TempDir Path scripts)
            throws IOException {
        Path script = Files.writeString(scripts.resolve("stops.txt"), """
                group new 94300021
                # the IBAN is mistyped
                group set 94300021001 --iban BE68539007547035
                group set 94300021001 --city Liège
                """, StandardCharsets.UTF_8);

        Result result = run("@" + script);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("[iban.checksum]")
                .contains(script + ", line 3: group set 94300021001 --iban BE68539007547035");
        assertThat(run("group", "show", "94300021001", "--format", "json").json().at("/values/city").isNull()).isTrue();
    }

    @Test
    void givenAScriptWithAUsageError_whenRun_thenItStopsWithExit2(@TempDir Path scripts) throws IOException {
        Path script = Files.writeString(scripts.resolve("usage.txt"), "group list --colour\ngroup new 94300022\n");

        Result result = run("@" + script);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option --colour").contains(script + ", line 1");
        assertThat(run("group", "show", "94300022001").exit()).isEqualTo(1);
    }

    @Test
    void givenAScriptWithAnUnclosedQuote_whenRun_thenExit2NamingTheLine(@TempDir Path scripts) throws IOException {
        Path script = Files.writeString(scripts.resolve("quote.txt"), "group new 94300023\ngroup set 94300023001 --last-name D'Hondt\n");

        Result result = run("@" + script);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains(script + ", line 2").contains("\"D'Hondt\"");
    }

    @Test
    void givenAScriptOfCommentsAndBlankLinesOnly_whenRun_thenExit2SayingItHoldsNoCommand(@TempDir Path scripts)
            throws IOException {
        Path script = Files.writeString(scripts.resolve("empty.txt"), "# nothing but a comment\n\n   \n");

        Result result = run("@" + script);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("holds no command").contains(script.toString());
        assertThat(result.out()).isEmpty();
    }

    @Test
    void givenAScriptThatDoesNotExist_whenRun_thenExit2InOneLine(@TempDir Path scripts) {
        Path missing = scripts.resolve("nowhere.txt");

        Result result = run("@" + missing);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).singleElement().asString().contains("There is no file " + missing)
                .contains("Expected: a file of commands");
    }

    @Test
    void givenAScriptWithExit_whenRun_thenItEndsThereWithExit0(@TempDir Path scripts) throws IOException {
        Path script = Files.writeString(scripts.resolve("exit.txt"), "group new 94300024\nexit\ngroup new 94300025\n");

        Result result = run("@" + script);

        assertThat(result.exit()).isZero();
        assertThat(run("group", "show", "94300024001").exit()).isZero();
        assertThat(run("group", "show", "94300025001").exit()).isEqualTo(1);
    }

    @Test
    void givenExitOrQuit_whenRunOneShot_thenExit0AndNothingPrinted() {
        assertThat(run("exit")).isEqualTo(new Result(0, "", ""));
        assertThat(run("QUIT")).isEqualTo(new Result(0, "", ""));
    }

    @Test
    void givenAnExportFile_whenImportedIntoAnotherFileStore_thenTheSameGroup(@TempDir Path otherDataDir)
            throws IOException {
        run("group", "new", "94300030");
        run("group", "set", "94300030001", "--company-name", COMPANY, "--iban", "BE35 3101 2345 6737");
        run("csam", "record", "94300030001", "authority", "--person", "Marie Dubois", "--role", "local-user");
        Path file = otherDataDir.resolveSibling(otherDataDir.getFileName() + "-export.json");
        assertThat(run("group", "export", "94300030001", "--output", file.toString()).exit()).isZero();

        ConfigurationRules rules =
                ConfigurationRules.standard(Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC));
        JsonDocuments json = new JsonDocuments();
        FileGroupStore other = new FileGroupStore(DataDirectory.open(otherDataDir), json, Duration.ofSeconds(5),
                Clock.systemUTC());
        ImportResult imported = new GroupTransferService(rules, other, new ArchiveCodec(json), Clock.systemUTC()::instant,
                () -> "colleague").importGroup(new ImportGroupCommand(Files.readString(file), false));
        Files.delete(file);

        assertThat(imported.group().value()).isEqualTo("94300030001");
        ShowGroupService queries = new ShowGroupService(rules, other);
        Map<String, Object> there = new LinkedHashMap<>();
        queries.show(new GroupQuery("94300030001")).configuration().allValues()
                .forEach((field, value) -> there.put(field.key(), value));
        Map<?, ?> here = JSON.convertValue(run("group", "show", "94300030001", "--format", "json").json().get("values"),
                Map.class);
        assertThat(there).isEqualTo(here).containsEntry("company-name", COMPANY).containsEntry("bic", "BBRUBEBB");
        assertThat(new be.groupsetup.application.service.GroupHistoryService(other).history(new GroupQuery("94300030001")).entries()).hasSize(4);
        assertThat(queries.show(new GroupQuery("94300030001")).procedure().progress()).isEqualTo(1);
    }
}
