package be.groupsetup.presentation.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
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

/**
 * What every text bundle in English, French and Dutch must satisfy, for the presentation's bundle and for each
 * adapter's own: the same keys, valid MessageFormat patterns with the English placeholders, no lone ASCII apostrophe
 * (MessageFormat's escape character), UTF-8; and the keys a module's sources name, found by a scan of the sources.
 * Each method returns the problems it finds (empty when there are none), for the test to assert.
 */
public final class BundleChecks {

    public static final List<String> LANGUAGES = List.of("en", "fr", "nl");

    /** {@code text("key")}, {@code text("key", …)}, {@code UsageException("key"…)}: a whole key, not a prefix. */
    public static final Pattern LITERAL_KEY =
            Pattern.compile("(?:\\btext|\\bUsageException)\\(\\s*\"([a-z][a-z0-9.-]*)\"\\s*[,)]");
    /** {@code text(replaced ? "import.replaced" : "import.done", …)} and the like. */
    public static final Pattern CHOSEN_KEYS = Pattern.compile(
            "(?:\\btext|\\bUsageException)\\(\\s*[^\";]*?\\?\\s*\"([a-z][a-z0-9.-]*)\"\\s*:\\s*\"([a-z][a-z0-9.-]*)\"");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

    private BundleChecks() {
    }

    /** The bundle {@code base} ({@code /be/groupsetup/presentation/texts}) in a language, read as UTF-8. */
    public static Properties bundle(String base, String language) {
        String name = base + suffix(language) + ".properties";
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(new String(resourceBytes(name), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
        return properties;
    }

    /** Keys that one language has and another lacks. */
    public static List<String> differentKeys(String base) {
        List<String> problems = new ArrayList<>();
        Set<String> english = bundle(base, "en").stringPropertyNames();
        if (english.isEmpty()) {
            problems.add(base + " is empty");
        }
        for (String language : List.of("fr", "nl")) {
            Set<String> translated = bundle(base, language).stringPropertyNames();
            difference(english, translated).forEach(key -> problems.add(key + " missing in " + base + "_" + language));
            difference(translated, english).forEach(key -> problems.add(key + " only in " + base + "_" + language));
        }
        return problems;
    }

    /** Values that are blank, hold a lone ASCII apostrophe, are no valid pattern or do not show an argument. */
    public static List<String> badPatterns(String base) {
        Properties english = bundle(base, "en");
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            Properties properties = bundle(base, language);
            Locale locale = Locale.forLanguageTag(language);
            for (String key : new TreeSet<>(properties.stringPropertyNames())) {
                String value = properties.getProperty(key);
                String where = base + suffix(language) + ": " + key;
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
        return problems;
    }

    /** Bundle files that are not UTF-8. */
    public static List<String> notUtf8(String base) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            byte[] bytes = resourceBytes(base + suffix(language) + ".properties");
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                problems.add(base + suffix(language) + " is not UTF-8");
            }
        }
        return problems;
    }

    /** The keys no bundle of {@link Messages} holds, by language (empty when all are known). */
    public static Map<String, List<String>> unknownKeys(Set<String> keys) {
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Messages messages = Messages.forLanguage(language, null);
            List<String> unknown = keys.stream().filter(key -> !messages.has(key)).toList();
            if (!unknown.isEmpty()) {
                missing.put(language, unknown);
            }
        }
        return missing;
    }

    /** The keys the sources under these folders name literally ({@link #LITERAL_KEY}, {@link #CHOSEN_KEYS}). */
    public static Set<String> literalKeys(Path... roots) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String source : sources(roots)) {
            keys.addAll(matches(LITERAL_KEY, source, 1));
            keys.addAll(matches(CHOSEN_KEYS, source, 1));
            keys.addAll(matches(CHOSEN_KEYS, source, 2));
        }
        return keys;
    }

    /** The text of every {@code .java} file under these folders (each must exist). */
    public static List<String> sources(Path... roots) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new IllegalStateException(root.toAbsolutePath() + " is no source folder (tests run in the module folder)");
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    texts.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }

    public static List<String> matches(Pattern pattern, String text, int group) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(group));
        }
        return found;
    }

    private static byte[] resourceBytes(String name) throws IOException {
        try (InputStream in = BundleChecks.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
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
}
