package be.groupsetup.domain.text;

import be.groupsetup.domain.csam.AuthorityRole;
import be.groupsetup.domain.csam.CsamService;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepState;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.setup.WarningReads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the message bundles, the step texts, the AllsoftPlus labels and docs/findings.md in step with the code.
 * The finding codes and message keys are read from the domain's sources (every {@code Finding.error / warning /
 * note / of} call), so that a new code cannot ship without its messages in the three languages and its entry in
 * the catalogue, and a removed one cannot leave stale messages behind.
 */
class MessageBundlesTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Path CATALOGUE = Path.of("../docs/findings.md");
    private static final String PACKAGE = "be.groupsetup.domain.";
    private static final String MESSAGES = PACKAGE + "messages";
    private static final String STEPS = PACKAGE + "csam-steps";
    private static final String LABELS = PACKAGE + "allsoftplus-labels";
    private static final List<Locale> LANGUAGES = List.of(Locale.ROOT, Locale.FRENCH, Locale.forLanguageTag("nl"));
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Pattern FINDING_CALL = Pattern.compile("\\bFinding\\s*\\.\\s*(error|warning|note|of)\\s*\\(");
    private static final Pattern STEP_KEY = Pattern.compile("step\\.([a-z-]+)\\.(title|instruction|link)");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CODE_CONSTANT = Pattern.compile("FindingCodes\\.([A-Z0-9_]+)");
    private static final Map<String, String> FINDING_CODES = findingCodes();

    /** Message key → how many arguments each call creating it passes. */
    private static Map<String, Set<Integer>> argumentCounts;
    private static Set<String> codes;
    private static List<String> unreadableCalls;

    @BeforeAll
    static void scanSources() throws IOException {
        assertThat(MAIN_SOURCES).as("run from the domain module's directory").isDirectory();
        argumentCounts = new TreeMap<>();
        codes = new TreeSet<>();
        unreadableCalls = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                scan(file, withoutComments(Files.readString(file)));
            }
        }
    }

    @Test
    void everyFindingCallNamesItsCodeAndMessageKeyAsLiteralsOrConstants() {
        assertThat(unreadableCalls).as("calls whose code or message key is not a string literal").isEmpty();
        // a scan that finds nothing proves nothing: these calls are known to exist, in every call shape
        assertThat(argumentCounts).containsKeys("required", "blank", "iban.checksum", "group-number.nurse-number",
                "inami.length.qualification-missing", "csam.step.needs", "csam.principal-access-manager.not-representative");
        assertThat(codes).contains("inami.length").doesNotContain("inami.length.qualification-missing");
    }

    @Test
    void everyCodeAndMessageKeyMadeIsAConstantOfFindingCodes_andEveryConstantIsMade() {
        Set<String> made = new TreeSet<>(codes);
        made.addAll(argumentCounts.keySet());

        assertThat(new TreeSet<>(FINDING_CODES.values())).as("FindingCodes against the codes the sources make")
                .isEqualTo(made);
    }

    @Test
    void everyConstantOfFindingCodesHasItsTextInEveryLanguageOrIsACodeWithVariants_andALineInTheCatalogue()
            throws IOException {
        String catalogue = Files.readString(CATALOGUE);
        List<String> problems = new ArrayList<>();
        for (String code : FINDING_CODES.values()) {
            if (!catalogue.contains("`" + code + "`")) {
                problems.add(code + ": no line in docs/findings.md");
            }
            boolean hasVariants = FINDING_CODES.values().stream().anyMatch(other -> other.startsWith(code + "."));
            for (Locale language : LANGUAGES) {
                if (!hasVariants && !ownEntries(MESSAGES, language).containsKey("finding." + code)) {
                    problems.add(code + ": no text in " + name(language));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyWarningsReadsColumnInTheCatalogueSaysWhatTheAcknowledgementKeeps() throws IOException {
        Pattern row = Pattern.compile("^\\| `([a-z0-9.-]+)` \\| warning \\| [^|]+ \\| ([^|]+) \\|", Pattern.MULTILINE);
        Matcher rows = row.matcher(Files.readString(CATALOGUE));
        int warnings = 0;
        while (rows.find()) {
            warnings++;
            String code = rows.group(1);
            String reads = rows.group(2).strip();
            Set<String> alsoRead = new TreeSet<>(WarningReads.of(code, null).stream().map(FieldKey::key).toList());
            if (reads.equals("the field it is on")) {
                assertThat(alsoRead).as("fields %s reads besides its own", code).isEmpty();
            } else {
                Set<String> listed = new TreeSet<>();
                Matcher key = Pattern.compile("`([a-z-]+)`").matcher(reads);
                while (key.find()) {
                    listed.add(key.group(1));
                }
                assertThat(alsoRead).as("fields %s reads", code).isEqualTo(listed);
            }
        }
        assertThat(warnings).as("warning rows found in the catalogue").isGreaterThan(10);
    }

    @Test
    void everyMessageKeyIsCreatedWithOneNumberOfArguments() {
        argumentCounts.forEach((key, counts) ->
                assertThat(counts).as("argument counts of %s", key).hasSize(1));
    }

    @Test
    void everyMessageKeyHasAMessageInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        for (Locale language : LANGUAGES) {
            Set<String> keys = ownEntries(MESSAGES, language).keySet();
            argumentCounts.keySet().stream().map(key -> "finding." + key).filter(key -> !keys.contains(key))
                    .forEach(key -> missing.add(name(language) + ": " + key));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noBundleKeepsAMessageForAKeyTheCodeNoLongerCreates() {
        for (Locale language : LANGUAGES) {
            Set<String> stale = new TreeSet<>();
            ownEntries(MESSAGES, language).keySet().stream().filter(key -> key.startsWith("finding."))
                    .map(key -> key.substring("finding.".length()))
                    .filter(key -> !argumentCounts.containsKey(key)).forEach(stale::add);
            assertThat(stale).as("stale finding messages in %s", name(language)).isEmpty();
        }
    }

    @Test
    void everyFindingMessageShowsEachOfItsArgumentsAndNothingElse() {
        List<String> problems = new ArrayList<>();
        for (Locale language : LANGUAGES) {
            ResourceBundle bundle = ownEntries(MESSAGES, language);
            argumentCounts.forEach((key, counts) -> {
                if (!bundle.containsKey("finding." + key)) {
                    return; // reported by everyMessageKeyHasAMessageInEveryLanguage
                }
                int count = counts.iterator().next();
                Object[] arguments = new Object[count];
                for (int i = 0; i < count; i++) {
                    arguments[i] = "‹arg" + i + "›";
                }
                String where = name(language) + ": finding." + key;
                try {
                    String text = new MessageFormat(bundle.getString("finding." + key), language).format(arguments);
                    if (text.contains("{") || text.contains("}")) {
                        problems.add(where + " leaves a placeholder the code gives no argument for: " + text);
                    }
                    for (int i = 0; i < count; i++) {
                        if (!text.contains("‹arg" + i + "›")) {
                            problems.add(where + " does not show argument {" + i + "}");
                        }
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(where + " is not a valid MessageFormat pattern: " + e.getMessage());
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTextIsAValidPatternWithoutAsciiApostrophe() {
        List<String> problems = new ArrayList<>();
        for (String baseName : List.of(MESSAGES, STEPS)) {
            for (Locale language : LANGUAGES) {
                ResourceBundle bundle = ownEntries(baseName, language);
                for (String key : new TreeSet<>(bundle.keySet())) {
                    String where = name(language) + " " + baseName + ": " + key;
                    String value = bundle.getString(key);
                    if (value.indexOf('\'') >= 0) {
                        problems.add(where + " has an ASCII apostrophe (write ’)");
                    }
                    if (value.isBlank()) {
                        problems.add(where + " is blank");
                    }
                    try {
                        // findings get their arguments (checked above); every other text is shown as it is
                        String text = new MessageFormat(value, language).format(new Object[0]);
                        if (!key.startsWith("finding.") && (text.contains("{") || text.contains("}"))) {
                            problems.add(where + " leaves a brace: " + text);
                        }
                    } catch (IllegalArgumentException e) {
                        problems.add(where + " is not a valid MessageFormat pattern: " + e.getMessage());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theThreeLanguagesHaveTheSameKeys() {
        for (String baseName : List.of(MESSAGES, STEPS)) {
            Set<String> english = new TreeSet<>(ownEntries(baseName, Locale.ROOT).keySet());
            for (Locale language : LANGUAGES) {
                assertThat(new TreeSet<>(ownEntries(baseName, language).keySet()))
                        .as("keys of %s in %s", baseName, name(language)).isEqualTo(english);
            }
        }
    }

    @Test
    void theBundlesAreFoundForEachLanguageWithoutFallingBackToEnglish() {
        for (String baseName : List.of(MESSAGES, STEPS)) {
            for (Locale language : LANGUAGES) {
                ResourceBundle bundle = ResourceBundle.getBundle(baseName, language, NO_FALLBACK);
                assertThat(bundle.getLocale()).as("%s for %s", baseName, name(language)).isEqualTo(language);
            }
        }
    }

    @Test
    void theFilesAreUtf8() throws IOException {
        List<String> files = new ArrayList<>(List.of(LABELS));
        for (String baseName : List.of(MESSAGES, STEPS)) {
            for (Locale language : LANGUAGES) {
                files.add(NO_FALLBACK.toBundleName(baseName, language));
            }
        }
        for (String bundleName : files) {
            String resource = NO_FALLBACK.toResourceName(bundleName, "properties");
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes()));
                } catch (CharacterCodingException e) {
                    throw new AssertionError(resource + " is not UTF-8", e);
                }
            }
        }
    }

    @Test
    void everyCodeIsInTheCatalogue() throws IOException {
        assertThat(CATALOGUE).isRegularFile();
        String catalogue = Files.readString(CATALOGUE);
        Set<String> absent = new TreeSet<>();
        Stream.concat(codes.stream(), argumentCounts.keySet().stream())
                .filter(code -> !catalogue.contains("`" + code + "`")).forEach(absent::add);
        assertThat(absent).as("codes and message keys missing from docs/findings.md").isEmpty();
    }

    @Test
    void everyStepHasATitleAndAnInstructionInEveryLanguage() {
        for (Locale language : LANGUAGES) {
            ResourceBundle steps = ownEntries(STEPS, language);
            for (CsamStep step : CsamStep.values()) {
                assertThat(steps.keySet()).as("%s step texts", name(language))
                        .contains("step." + step.id() + ".title", "step." + step.id() + ".instruction");
            }
            steps.keySet().stream().filter(key -> key.startsWith("step.")).forEach(key -> {
                Matcher stepKey = STEP_KEY.matcher(key);
                assertThat(stepKey.matches()).as("%s: %s is step.<id>.title|instruction|link", name(language), key)
                        .isTrue();
                assertThat(CsamStep.byId(stepKey.group(1))).as("%s: the step of %s", name(language), key).isPresent();
            });
        }
    }

    @Test
    void everyFieldHasAnAllsoftPlusLabelAndANameInEveryLanguage() {
        ResourceBundle labels = ResourceBundle.getBundle(LABELS, Locale.ROOT, NO_FALLBACK);
        for (FieldKey field : FieldKey.values()) {
            assertThat(labels.keySet()).contains("label." + field.key());
        }
        assertThat(labels.keySet()).contains("label.group-number.second");
        for (Locale language : LANGUAGES) {
            Set<String> keys = ownEntries(MESSAGES, language).keySet();
            for (FieldKey field : FieldKey.values()) {
                assertThat(keys).as(name(language)).contains("field." + field.key());
            }
        }
    }

    @Test
    void everySeverityStateRoleAndServiceHasANameInEveryLanguage() {
        for (Locale language : LANGUAGES) {
            Set<String> keys = ownEntries(MESSAGES, language).keySet();
            Stream.of(
                    Stream.of(Severity.values()).map(s -> "severity." + s.id()),
                    Stream.of(StepState.values()).map(s -> "state." + s.id()),
                    Stream.of(AuthorityRole.values()).map(r -> "role." + r.id()),
                    Stream.of(CsamService.values()).map(s -> "service." + s.id()))
                    .flatMap(s -> s)
                    .forEach(key -> assertThat(keys).as(name(language)).contains(key));
        }
    }

    /** The entries of exactly one language's file, without the parent chain of {@link ResourceBundle#getBundle}. */
    private static ResourceBundle ownEntries(String baseName, Locale language) {
        try {
            ResourceBundle bundle = NO_FALLBACK.newBundle(baseName, language, "java.properties",
                    MessageBundlesTest.class.getClassLoader(), false);
            assertThat(bundle).as("%s for %s", baseName, name(language)).isNotNull();
            return bundle;
        } catch (IOException | ReflectiveOperationException e) {
            throw new AssertionError("cannot read " + baseName + " for " + name(language), e);
        }
    }

    private static String name(Locale language) {
        return language.equals(Locale.ROOT) ? "en (default)" : language.toLanguageTag();
    }

    private static void scan(Path file, String source) {
        Matcher call = FINDING_CALL.matcher(source);
        while (call.find()) {
            String method = call.group(1);
            List<String> arguments = arguments(source, call.end());
            int line = (int) source.substring(0, call.start()).chars().filter(c -> c == '\n').count() + 1;
            String where = file + ":" + line;
            int codeAt = method.equals("of") ? 2 : 1;
            int firstArgument = method.equals("of") ? 4 : 2;
            if (arguments.size() < firstArgument) {
                unreadableCalls.add(where + " has too few arguments");
                continue;
            }
            String code = literal(arguments.get(codeAt));
            String messageKey = method.equals("of") ? literal(arguments.get(3)) : code;
            if (code == null || messageKey == null) {
                unreadableCalls.add(where + ": " + String.join(", ", arguments));
                continue;
            }
            codes.add(code);
            argumentCounts.computeIfAbsent(messageKey, k -> new TreeSet<>()).add(arguments.size() - firstArgument);
        }
    }

    /** A string literal, or a constant of {@link FindingCodes} (read by reflection). */
    private static String literal(String argument) {
        String text = argument.strip();
        Matcher matcher = STRING_LITERAL.matcher(text);
        if (matcher.matches()) {
            return matcher.group(1);
        }
        Matcher constant = CODE_CONSTANT.matcher(text);
        return constant.matches() ? FINDING_CODES.get(constant.group(1)) : null;
    }

    /** The constants of {@link FindingCodes}: name → value. */
    private static Map<String, String> findingCodes() {
        Map<String, String> constants = new TreeMap<>();
        for (Field field : FindingCodes.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    constants.put(field.getName(), (String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return constants;
    }

    /** The top-level arguments of the call whose opening parenthesis ends just before {@code from}. */
    private static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(source, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == ')') {
                String last = source.substring(start, i).strip();
                if (!last.isEmpty() || !arguments.isEmpty()) {
                    arguments.add(last);
                }
                return arguments;
            } else if (c == ',' && depth == 0) {
                arguments.add(source.substring(start, i).strip());
                start = i + 1;
            }
        }
        throw new IllegalStateException("unbalanced call at " + from);
    }

    /** The index of the closing quote of the string, text block or char literal opening at {@code at}. */
    private static int endOfLiteral(String source, int at) {
        char quote = source.charAt(at);
        if (source.startsWith("\"\"\"", at)) {
            return source.indexOf("\"\"\"", at + 3) + 2;
        }
        for (int i = at + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return source.length();
    }

    /** The source with its comments blanked out (a commented-out or documented call creates no finding). */
    private static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfLiteral(source, i);
                out.append(source, i, Math.min(end + 1, source.length()));
                i = end + 1;
            } else if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                for (; i < end; i++) {
                    out.append(source.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
