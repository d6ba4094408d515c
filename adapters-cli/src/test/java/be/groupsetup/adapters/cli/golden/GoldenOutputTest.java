package be.groupsetup.adapters.cli.golden;

import be.groupsetup.adapters.cli.ScriptedPrompter;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import be.groupsetup.adapters.cli.ShellSession;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.adapters.cli.command.VersionCommand;
import be.groupsetup.adapters.cli.input.GroupsetupCommandParser;
import be.groupsetup.adapters.cli.runner.GroupsetupRunner;
import be.groupsetup.adapters.cli.output.Console;
import be.groupsetup.presentation.text.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden outputs of every shell command, recorded before the presentation code moves (issue 12): each case runs one
 * command on fresh sample data (a fixed clock {@value ShellFixture#NOW}, the fixed technician
 * {@value ShellFixture#TECHNICIAN}, English unless the case says otherwise) and compares its exit status, standard
 * output and standard error, byte for byte, with {@code src/test/resources/golden/<case>.txt}:
 *
 * <pre>
 * $ group status 94123456001 [language: en] → exit 1
 * --- stdout
 * ...
 * --- stderr
 * ...
 * </pre>
 *
 * A stream that does not end with a line break is followed by the line {@code \ no newline at end}. {@code version}
 * runs on fixed facts (release {@code 1.2.3}, storage {@code memory}); the Java version and vendor in its line are
 * replaced by {@code <java-version>} and {@code <java-vendor>}. The time zone is pinned to UTC and the default
 * locale to the root one while the cases run.
 *
 * <p>The sample data ({@link #sampleData}): group {@value #COMPLETE} complete (all 20 fields), its CSAM procedure
 * done with two {@code csam-login} records, one warning acknowledged and a second warning open; group
 * {@value #INCOMPLETE} with two fields only; group {@value #RECHECK} whose step 3 is to re-check because the
 * representing nurse changed after the designation.
 *
 * <p><b>When an output changes on purpose</b>, rewrite the files and review the diff:
 * <pre>
 * ./mvnw -pl adapters-cli -am test -Dtest=GoldenOutputTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
 * </pre>
 * The files are read and written in the module's {@code src/test/resources/golden} (Maven runs tests from the module
 * folder), not on the class path, so that the update lands in the sources. A golden file that no case produces
 * fails {@link #everyGoldenFileBelongsToACase()}.
 */
class GoldenOutputTest {

    static final String COMPLETE = GROUP;
    static final String INCOMPLETE = "94000001001";
    static final String RECHECK = "94000002001";
    static final String UNKNOWN = "94999999001";
    private static final String NURSE_LOGIN = "D'HONDT Françoise Marie";
    private static final String NOT_CHRISTIAN = "single-point-of-contact.not-christian";
    /** Check digits 99: an {@code inami.checksum} warning on the reference care provider. */
    private static final String ODD_INAMI = "41234599001";

    private static final Path FOLDER = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private static TimeZone machineZone;
    private static Locale machineLocale;

    /**
     * Times are shown in the machine's zone and a missing bundle falls back to the machine's locale: both are pinned
     * (UTC, the root locale) while the cases run, so that the goldens do not depend on the machine.
     */
    @BeforeAll
    static void pinZoneAndLocale() {
        machineZone = TimeZone.getDefault();
        machineLocale = Locale.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Locale.setDefault(Locale.ROOT);
    }

    @AfterAll
    static void restoreZoneAndLocale() {
        TimeZone.setDefault(machineZone);
        Locale.setDefault(machineLocale);
    }

    /** One command run on fresh sample data. */
    record Case(String name, String language, List<String> words, Function<List<String>, Run> runner) {

        String header(int exit) {
            return "$ " + words.stream().map(GoldenOutputTest::quoted).collect(Collectors.joining(" "))
                    + " [language: " + language + "] → exit " + exit;
        }
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // group new
        add(cases, "group-new-text", "group new", "94000003");
        add(cases, "group-new-json", "group new", "94000003", "--format", "json");
        add(cases, "group-new-refused-exists", "group new", "94123456");
        // group set
        add(cases, "group-set-text", "group set", COMPLETE, "--city", "Namur", "--postal-code", "5000");
        add(cases, "group-set-json", "group set", COMPLETE, "--city", "Namur", "--postal-code", "5000", "--format", "json");
        add(cases, "group-set-incomplete-text", "group set", INCOMPLETE, "--phone", "0470 12 34 56");
        add(cases, "group-set-refused-invalid-iban", "group set", COMPLETE, "--iban", "BE00 1234 5678 9012");
        add(cases, "group-set-refused-invalid-iban-json", "group set", COMPLETE, "--iban", "BE00 1234 5678 9012",
                "--format", "json");
        add(cases, "group-set-refused-unknown-group", "group set", UNKNOWN, "--city", "Namur");
        // group clear
        add(cases, "group-clear-text", "group clear", COMPLETE, "phone");
        add(cases, "group-clear-json", "group clear", COMPLETE, "phone", "--format", "json");
        // group show / check
        for (String group : List.of(COMPLETE, INCOMPLETE, RECHECK)) {
            String label = label(group);
            add(cases, "group-show-" + label + "-text", "group show", group);
            add(cases, "group-show-" + label + "-json", "group show", group, "--format", "json");
            add(cases, "group-check-" + label + "-text", "group check", group);
            add(cases, "group-check-" + label + "-json", "group check", group, "--format", "json");
            add(cases, "group-status-" + label + "-text", "group status", group);
            add(cases, "group-status-" + label + "-json", "group status", group, "--format", "json");
            add(cases, "csam-status-" + label + "-text", "csam status", group);
            add(cases, "csam-status-" + label + "-json", "csam status", group, "--format", "json");
        }
        add(cases, "group-show-refused-unknown-group", "group show", UNKNOWN);
        add(cases, "group-status-refused-unknown-group", "group status", UNKNOWN);
        add(cases, "csam-status-refused-unknown-group", "csam status", UNKNOWN);
        // other languages
        for (String language : List.of("fr", "nl")) {
            addIn(cases, "group-status-complete-" + language, language, "group status", COMPLETE);
            addIn(cases, "csam-status-complete-" + language, language, "csam status", COMPLETE);
        }
        // group list / history / sheet
        add(cases, "group-list-text", "group list");
        add(cases, "group-list-json", "group list", "--format", "json");
        add(cases, "group-history-text", "group history", COMPLETE);
        add(cases, "group-history-json", "group history", COMPLETE, "--format", "json");
        for (String format : List.of("text", "markdown", "html", "json")) {
            add(cases, "group-sheet-" + format, "group sheet", COMPLETE, "--format", format);
        }
        add(cases, "group-sheet-default", "group sheet", COMPLETE);
        add(cases, "group-sheet-incomplete-text", "group sheet", INCOMPLETE);
        // group rename
        add(cases, "group-rename-text", "group rename", INCOMPLETE, "94000009");
        add(cases, "group-rename-json", "group rename", INCOMPLETE, "94000009", "--format", "json");
        add(cases, "group-rename-refused-unknown-group", "group rename", UNKNOWN, "94000009");
        // group acknowledge
        add(cases, "group-acknowledge-text", "group acknowledge", COMPLETE, "inami.checksum",
                "--field", "reference-care-provider", "--reason", "Card checked by phone");
        add(cases, "group-acknowledge-json", "group acknowledge", COMPLETE, "inami.checksum",
                "--field", "reference-care-provider", "--reason", "Card checked by phone", "--format", "json");
        add(cases, "group-acknowledge-withdraw-text", "group acknowledge", COMPLETE, NOT_CHRISTIAN, "--withdraw");
        add(cases, "group-acknowledge-refused-not-open", "group acknowledge", COMPLETE, "iban.checksum",
                "--reason", "it is fine");
        // group export / delete
        add(cases, "group-export-stdout", "group export", COMPLETE, "--output", "-");
        add(cases, "group-export-refused-unknown-group", "group export", UNKNOWN, "--output", "-");
        add(cases, "group-delete-force", "group delete", INCOMPLETE, "--force");
        add(cases, "group-delete-refused-unknown-group", "group delete", UNKNOWN, "--force");
        // csam record / undo / reset
        add(cases, "csam-record-text", "csam record", INCOMPLETE, "authority", "--person", "Jean Peeters",
                "--role", "group-responsible");
        add(cases, "csam-record-json", "csam record", INCOMPLETE, "authority", "--person", "Jean Peeters",
                "--role", "group-responsible", "--format", "json");
        add(cases, "csam-record-login-text", "csam record", RECHECK, "csam-login", "--person", "Marie Dubois");
        add(cases, "csam-undo-text", "csam undo", COMPLETE, "no-mandates");
        add(cases, "csam-undo-json", "csam undo", COMPLETE, "no-mandates", "--format", "json");
        add(cases, "csam-reset-force-text", "csam reset", COMPLETE, "--force");
        add(cases, "csam-reset-force-json", "csam reset", COMPLETE, "--force", "--format", "json");
        add(cases, "csam-record-refused-unknown-group", "csam record", UNKNOWN, "no-mandates");
        // help / version
        add(cases, "help", "help");
        add(cases, "help-group-set", "help", "group", "set");
        add(cases, "help-csam-record", "help", "csam", "record");
        add(cases, "help-serve", "help", "serve");
        add(cases, "serve-in-the-shell", "serve");
        add(cases, "help-unknown-command", "help", "group", "frobnicate");
        // help and mistakes (issue 14): a group's commands, the closest names and options, the required fields once
        add(cases, "help-csam", "help", "csam");
        add(cases, "help-group", "help", "group");
        addIn(cases, "help-group-fr", "fr", "help", "group");
        add(cases, "help-unknown-command-suggestion", "help", "grup", "status");
        add(cases, "group-set-unknown-option-suggestion", "group set", COMPLETE, "--ibna", "BE68 5390 0754 7034");
        addIn(cases, "group-set-unknown-option-suggestion-nl", "nl", "group set", COMPLETE, "--ibna", "BE68");
        add(cases, "group-set-unknown-option-far", "group set", COMPLETE, "--frobnicate", "x");
        addRunner(cases, "unknown-command-suggestion", "en", "grup", "status", COMPLETE);
        addRunner(cases, "unknown-command-suggestion-fr", "fr", "csam", "statsu", COMPLETE);
        addRunner(cases, "unknown-command-suggestion-nl", "nl", "group", "shet", COMPLETE);
        addRunner(cases, "unknown-command-no-suggestion", "en", "frobnicate", COMPLETE);
        addRunner(cases, "incomplete-command", "en", "group");
        addRunner(cases, "unknown-command-several-suggestions", "en", "group", "s", COMPLETE);
        for (String format : List.of("markdown", "html")) {
            add(cases, "group-sheet-incomplete-" + format, "group sheet", INCOMPLETE, "--format", format);
        }
        add(cases, "group-sheet-incomplete-json", "group sheet", INCOMPLETE, "--format", "json");
        // group letter: what the group still has to give (masked), in the group's language; nothing for a complete one
        add(cases, "group-letter-incomplete-text", "group letter", INCOMPLETE);
        add(cases, "group-letter-incomplete-fr-markdown", "group letter", INCOMPLETE, "--language", "fr", "--format",
                "markdown");
        add(cases, "group-letter-incomplete-nl-html", "group letter", INCOMPLETE, "--language", "nl", "--format",
                "html");
        add(cases, "group-letter-complete-text", "group letter", COMPLETE);
        add(cases, "group-letter-unknown-language", "group letter", COMPLETE, "--language", "de");
        addIn(cases, "group-check-incomplete-fr", "fr", "group check", INCOMPLETE);
        addIn(cases, "group-check-incomplete-nl", "nl", "group check", INCOMPLETE);
        add(cases, "group-clear-several-required", "group clear", COMPLETE, "phone", "iban");
        cases.add(new Case("version", "en", List.of("version"), words -> version(List.of())));
        cases.add(new Case("version-refused-argument", "en", List.of("version", "extra"),
                words -> version(List.of("extra"))));
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyCommandPrintsItsGoldenOutput() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    @Test
    void everyGoldenFileBelongsToACase() throws IOException {
        Set<String> expected = cases().stream().map(c -> c.name() + ".txt").collect(Collectors.toCollection(TreeSet::new));
        assertThat(expected).as("case names are unique").hasSize(cases().size());
        if (UPDATE || !Files.isDirectory(FOLDER)) {
            return;
        }
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted())
                    .as("golden files in %s", FOLDER.toAbsolutePath()).allMatch(expected::contains);
        }
    }

    private static void check(Case c) throws IOException {
        Run run = c.runner().apply(c.words());
        String actual = c.header(run.exit()) + "\n--- stdout\n" + stream(run.out()) + "--- stderr\n" + stream(run.err());
        Path file = FOLDER.resolve(c.name() + ".txt");
        if (UPDATE) {
            Files.createDirectories(FOLDER);
            Files.write(file, actual.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!Files.exists(file)) {
            fail("no golden file " + file.toAbsolutePath() + "; run with -Dgolden.update=true to write it");
        }
        byte[] expected = Files.readAllBytes(file);
        if (!Arrays.equals(expected, actual.getBytes(StandardCharsets.UTF_8))) {
            assertThat(actual).as("output of case %s against %s (rewrite with -Dgolden.update=true if the change is"
                    + " intended)", c.name(), file).isEqualTo(new String(expected, StandardCharsets.UTF_8));
            fail("golden file " + file + " differs in its bytes from the output of case " + c.name());
        }
    }

    // ------------------------------------------------------------------------------------------ sample data

    /** A fresh fixture in this language with the three sample groups. */
    static ShellFixture sampleData(String language) {
        ShellFixture shell = ShellFixture.inLanguage(language);
        // the complete group: every field, the procedure done with two logins, one warning acknowledged, one open
        shell.withCompleteGroup();
        ok(shell.run("group set", COMPLETE, "--mandate-type", "aucun", "--mandate-number", "",
                "--ehealth-box", "94123456", "--ehealth-box-type", "NIHII", "--ehealth-box-quality", "GROUP"));
        ok(shell.run("csam record", COMPLETE, "authority", "--person", "Françoise D'Hondt", "--role", "group-responsible"));
        ok(shell.run("csam record", COMPLETE, "csam-login", "--person", "Jean Peeters"));
        ok(shell.run("csam record", COMPLETE, "csam-login", "--person", NURSE_LOGIN));
        ok(shell.run("csam record", COMPLETE, "principal-access-manager", "--existing"));
        ok(shell.run("csam record", COMPLETE, "access-rights", "--person", "Françoise D'Hondt", "--services",
                "billing,insurability,medico-administrative"));
        ok(shell.run("csam record", COMPLETE, "no-mandates"));
        ok(shell.run("group set", COMPLETE, "--single-point-of-contact", "319"));
        ok(shell.run("group acknowledge", COMPLETE, NOT_CHRISTIAN, "--reason", "Mutuality 319 confirmed by the group"));
        ok(shell.run("group set", COMPLETE, "--reference-care-provider", ODD_INAMI));
        // the incomplete group
        ok(shell.run("group new", "94000001"));
        ok(shell.run("group set", INCOMPLETE, "--company-name", "Thuisverpleging De Linde", "--city", "Gent"));
        // the group whose step 3 is to re-check: designated against the nurse's login, then the nurse changed
        ok(shell.run("group new", "94000002"));
        List<String> words = new ArrayList<>(List.of(RECHECK));
        words.addAll(ShellFixture.COMPLETE_VALUES);
        ok(shell.run("group set", words));
        ok(shell.run("csam record", RECHECK, "authority", "--person", "Françoise D'Hondt", "--role", "group-responsible"));
        ok(shell.run("csam record", RECHECK, "csam-login", "--person", NURSE_LOGIN));
        ok(shell.run("csam record", RECHECK, "principal-access-manager", "--person", "Jean Dupont"));
        ok(shell.run("group set", RECHECK, "--first-name", "Marie", "--last-name", "Dubois"));
        return shell;
    }

    private static void add(List<Case> cases, String name, String command, String... arguments) {
        addIn(cases, name, "en", command, arguments);
    }

    private static void addIn(List<Case> cases, String name, String language, String command, String... arguments) {
        List<String> words = new ArrayList<>(Arrays.asList(command.split(" ")));
        words.addAll(Arrays.asList(arguments));
        cases.add(new Case(name, language, List.copyOf(words),
                all -> sampleData(language).run(command, Arrays.asList(arguments))));
    }

    /** A command line as a one-shot run gives it to the runner, which finds the command (or says it is unknown). */
    private static void addRunner(List<Case> cases, String name, String language, String... words) {
        cases.add(new Case(name, language, List.of(words), all -> {
            ShellFixture shell = sampleData(language);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            GroupsetupRunner runner = new GroupsetupRunner(shell.registry(),
                    new GroupsetupCommandParser(shell::registry), shell.session, shell.messages(), () -> null,
                    () -> null);
            int exit = runner.run(words, new PrintWriter(out, true), new PrintWriter(err, true));
            return new Run(exit, out.toString(), err.toString());
        }));
    }

    /** {@code version} is not among the fixture's commands (its facts come from the build): fixed facts here. */
    private static Run version(List<String> words) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        VersionCommand version = new VersionCommand(
                new ShellSupport(Messages.forLanguage("en", null), new ShellSession(), new ScriptedPrompter()),
                new VersionCommand.Facts("1.2.3", "memory", "en"));
        int exit = version.runWords(words, new Console(new PrintWriter(out), new PrintWriter(err)));
        return new Run(exit, machineFree(out.toString()), machineFree(err.toString()));
    }

    /** The Java that runs the test and its vendor differ from machine to machine. */
    private static String machineFree(String text) {
        return text.replace(Runtime.version().toString(), "<java-version>")
                .replace("(" + System.getProperty("java.vendor", "?") + ")", "(<java-vendor>)");
    }

    private static void ok(Run run) {
        if (run.exit() != 0) {
            throw new IllegalStateException("sample data step failed: " + run);
        }
    }

    private static String label(String group) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(COMPLETE, "complete");
        labels.put(INCOMPLETE, "incomplete");
        labels.put(RECHECK, "recheck");
        return labels.get(group);
    }

    private static String stream(String text) {
        if (text.isEmpty() || text.endsWith("\n")) {
            return text;
        }
        return text + "\n\\ no newline at end\n";
    }

    private static String quoted(String word) {
        if (!word.isEmpty() && word.chars().noneMatch(ch -> ch == ' ' || ch == '"' || ch == '\'' || ch == '\\')) {
            return word;
        }
        return "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
