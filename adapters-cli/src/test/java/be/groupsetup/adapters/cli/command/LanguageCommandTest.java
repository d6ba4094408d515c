package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ShellFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code language}: the language of the rest of a shell session. */
class LanguageCommandTest {

    private final ShellFixture shell = ShellFixture.english().withGroup();

    @Test
    void givenNoArgument_thenTheLanguageInForceAndHowToChangeIt() {
        ShellFixture.Run run = shell.run("language");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Language: en").contains("GROUPSETUP_LANGUAGE");
    }

    @Test
    void givenFrench_thenTheCommandsAfterItSpeakFrench_andDutchAfterThat() {
        assertThat(all(shell.run("group check", "94123456001"))).contains("Not filled in");
        ShellFixture.Run chosen = shell.run("language", "FR");
        assertThat(chosen.exit()).isZero();
        assertThat(chosen.out()).contains("Langue de cette session").contains("fr");
        assertThat(all(shell.run("group check", "94123456001"))).doesNotContain("Not filled in")
                .contains("Non rempli");
        assertThat(shell.run("help").out()).contains("Langue\u202F: fr");
        shell.run("language", "nl");
        assertThat(shell.run("help").out()).contains("Taal: nl");
    }

    private static String all(ShellFixture.Run run) {
        return run.out() + run.err();
    }

    @Test
    void givenALanguageGroupsetupDoesNotSpeak_thenAUsageErrorNamingTheThree_andTheLanguageKept() {
        ShellFixture.Run run = shell.run("language", "de");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("de").contains("en, fr, nl");
        assertThat(shell.run("help").out()).contains("Language: en");
    }
}
