package be.groupsetup.adapters.cli.output;

import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.presentation.text.BundleChecks;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static be.groupsetup.presentation.text.BundleChecks.matches;
import static be.groupsetup.presentation.text.BundleChecks.sources;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shell's own bundle in English, French and Dutch, by the checks every bundle passes ({@link BundleChecks}), and
 * every key the shell asks for, literally or built from a command id, an option, a history kind or an error code —
 * found in the shell's bundle or the presentation's. Runs in the module's folder: the sources of this module and of
 * its neighbours are read as text.
 */
class ShellBundlesTest {

    private static final String SHELL = "/be/groupsetup/adapters/cli/shell";
    private static final String PRESENTATION = "/be/groupsetup/presentation/texts";

    private static final Path CLI_SOURCES = Path.of("src/main/java");
    private static final Path BOOTSTRAP_SOURCES = Path.of("../bootstrap/src/main/java");
    private static final Path APPLICATION_ERRORS = Path.of("../application/src/main/java/be/groupsetup/application/error");
    /** Every persistence module's main sources (adapters-persistence/document, file, postgres, and any new one). */
    private static final Path PERSISTENCE_MODULES = Path.of("../adapters-persistence");

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
        assertThat(BundleChecks.differentKeys(SHELL)).isEmpty();
    }

    @Test
    void givenEveryValue_whenFormattedWithPlaceholderArguments_thenItIsAValidPatternWithTheEnglishPlaceholders() {
        assertThat(BundleChecks.badPatterns(SHELL)).isEmpty();
    }

    @Test
    void givenTheBundleFiles_whenRead_thenTheyAreValidUtf8() throws IOException {
        assertThat(BundleChecks.notUtf8(SHELL)).isEmpty();
    }

    @Test
    void givenTheShellsBundleAndThePresentations_whenCompared_thenNoKeyIsInBoth() {
        Set<String> both = new TreeSet<>(BundleChecks.bundle(SHELL, "en").stringPropertyNames());
        both.retainAll(BundleChecks.bundle(PRESENTATION, "en").stringPropertyNames());

        assertThat(both).as("a key in both bundles: the shell's would silently win").isEmpty();
    }

    @Test
    void givenEveryKeyTheCodeNamesLiterally_whenLookedUpInEachLanguage_thenItExists() throws IOException {
        Set<String> keys = BundleChecks.literalKeys(CLI_SOURCES, BOOTSTRAP_SOURCES);

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

    private static void assertKnownInEveryLanguage(Set<String> keys) {
        assertThat(BundleChecks.unknownKeys(keys)).as("keys the code uses but no bundle holds").isEmpty();
    }

    private static Path[] persistenceSources() throws IOException {
        try (Stream<Path> modules = Files.list(PERSISTENCE_MODULES)) {
            Path[] roots = modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory).sorted()
                    .toArray(Path[]::new);
            assertThat(roots).as("the persistence modules' sources").isNotEmpty();
            return roots;
        }
    }
}
