package be.groupsetup.adapters.cli;

import be.groupsetup.adapters.cli.ShellFixture.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/** groupsetup.language = en | fr | nl: the messages follow; the AllsoftPlus labels stay as the screen shows them. */
class LanguagesTest {

    /** A pattern of the domain's released bundle, formatted as the shell formats it. */
    private static String bundle(String name, String key, Object... arguments) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LanguagesTest.class.getResourceAsStream("/be/groupsetup/domain/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String pattern = properties.getProperty(key);
        assertThat(pattern).as(name + " " + key).isNotNull();
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    private static String suffix(String language) {
        return language.equals("en") ? "" : "_" + language;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "nl"})
    void givenALanguage_whenAValueIsRefused_thenTheRulesMessageIsThatLanguagesBundle(String language) throws IOException {
        ShellFixture shell = ShellFixture.inLanguage(language).withGroup();

        Run run = shell.run("group set", GROUP, "--iban", "BE68539007547035");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).contains(bundle("messages" + suffix(language), "finding.iban.checksum"))
                .contains(bundle("messages" + suffix(language), "severity.error"));
    }

    @Test
    void givenFrenchAndDutch_whenAValueIsRefused_thenTheMessageDiffersFromEnglish() {
        String english = refusal("en");
        String french = refusal("fr");
        String dutch = refusal("nl");

        assertThat(french).isNotEqualTo(english).contains("Type de mandat");
        assertThat(dutch).isNotEqualTo(english).isNotEqualTo(french).contains("Type de mandat");
    }

    private static String refusal(String language) {
        return ShellFixture.inLanguage(language).withGroup().run("group set", GROUP, "--mandate-type", "eHealth").err();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl"})
    void givenALanguage_whenTheChecklistIsShown_thenTheStepTextsOfThatLanguage(String language) throws IOException {
        ShellFixture shell = ShellFixture.inLanguage(language).withGroup();

        String out = shell.run("csam status", GROUP).out();

        assertThat(out).contains(bundle("csam-steps" + suffix(language), "step.authority.title"))
                .contains(bundle("csam-steps" + suffix(language), "step.authority.instruction"))
                .doesNotContain(bundle("csam-steps", "step.authority.instruction"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "nl"})
    void givenAnyLanguage_whenTheSheetIsPrinted_thenTheAllsoftPlusLabelsStayAsOnTheScreen(String language) {
        ShellFixture shell = ShellFixture.inLanguage(language).withCompleteGroup();

        String sheet = shell.run("group sheet", GROUP).out();

        assertThat(sheet).contains("Nom de l’entreprise", "Partie Tiers Payant", "Nr de groupe", "Type de mandat",
                "Nr de mandat", "Prest. de soins de refs", "EHealth Box Qualité");
    }
}
