package be.groupsetup.bootstrap;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SystemLanguageTest {

    private static Map<String, String> environment(String... pairs) {
        Map<String, String> environment = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            environment.put(pairs[i], pairs[i + 1]);
        }
        return environment;
    }

    @Test
    void givenALocale_thenItsLanguageWhenGroupsetupSpeaksIt_elseEnglish() {
        assertThat(SystemLanguage.of(environment("LANG", "fr_BE.UTF-8"))).isEqualTo("fr");
        assertThat(SystemLanguage.of(environment("LANG", "nl_BE.UTF-8"))).isEqualTo("nl");
        assertThat(SystemLanguage.of(environment("LANG", "de_BE.UTF-8"))).isEqualTo("en");
        assertThat(SystemLanguage.of(environment("LANG", "C"))).isEqualTo("en");
        assertThat(SystemLanguage.of(environment("LANG", "POSIX"))).isEqualTo("en");
        assertThat(SystemLanguage.of(environment())).isEqualTo("en");
    }

    @Test
    void givenSeveralVariables_thenLcAllThenLcMessagesThenLang_emptyOnesSkipped() {
        assertThat(SystemLanguage.of(environment("LC_ALL", "nl_NL", "LC_MESSAGES", "fr_FR", "LANG", "en_GB")))
                .isEqualTo("nl");
        assertThat(SystemLanguage.of(environment("LC_ALL", "", "LC_MESSAGES", "fr_FR", "LANG", "nl_BE")))
                .isEqualTo("fr");
        assertThat(SystemLanguage.of(environment("LC_ALL", " ", "LANG", "nl_BE"))).isEqualTo("nl");
    }

    @Test
    void givenSettingsBeforeTheCommand_thenSystemPropertiesAndTheCommandUnchanged() {
        String name = "groupsetup.test." + System.nanoTime();
        String[] rest = GroupsetupApplication.systemProperties(new String[] {"-D" + name + "=a=b", "group", "set",
                "94123456001", "--city", "-Dnot=this"});
        assertThat(System.getProperty(name)).isEqualTo("a=b");
        assertThat(rest).containsExactly("group", "set", "94123456001", "--city", "-Dnot=this");
        assertThat(System.getProperty("not")).isNull();
        assertThat(GroupsetupApplication.systemProperties(new String[] {"-D", "help"})).containsExactly("-D", "help");
        System.clearProperty(name);
    }
}
