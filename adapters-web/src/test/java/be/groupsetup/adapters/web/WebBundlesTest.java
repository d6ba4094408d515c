package be.groupsetup.adapters.web;

import be.groupsetup.presentation.text.BundleChecks;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's own bundle in English, French and Dutch by the checks every bundle passes, no key shared with the
 * presentation's, and every key the dashboard's sources name (the texts and the error codes of {@code serve}) there.
 */
class WebBundlesTest {

    private static final String WEB = "/be/groupsetup/adapters/web/web";
    private static final String PRESENTATION = "/be/groupsetup/presentation/texts";
    private static final Pattern SETTING_CODE = Pattern.compile("new SettingException\\(\\s*\"([a-z][a-z.-]*)\"");

    @Test
    void givenTheThreeBundles_whenChecked_thenSameKeysValidPatternsUtf8() throws IOException {
        assertThat(BundleChecks.differentKeys(WEB)).isEmpty();
        assertThat(BundleChecks.badPatterns(WEB)).isEmpty();
        assertThat(BundleChecks.notUtf8(WEB)).isEmpty();
    }

    @Test
    void givenTheDashboardsBundleAndThePresentations_whenCompared_thenNoKeyIsInBoth() {
        Set<String> both = new TreeSet<>(BundleChecks.bundle(WEB, "en").stringPropertyNames());
        both.retainAll(BundleChecks.bundle(PRESENTATION, "en").stringPropertyNames());
        assertThat(both).isEmpty();
    }

    @Test
    void givenEveryKeyTheSourcesName_whenLookedUpInEachLanguage_thenItExists() throws IOException {
        Set<String> keys = new TreeSet<>(BundleChecks.literalKeys(Path.of("src/main/java")));
        for (String source : BundleChecks.sources(Path.of("src/main/java"))) {
            BundleChecks.matches(SETTING_CODE, source, 1).forEach(code -> keys.add("error." + code));
        }
        assertThat(keys).contains("web.groups.title", "error.web.serve.port-in-use", "error.web.serve.bind");
        assertThat(BundleChecks.unknownKeys(keys)).isEmpty();
    }
}
