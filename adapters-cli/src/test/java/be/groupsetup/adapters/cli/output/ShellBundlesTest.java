package be.groupsetup.adapters.cli.output;

import be.groupsetup.application.model.HistoryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The shell's message bundles in English, French and Dutch: the same keys, valid MessageFormat patterns with
 * the same placeholders, no ASCII apostrophe (MessageFormat's escape character), and every key the code asks
 * for, literally or built from a command id, an option, a history kind or an error code. Runs in the module's
 * folder: the sources of this module and of its neighbours are read as text.
 */
class ShellBundlesTest {

    private static final String SHELL = "/be/groupsetup/adapters/cli/shell";
    private static final List<String> LANGUAGES = List.of("en", "fr", "nl");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

    private static final Path CLI_SOURCES = Path.of("src/main/java");
    private static final Path BOOTSTRAP_SOURCES = Path.of("../bootstrap/src/main/java");
    private static final Path APPLICATION_ERRORS = Path.of("../application/src/main/java/be/groupsetup/application/error");
    /** Every persistence module's main sources (adapters-persistence/document, file, postgres, and any new one). */
    private static final Path PERSISTENCE_MODULES = Path.of("../adapters-persistence");

    /** {@code text("key")}, {@code text("key", …)}, {@code UsageException("key"…)}: a whole key, not a prefix. */
    private static final Pattern LITERAL_KEY =
            Pattern.compile("(?:\\btext|\\bUsageException)\\(\\s*\"([a-z][a-z0-9.-]*)\"\\s*[,)]");
    /** {@code text(replaced ? "import.replaced" : "import.done", …)} and the like. */
    private static final Pattern CHOSEN_KEYS = Pattern.compile(
            "(?:\\btext|\\bUsageException)\\(\\s*[^\";]*?\\?\\s*\"([a-z][a-z0-9.-]*)\"\\s*:\\s*\"([a-z][a-z0-9.-]*)\"");
    /** {@code super("group.set", CommandSpec.of(…))}, {@code new GroupShowCommand("group.show", "group show", …)}. */
    private static final Pattern COMMAND_ID = Pattern.compile(
            "\\(\\s*\"([a-z]+(?:\\.[a-z-]+)?)\"\\s*,\\s*(?:CommandSpec\\.of\\(|\"[a-z]+ [a-z-]+\"\\s*,)");
    /** {@code CommandSpec.of("group set", …)}: the command's name, whose id is the name with dots. */
    private static final Pattern COMMAND_NAME = Pattern.compile("CommandSpec\\.of\\(\\s*\"([a-z]+(?: [a-z-]+)?)\"");
    private static final Pattern OPTION_NAME = Pattern.compile("OptionSpec\\.(?:value|flag|choice)\\(\\s*\"([a-z][a-z-]*)\"");
    private static final Pattern ERROR_CODE = Pattern.compile("super\\(\\s*\"([a-z][a-z.-]*)\"");
    private static final Pattern STORAGE_CODE = Pattern.compile("new StorageException\\(\\s*\"([a-z][a-z.-]*)\"");

    @Test
    void givenTheThreeShellBundles_whenTheirKeysAreCompared_thenTheyAreTheSame() {
        Set<String> english = bundle("en").stringPropertyNames();
        assertThat(english).isNotEmpty();
        for (String language : List.of("fr", "nl")) {
            Set<String> translated = bundle(language).stringPropertyNames();
            assertThat(difference(english, translated)).as("keys missing in shell_%s", language).isEmpty();
            assertThat(difference(translated, english)).as("keys only in shell_%s", language).isEmpty();
        }
    }

    @Test
    void givenEveryValue_whenFormattedWithPlaceholderArguments_thenItIsAValidPatternWithTheEnglishPlaceholders() {
        Properties english = bundle("en");
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            Properties properties = bundle(language);
            Locale locale = Locale.forLanguageTag(language);
            for (String key : new TreeSet<>(properties.stringPropertyNames())) {
                String value = properties.getProperty(key);
                String where = "shell_" + language + ": " + key;
                if (value.replace("''", "").indexOf('\'') >= 0) {
                    problems.add(where + " holds a lone ASCII apostrophe: write ’ (U+2019), or '' where the"
                            + " technician must see the ASCII apostrophe they type");
                }
                if (value.isBlank()) {
                    problems.add(where + " is blank");
                }
                Set<Integer> placeholders = placeholders(value);
                if (english.containsKey(key) && !placeholders.equals(placeholders(english.getProperty(key)))) {
                    problems.add(where + " uses placeholders " + placeholders + ", the English text "
                            + placeholders(english.getProperty(key)));
                }
                try {
                    MessageFormat format = new MessageFormat(value, locale);
                    String formatted = format.format(arguments(format));
                    for (int index : placeholders) {
                        if (!formatted.contains("‹" + index + "›") && !isTyped(format, index)) {
                            problems.add(where + " does not show argument {" + index + "}");
                        }
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(where + " is not a valid MessageFormat pattern: " + e.getMessage());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void givenTheBundleFiles_whenRead_thenTheyAreValidUtf8() throws IOException {
        for (String language : LANGUAGES) {
            byte[] bytes = resourceBytes(SHELL + suffix(language) + ".properties");
            assertThatCode(() -> StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)))
                    .as("shell_%s is UTF-8", language).doesNotThrowAnyException();
        }
    }

    @Test
    void givenEveryKeyTheCodeNamesLiterally_whenLookedUpInEachLanguage_thenItExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String source : sources(CLI_SOURCES, BOOTSTRAP_SOURCES)) {
            keys.addAll(matches(LITERAL_KEY, source, 1));
            keys.addAll(matches(CHOSEN_KEYS, source, 1));
            keys.addAll(matches(CHOSEN_KEYS, source, 2));
        }
        assertThat(keys).as("the scan finds the keys").contains("error.prefix", "usage.unknown-command",
                "import.done", "import.replaced", "usage.unclosed-quote", "usage.unclosed-apostrophe",
                "shell.welcome", "procedure.caution");
        assertKnownInEveryLanguage(keys);
    }

    @Test
    void givenEveryCommand_whenItsTextsAreLookedUp_thenItHasADescriptionAndAnExample() throws IOException {
        Set<String> ids = new TreeSet<>();
        for (String source : sources(CLI_SOURCES)) {
            ids.addAll(matches(COMMAND_ID, source, 1));
            matches(COMMAND_NAME, source, 1).forEach(name -> ids.add(name.replace(' ', '.')));
        }
        assertThat(ids).as("the scan finds the commands").contains("help", "group.new", "group.set",
                "group.show", "group.check", "group.wizard", "csam.record", "csam.reset").hasSizeGreaterThanOrEqualTo(19);
        Set<String> keys = new TreeSet<>();
        ids.forEach(id -> keys.addAll(List.of("command." + id + ".description", "command." + id + ".example")));
        assertKnownInEveryLanguage(keys);
    }

    @Test
    void givenEveryOption_whenItsTextIsLookedUp_thenItExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String source : sources(CLI_SOURCES)) {
            matches(OPTION_NAME, source, 1).forEach(name -> keys.add("option." + name));
        }
        assertThat(keys).as("the scan finds the options").contains("option.format", "option.force",
                "option.person", "option.services", "option.cascade");
        assertKnownInEveryLanguage(keys);
    }

    @Test
    void givenEveryHistoryKind_whenItsTextIsLookedUp_thenItExists() {
        Set<String> keys = new TreeSet<>();
        Arrays.stream(HistoryKind.values()).forEach(kind -> keys.add("history." + kind.id()));
        assertKnownInEveryLanguage(keys);
    }

    @Test
    void givenEveryFieldTheWizardAsks_whenItsHintIsLookedUp_thenItExists() {
        Set<String> keys = new TreeSet<>();
        Arrays.stream(be.groupsetup.domain.field.FieldKey.values())
                .filter(field -> field != be.groupsetup.domain.field.FieldKey.GROUP_NUMBER && !field.isFixed())
                .forEach(field -> keys.add("wizard.hint." + field.key()));
        assertKnownInEveryLanguage(keys);
    }

    @Test
    void givenEveryApplicationErrorCode_whenItsTextIsLookedUp_thenItExists() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (String source : sources(APPLICATION_ERRORS)) {
            codes.addAll(matches(ERROR_CODE, source, 1));
        }
        for (String source : sources(persistenceSources())) {
            codes.addAll(matches(STORAGE_CODE, source, 1));
        }
        assertThat(codes).as("the scan finds the codes").contains("group-not-found", "refused", "storage.locked");
        Set<String> keys = new TreeSet<>();
        codes.forEach(code -> keys.add("error." + code));
        assertKnownInEveryLanguage(keys);
    }

    @Test
    void givenAFrenchStepOverrideInTheDataDirectory_whenTheLinkIsAsked_thenFrenchShowsItAndEnglishKeepsTheReleasedOne(
            @TempDir Path dataDirectory) throws IOException {
        String override = "https://csam.example/fr/connexion";
        Files.writeString(dataDirectory.resolve("csam-steps_fr.properties"),
                "step.csam-login.link=" + override + "\n", StandardCharsets.UTF_8);

        assertThat(Messages.forLanguage("fr", dataDirectory).text("step.csam-login.link")).isEqualTo(override);
        String releasedEnglish = Messages.forLanguage("en", null).text("step.csam-login.link");
        assertThat(releasedEnglish).startsWith("https://").isNotEqualTo(override);
        assertThat(Messages.forLanguage("en", dataDirectory).text("step.csam-login.link")).isEqualTo(releasedEnglish);
    }

    @Test
    void givenABaseStepOverrideInTheDataDirectory_whenTheLinkIsAsked_thenEnglishShowsItButFrenchKeepsItsReleasedText(
            @TempDir Path dataDirectory) throws IOException {
        String override = "https://csam.example/en/login";
        Files.writeString(dataDirectory.resolve("csam-steps.properties"),
                "step.csam-login.link=" + override + "\n", StandardCharsets.UTF_8);

        assertThat(Messages.forLanguage("en", dataDirectory).text("step.csam-login.link")).isEqualTo(override);
        String releasedFrench = Messages.forLanguage("fr", null).text("step.csam-login.link");
        assertThat(releasedFrench).startsWith("https://").isNotEqualTo(override);
        assertThat(Messages.forLanguage("fr", dataDirectory).text("step.csam-login.link")).isEqualTo(releasedFrench);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static void assertKnownInEveryLanguage(Set<String> keys) {
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Messages messages = Messages.forLanguage(language, null);
            List<String> unknown = keys.stream().filter(key -> !messages.has(key)).toList();
            if (!unknown.isEmpty()) {
                missing.put(language, unknown);
            }
        }
        assertThat(missing).as("keys the code uses but no bundle holds").isEmpty();
    }

    private static Properties bundle(String language) {
        String name = SHELL + suffix(language) + ".properties";
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(new String(resourceBytes(name), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
        return properties;
    }

    private static byte[] resourceBytes(String name) throws IOException {
        try (InputStream in = ShellBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static String suffix(String language) {
        return language.equals("en") ? "" : "_" + language;
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

    /** A recognisable argument for every index: a number or a date where the pattern asks for one. */
    private static Object[] arguments(MessageFormat format) {
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] arguments = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            arguments[i] = formats[i] instanceof NumberFormat ? (Object) 7
                    : formats[i] instanceof DateFormat ? new Date(0) : "‹" + i + "›";
        }
        return arguments;
    }

    private static boolean isTyped(MessageFormat format, int index) {
        Format[] formats = format.getFormatsByArgumentIndex();
        return index < formats.length && formats[index] != null;
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }

    private static Path[] persistenceSources() throws IOException {
        try (Stream<Path> modules = Files.list(PERSISTENCE_MODULES)) {
            Path[] roots = modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory).sorted()
                    .toArray(Path[]::new);
            assertThat(roots).as("the persistence modules' sources").isNotEmpty();
            return roots;
        }
    }

    private static List<String> sources(Path... roots) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path root : roots) {
            assertThat(root).as("source folder (the test runs in the module folder)").isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    texts.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }

    private static List<String> matches(Pattern pattern, String text, int group) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(group));
        }
        return found;
    }
}
