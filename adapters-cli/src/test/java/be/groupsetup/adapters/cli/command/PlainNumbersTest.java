package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revisions and counts are identifiers and counters (issue 11, item 8): plain digits in every language — never
 * "1,164" (en), "1 164" (fr) or "1.164" (nl) — and plain JSON numbers.
 */
class PlainNumbersTest {

    /** Any grouping of 1164: a comma, a dot, a blank, a no-break or narrow no-break space between 1 and 164. */
    private static final String GROUPED = "1\\D164";

    /** A group whose history holds 1163 revisions, as a long-lived group's would. */
    private static ShellFixture groupAtRevision1163(String language) {
        ShellFixture shell = ShellFixture.inLanguage(language);
        GroupNumber number = new GroupNumber(GROUP);
        List<HistoryEntry> history = new ArrayList<>();
        history.add(SampleGroups.created(number));
        for (long revision = 2; revision <= 1163; revision++) {
            history.add(SampleGroups.fieldSet(FieldKey.CITY, "Liège", "Liège").atRevision(revision));
        }
        return shell.withStored(ShellFixture.storedSetup(Map.of()), 1163, history);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "nl"})
    void givenRevision1164_whenAChangeIsStoredInAnyLanguage_thenTheRevisionIsPlainDigits(String language) {
        ShellFixture shell = groupAtRevision1163(language);

        Run run = shell.run("group set", GROUP, "--phone", "0470 12 34 57");

        assertThat(run.exit()).as("%s", run).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("1164").doesNotContainPattern(GROUPED);
        assertThat(run.out()).contains(shell.messages().text("change.applied", GROUP, 1164L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "nl"})
    void givenRevision1164_whenTheHistoryAndTheGroupAreShown_thenPlainDigitsAndPlainJsonNumbers(String language) {
        ShellFixture shell = groupAtRevision1163(language);
        shell.run("group set", GROUP, "--phone", "0470 12 34 57");

        Run history = shell.run("group history", GROUP);
        JsonNode show = shell.run("group show", GROUP, "--format", "json").json();
        Run historyJson = shell.run("group history", GROUP, "--format", "json");

        assertThat(history.out()).contains("r1164").doesNotContainPattern(GROUPED);
        assertThat(show.get("revision").isIntegralNumber()).isTrue();
        assertThat(show.get("revision").longValue()).isEqualTo(1164L);
        assertThat(historyJson.out()).contains("\"revision\" : 1164").doesNotContainPattern(GROUPED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "nl"})
    void givenRevision1164_whenExportedAndImported_thenTheImportSaysPlainDigits(String language) {
        ShellFixture shell = groupAtRevision1163(language);
        shell.run("group set", GROUP, "--phone", "0470 12 34 57");
        String export = shell.run("group export", GROUP).out();
        shell.session.useStandardInput(() -> new java.io.ByteArrayInputStream(export.getBytes()));

        Run run = shell.run("group import", "-", "--replace");

        assertThat(run.exit()).as("%s", run).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("1165").doesNotContainPattern("1\\D165");
    }
}
