package be.groupsetup.presentation.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The presentation's texts in English, French and Dutch ({@code be/groupsetup/presentation/texts}): the same keys,
 * valid patterns, every key this module's code names; the step texts a technician overrides in the data directory;
 * and the texts an adapter brings by naming its bundle in {@code META-INF/groupsetup/texts}.
 */
class TextBundlesTest {

    private static final String TEXTS = "/be/groupsetup/presentation/texts";
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void givenTheThreeBundles_whenTheirKeysAreCompared_thenTheyAreTheSame() {
        assertThat(BundleChecks.differentKeys(TEXTS)).isEmpty();
    }

    @Test
    void givenEveryValue_whenFormattedWithPlaceholderArguments_thenItIsAValidPatternWithTheEnglishPlaceholders() {
        assertThat(BundleChecks.badPatterns(TEXTS)).isEmpty();
    }

    @Test
    void givenTheBundleFiles_whenRead_thenTheyAreValidUtf8() throws IOException {
        assertThat(BundleChecks.notUtf8(TEXTS)).isEmpty();
    }

    @Test
    void givenEveryKeyThisModuleNamesLiterally_whenLookedUpInEachLanguage_thenItExists() throws IOException {
        Set<String> keys = BundleChecks.literalKeys(SOURCES);

        assertThat(keys).as("the scan finds the keys").contains("sheet.title", "csam.record.by", "warning.open",
                "value.not-set", "csam.next-recheck", "csam.next");
        assertThat(BundleChecks.unknownKeys(keys)).as("keys the code uses but no bundle holds").isEmpty();
    }

    @Test
    void givenAnAdapterThatNamesItsBundle_whenMessagesAreMade_thenItsTextsAreThereInItsLanguageOrEnglish() {
        assertThat(Messages.forLanguage("en", null).text("pretend.greeting", "x")).isEqualTo("Hello from x");
        assertThat(Messages.forLanguage("fr", null).text("pretend.greeting", "x")).isEqualTo("Bonjour de x");
        assertThat(Messages.forLanguage("nl", null).text("pretend.greeting", "x")).isEqualTo("Hello from x");
    }

    @Test
    void givenAnUnknownLanguage_whenMessagesAreMade_thenEnglish() {
        assertThat(Messages.forLanguage("de", null).text("finding.iban.checksum"))
                .isEqualTo(Messages.forLanguage("en", null).text("finding.iban.checksum"));
        assertThat(Messages.forLanguage(" FR ", null).language()).isEqualTo("fr");
    }

    @Test
    void givenStepTextsInTheDataDirectory_whenMessagesAreMade_thenTheyOverrideTheReleasedOnes(@TempDir Path dataDir)
            throws IOException {
        Files.writeString(dataDir.resolve("csam-steps_fr.properties"),
                "step.csam-login.link=https://www.csam.be/fr/nouvelle-adresse.html\n", StandardCharsets.UTF_8);
        Files.writeString(dataDir.resolve("csam-steps.properties"),
                "step.csam-login.link=https://www.csam.be/en/new-address.html\nstep.authority.title=Wer?\n",
                StandardCharsets.UTF_8);

        Messages french = Messages.forLanguage("fr", dataDir);
        Messages english = Messages.forLanguage("en", dataDir);

        assertThat(french.text("step.csam-login.link")).isEqualTo("https://www.csam.be/fr/nouvelle-adresse.html");
        assertThat(french.text("step.authority.title")).isEqualTo(domainText("csam-steps_fr", "step.authority.title"));
        assertThat(english.text("step.csam-login.link")).isEqualTo("https://www.csam.be/en/new-address.html");
        assertThat(english.text("step.authority.title")).isEqualTo("Wer?");
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

    @Test
    void givenAStepOverrideThatIsASymbolicLink_whenMessagesAreMade_thenItIsIgnored(@TempDir Path dataDirectory)
            throws IOException {
        Path elsewhere = Files.writeString(dataDirectory.resolve("elsewhere.properties"),
                "step.csam-login.link=https://evil.example/\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(dataDirectory.resolve("csam-steps.properties"), elsewhere);

        assertThat(Messages.forLanguage("en", dataDirectory).text("step.csam-login.link"))
                .isEqualTo(Messages.forLanguage("en", null).text("step.csam-login.link"));
    }

    /** A pattern of the domain's released bundle, formatted as Messages formats it. */
    private static String domainText(String name, String key) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextBundlesTest.class.getResourceAsStream("/be/groupsetup/domain/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new MessageFormat(properties.getProperty(key), Locale.ROOT).format(new Object[0]);
    }
}
