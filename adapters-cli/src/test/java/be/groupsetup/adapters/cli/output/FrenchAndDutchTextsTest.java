package be.groupsetup.adapters.cli.output;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle of every module (the domain's messages and step texts, the presentation's texts, the shell's, the
 * dashboard's), read as files from this module's folder:
 * <ul>
 *   <li>French typography: a narrow no-break space (U+202F) before {@code : ; ? !} and inside « » — never a plain
 *   or no-break space, nor none before a colon that ends a phrase; « » for quotations, never “ ”. What the user
 *   types or copies is left as it is: text in ASCII double quotes (a value to type), option names, URLs and paths,
 *   codes in brackets, times ({@code 10:15}), and the few keys the wizard reads ({@link #TYPED}).</li>
 *   <li>French and Dutch are translated: a text equal to the English one is one of {@link #SAME_IN_EVERY_LANGUAGE}
 *   or a command example ({@code command.*.example}: what is typed is the same in every language).</li>
 * </ul>
 */
class FrenchAndDutchTextsTest {

    private static final char NARROW = '\u202F';

    /** The bundles' base names, from the module's folder. */
    private static final List<String> BUNDLES = List.of(
            "../domain/src/main/resources/be/groupsetup/domain/messages",
            "../domain/src/main/resources/be/groupsetup/domain/csam-steps",
            "../presentation/src/main/resources/be/groupsetup/presentation/texts",
            "src/main/resources/be/groupsetup/adapters/cli/shell",
            "../adapters-web/src/main/resources/be/groupsetup/adapters/web/web");

    /**
     * The exceptions to the French rule: what the wizard reads as typed — {@code ?} (explain the field) and
     * {@code :q} (quit) — written after a comma as the user types them, with no space before.
     */
    private static final Map<String, List<String>> TYPED = Map.of(
            "command.group.wizard.help", List.of(", ? explique", ", :q quitte"),
            "wizard.intro", List.of(", ? explique", ", :q quitte"),
            "wizard.help", List.of(", :q quitte"),
            "wizard.again", List.of(", :q pour"));

    /** The French keys whose ASCII double quotes enclose a value the user types ({@code --reason "…"}). */
    private static final Set<String> TYPED_QUOTES = Set.of(
            "command.group.set.example", "command.group.acknowledge.example", "command.csam.record.example",
            "command.csam.undo.example", "help.footer", "usage.reason-required", "usage.unclosed-quote",
            "usage.unclosed-apostrophe", "finding.acknowledge.reason-required", "status.acknowledge-hint",
            "check.open-warnings", "command.group.set.help");

    /**
     * Texts that are the same words in English, French and Dutch (or in two of them): codes and names (IBAN, BIC,
     * CSAM), the languages' own names, a dash for "not set", a progress counter of numbers only, and the French
     * "Options" and "Pages", the colon after a name in English and Dutch.
     */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of(
            "field.iban", "field.bic", "value.not-set", "list.csam", "help.options", "migrate.progress",
            "web.groups.csam", "web.language.en", "web.language.fr", "web.language.nl", "web.groups.pages",
            "labelled.colon");

    /** What the user types or copies, set aside before the French rule is checked. */
    private static final Pattern TYPED_TEXT = Pattern.compile(
            "\"[^\"]*\"|--[a-z][a-z-]*|(?:https?|jdbc|file):\\S*|\\[[a-z0-9.-]+]|\\b\\d{1,2}:\\d{2}\\b|\\S*/\\S*");
    /** A plain or no-break space before the punctuation, or after « / before ». */
    private static final Pattern WIDE_SPACE = Pattern.compile("[ \u00A0][:;?!»]|«[ \u00A0]");
    /** Punctuation that ends a phrase with no space before it. */
    private static final Pattern NO_SPACE = Pattern.compile("[^\\s\u00A0\u202F][:;?!](?=\\s|$)");
    private static final Pattern GUILLEMET_WITHOUT_NARROW = Pattern.compile("«[^\u202F]|[^\u202F]»");

    @Test
    void givenTheFrenchBundles_whenRead_thenANarrowNoBreakSpaceBeforeDoublePunctuationAndInsideGuillemets()
            throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : BUNDLES) {
            load(bundle + "_fr").forEach((key, value) -> {
                String prose = value;
                for (String typed : TYPED.getOrDefault(key, List.of())) {
                    prose = prose.replace(typed, " ");
                }
                prose = TYPED_TEXT.matcher(prose).replaceAll(" ");
                for (Pattern rule : List.of(WIDE_SPACE, NO_SPACE, GUILLEMET_WITHOUT_NARROW)) {
                    Matcher matcher = rule.matcher(prose);
                    while (matcher.find()) {
                        problems.add(bundle + "_fr " + key + ": …" + around(prose, matcher.start()) + "…");
                    }
                }
                if (value.indexOf('“') >= 0 || value.indexOf('”') >= 0) {
                    problems.add(bundle + "_fr " + key + ": “ ” instead of « »");
                }
                if (value.indexOf('"') >= 0 && !TYPED_QUOTES.contains(key)) {
                    problems.add(bundle + "_fr " + key + ": an ASCII double quote in prose");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void givenTheTypedExceptions_whenRead_thenEachStillInItsText() throws IOException {
        Map<String, String> shell = load("src/main/resources/be/groupsetup/adapters/cli/shell_fr");
        TYPED.forEach((key, typed) -> typed.forEach(text -> assertThat(shell.get(key)).as(key).contains(text)));
    }

    @Test
    void givenFrenchAndDutch_whenComparedWithEnglish_thenEveryTextTranslatedButTheNamedOnes() throws IOException {
        List<String> same = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Map<String, String> english = load(bundle);
            for (String language : List.of("fr", "nl")) {
                load(bundle + "_" + language).forEach((key, value) -> {
                    boolean example = key.startsWith("command.") && key.endsWith(".example");
                    if (value.equals(english.get(key)) && !example && !SAME_IN_EVERY_LANGUAGE.contains(key)) {
                        same.add(bundle + "_" + language + " " + key + " = " + value);
                    }
                });
            }
        }
        assertThat(same).isEmpty();
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 25), Math.min(text.length(), at + 10));
    }

    private static Map<String, String> load(String base) throws IOException {
        Path file = Path.of(base + ".properties");
        assertThat(file).as("run from the adapters-cli module's folder").isRegularFile();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, value) -> texts.put((String) key, (String) value));
        return texts;
    }
}
