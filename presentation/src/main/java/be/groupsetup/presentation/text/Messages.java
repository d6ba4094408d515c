package be.groupsetup.presentation.text;

import be.groupsetup.application.error.ApplicationException;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Every sentence a driving adapter shows, in the chosen language (en, fr, nl): the adapters' own texts, what every
 * adapter shows (values, findings, checklist, sheet, status, history: this module's {@code texts} bundle), the domain's
 * finding messages, the CSAM step texts (which a technician can override with {@code csam-steps.properties}
 * or {@code csam-steps_fr.properties} … in the data directory, because the government sites change) and the
 * AllsoftPlus labels, which stay as the screen shows them in every language. Patterns are MessageFormat.
 * <p>
 * An adapter brings its own texts by naming their bundle in a class-path file {@value #ADAPTER_TEXTS} (one base name
 * a line, e.g. {@code be/groupsetup/adapters/cli/shell}): every such file on the class path is read, so that this
 * module names no adapter and an adapter needs no wiring to be understood.
 */
public final class Messages {

    public static final List<String> LANGUAGES = List.of("en", "fr", "nl");
    private static final String DOMAIN = "/be/groupsetup/domain/";
    private static final String PRESENTATION = "/be/groupsetup/presentation/texts";
    /** Where an adapter names its bundles (one base name a line, {@code #} for a comment). */
    static final String ADAPTER_TEXTS = "META-INF/groupsetup/texts";
    static final String STEPS = "csam-steps";

    private final Locale locale;
    private final List<Properties> chain;
    private final Properties labels;
    private final Path overrideDirectory;

    private Messages(Locale locale, List<Properties> chain, Properties labels, Path overrideDirectory) {
        this.locale = locale;
        this.chain = chain;
        this.labels = labels;
        this.overrideDirectory = overrideDirectory;
    }

    /**
     * @param language          en, fr or nl (anything else reads as en)
     * @param overrideDirectory where a technician may put step texts of their own (the data directory), or null
     */
    public static Messages forLanguage(String language, Path overrideDirectory) {
        String lang = language != null && LANGUAGES.contains(language.strip().toLowerCase(Locale.ROOT))
                ? language.strip().toLowerCase(Locale.ROOT) : "en";
        boolean english = lang.equals("en");
        String suffix = english ? "" : "_" + lang;
        List<Properties> chain = new ArrayList<>();
        // the technician's step texts first, the language before the base
        if (overrideDirectory != null) {
            chain.add(file(overrideDirectory.resolve(STEPS + "_" + lang + ".properties")));
            if (english) {
                chain.add(file(overrideDirectory.resolve(STEPS + ".properties")));
            }
        }
        List<String> bundles = new ArrayList<>(adapterBundles());
        bundles.addAll(List.of(PRESENTATION, DOMAIN + "messages", DOMAIN + STEPS));
        for (String bundle : bundles) {
            if (!english) {
                chain.add(resource(bundle + suffix + ".properties"));
            }
            chain.add(resource(bundle + ".properties"));
        }
        if (overrideDirectory != null && !english) {
            chain.add(file(overrideDirectory.resolve(STEPS + ".properties")));
        }
        return new Messages(Locale.forLanguageTag(lang), chain, resource(DOMAIN + "allsoftplus-labels.properties"),
                overrideDirectory);
    }

    /**
     * These texts in another language (en, fr or nl; anything else reads as en), with the same step-text overrides:
     * for an adapter whose users choose their language each (the dashboard, per browser session).
     */
    public Messages inLanguage(String language) {
        return forLanguage(language, overrideDirectory);
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    /**
     * The text for a key, formatted with its arguments; the key itself when no bundle has it. An argument that is
     * text (a value, a name, a reason, a path …) is shown with every character that could act escaped, a line feed
     * included ({@link SafeText#inline}); a whole number (a revision, a count) is shown as plain digits, never with
     * the language's grouping separator ({@code 1164}, not {@code 1,164} or {@code 1 164}).
     */
    public String text(String key, Object... arguments) {
        for (Properties properties : chain) {
            String pattern = properties.getProperty(key);
            if (pattern != null) {
                Object[] shown = shown(arguments);
                return new MessageFormat(plainWholeNumbers(pattern, shown), locale).format(shown);
            }
        }
        // a key built from stored text (the code of a finding kept in a history) is shown, but cannot act
        return SafeText.inline(key);
    }

    private static Object[] shown(Object[] arguments) {
        if (arguments == null) {
            return new Object[0];
        }
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            Object argument = shown[i];
            if (argument != null && !(argument instanceof Number) && !(argument instanceof java.util.Date)) {
                shown[i] = SafeText.inline(argument.toString());
            }
        }
        return shown;
    }

    private static boolean isWholeNumber(Object argument) {
        return argument instanceof Integer || argument instanceof Long || argument instanceof Short
                || argument instanceof Byte || argument instanceof java.math.BigInteger
                || argument instanceof java.util.concurrent.atomic.AtomicInteger
                || argument instanceof java.util.concurrent.atomic.AtomicLong;
    }

    /**
     * The pattern with every plain placeholder of a whole-number argument ({@code {1}}, also inside a choice)
     * given the format {@code {1,number,0}}: digits without grouping, in every language. Quoted text is left as it
     * is.
     */
    static String plainWholeNumbers(String pattern, Object[] arguments) {
        if (pattern.indexOf('{') < 0 || java.util.Arrays.stream(arguments).noneMatch(Messages::isWholeNumber)) {
            return pattern;
        }
        StringBuilder result = new StringBuilder(pattern.length() + 16);
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                result.append(c);
                continue;
            }
            if (!quoted && c == '{') {
                int close = pattern.indexOf('}', i);
                String inside = close < 0 ? "" : pattern.substring(i + 1, close).strip();
                if (!inside.isEmpty() && inside.chars().allMatch(Character::isDigit) && inside.length() < 4) {
                    int index = Integer.parseInt(inside);
                    if (index < arguments.length && isWholeNumber(arguments[index])) {
                        result.append('{').append(index).append(",number,0}");
                        i = close;
                        continue;
                    }
                }
            }
            result.append(c);
        }
        return result.toString();
    }

    public boolean has(String key) {
        return chain.stream().anyMatch(p -> p.containsKey(key));
    }

    /** The finding's sentence; the lists of accepted CSAM steps, roles and services in this language. */
    public String finding(Finding finding) {
        return text("finding." + finding.messageKey(), CsamWordsShown.arguments(finding, language()));
    }

    /** The screen label: {@code label.company-name} → "Nom de l’entreprise". */
    public String label(String labelKey) {
        return labels.getProperty(labelKey, labelKey);
    }

    public String label(FieldKey field) {
        return label("label." + field.key());
    }

    /**
     * A name and what follows it, joined by the language's colon ({@code IBAN: …}; in French with the narrow no-break
     * space before it, {@code IBAN : …}); with an empty {@code rest}, the name and its colon, as a prompt or a heading
     * ends. Both are shown as given (they are shown text already, built by the caller).
     */
    public String labelled(String name, String rest) {
        return name + text("labelled.colon") + rest;
    }

    /** The field's name in the language ("company name"). */
    public String fieldName(FieldKey field) {
        return text("field." + field.key());
    }

    public String stepTitle(CsamStep step) {
        return text("step." + step.id() + ".title");
    }

    public String stepInstruction(CsamStep step) {
        return text("step." + step.id() + ".instruction");
    }

    /** The step's link, or null when it has none. */
    public String stepLink(CsamStep step) {
        String key = "step." + step.id() + ".link";
        return has(key) ? text(key) : null;
    }

    public String error(ApplicationException exception) {
        return text("error." + exception.code(), exception.arguments().toArray());
    }

    /** The base names of the adapters' bundles on the class path, in a stable order. */
    private static List<String> adapterBundles() {
        java.util.SortedSet<String> names = new java.util.TreeSet<>();
        try {
            java.util.Enumeration<java.net.URL> lists = Messages.class.getClassLoader().getResources(ADAPTER_TEXTS);
            while (lists.hasMoreElements()) {
                try (InputStream in = lists.nextElement().openStream()) {
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                            .forEach(name -> names.add(name.startsWith("/") ? name : "/" + name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ADAPTER_TEXTS, e);
        }
        return List.copyOf(names);
    }

    private static Properties resource(String name) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in != null) {
                load(properties, new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return properties;
    }

    /**
     * A technician's override in the data directory: read only when it is a regular file there, never through a
     * symbolic link (nor a pipe or a device), at most {@value #OVERRIDE_LIMIT} bytes; anything else is ignored.
     */
    private static Properties file(Path path) {
        Properties properties = new Properties();
        if (Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (InputStream in = Files.newInputStream(path, java.nio.file.StandardOpenOption.READ,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                byte[] content = in.readNBytes(OVERRIDE_LIMIT + 1);
                if (content.length > OVERRIDE_LIMIT) {
                    return new Properties();
                }
                load(properties, new java.io.StringReader(new String(content, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                // an unreadable override is ignored: the released texts still serve
                return new Properties();
            }
        }
        return properties;
    }

    /** The most a step-text override may weigh: the released texts of every step fit in a few KiB. */
    private static final int OVERRIDE_LIMIT = 256 * 1024;

    private static void load(Properties properties, Reader reader) throws IOException {
        properties.load(reader);
    }
}
