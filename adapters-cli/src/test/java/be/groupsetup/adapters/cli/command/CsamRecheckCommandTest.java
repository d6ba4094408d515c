package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.InMemoryArchiveCodec;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import be.groupsetup.presentation.view.Views;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Instant;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static be.groupsetup.adapters.cli.ShellFixture.NOW;
import static be.groupsetup.adapters.cli.ShellFixture.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A principal access manager designated now holds only while the login it was checked against is the current
 * representing nurse's: the views show the step to re-check with its reason, the command that broke it says so,
 * and every view marks which record of a step counts.
 */
class CsamRecheckCommandTest {

    private static final String RECHECK = "csam.principal-access-manager.recheck";
    private static final String NURSE_LOGIN = "D'HONDT Françoise Marie";

    private final InMemoryArchiveCodec codec = new InMemoryArchiveCodec();
    private final ShellFixture shell = ShellFixture.sharingExportsWith(codec);

    @TempDir
    Path folder;

    /** Someone else logs in first, then the nurse; a principal access manager is designated now. */
    @BeforeEach
    void designatedAfterTheNurseLoggedIn() {
        shell.withCompleteGroup();
        ok(shell.run("csam record", GROUP, "authority", "--person", "Françoise D'Hondt", "--role", "group-responsible"));
        ok(shell.run("csam record", GROUP, "csam-login", "--person", "Jean Peeters"));
        ok(shell.run("csam record", GROUP, "csam-login", "--person", NURSE_LOGIN));
        ok(shell.run("csam record", GROUP, "principal-access-manager", "--person", "Jean Dupont"));
    }

    private static void ok(Run run) {
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.OK);
    }

    private String when() {
        return new Views(shell.messages()).when(Instant.parse(NOW));
    }

    private String notRepresentative() {
        return shell.messages().text("finding." + RECHECK + ".not-representative", NURSE_LOGIN, "Marie Dubois");
    }

    private void anotherNurse() {
        ok(shell.run("group set", GROUP, "--first-name", "Marie", "--last-name", "Dubois"));
    }

    @Test
    void givenTwoLogins_whenCsamStatusShown_thenTheReplacedOneIsMarkedWithWhenAndWhoAndTheLatestCounts() {
        Run run = shell.run("csam status", GROUP);

        assertThat(run.out()).containsSubsequence("[x] 2.",
                "Jean Peeters  — " + shell.messages().text("csam.record.by", TECHNICIAN, when()) + " — "
                        + shell.messages().text("csam.record.replaced", when(), TECHNICIAN),
                NURSE_LOGIN + "  — " + shell.messages().text("csam.record.by", TECHNICIAN, when()) + " — "
                        + shell.messages().text("csam.record.counts"),
                "[x] 3.", "Jean Dupont · " + shell.messages().text("csam.record.login-check", NURSE_LOGIN, when()));
        assertThat(run.out()).doesNotContain("Françoise D'Hondt · the group’s responsible  — "
                + shell.messages().text("csam.record.by", TECHNICIAN, when()) + " — ");
    }

    @Test
    void givenTwoLogins_whenCsamStatusShownAsJson_thenEachRecordSaysWhetherItCountsAndTheDesignationItsLogin() {
        JsonNode steps = shell.run("csam status", GROUP, "--format", "json").json().get("steps");

        JsonNode logins = steps.get(1).get("records");
        assertThat(logins).hasSize(2);
        assertThat(logins.get(0).get("person").stringValue()).isEqualTo("Jean Peeters");
        assertThat(logins.get(0).get("counts").booleanValue()).isFalse();
        assertThat(logins.get(0).get("replacedBy").stringValue()).isEqualTo(TECHNICIAN);
        assertThat(logins.get(0).get("replacedAt").stringValue()).isEqualTo(NOW);
        assertThat(logins.get(1).get("counts").booleanValue()).isTrue();
        assertThat(logins.get(1).get("replacedBy").isNull()).isTrue();
        assertThat(logins.get(1).get("loginCheck").isNull()).isTrue();
        JsonNode check = steps.get(2).get("records").get(0).get("loginCheck");
        assertThat(check.get("loginPerson").stringValue()).isEqualTo(NURSE_LOGIN);
        assertThat(check.get("loginRecordedAt").stringValue()).isEqualTo(NOW);
        assertThat(check.get("confirmedNurse").isNull()).isTrue();
        assertThat(steps.get(2).get("state").stringValue()).isEqualTo("done");
        assertThat(steps.get(2).get("recheckReason").isNull()).isTrue();
    }

    @Test
    void givenAnotherRepresentingNurse_whenSet_thenTheSetSaysTheStepIsToRecheck() {
        Run run = shell.run("group set", GROUP, "--first-name", "Marie", "--last-name", "Dubois");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.errLines()).containsExactly("warning   " + notRepresentative() + " [" + RECHECK + "]");
    }

    @Test
    void givenAnotherRepresentingNurse_whenCsamStatusShown_thenStep3ToRecheckNotCountedAndNextWithTheReason() {
        anotherNurse();

        Run run = shell.run("csam status", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).containsSubsequence(shell.messages().text("csam.progress", 2, 5),
                "[x] 2.", "[!] 3. " + shell.messages().text("step.principal-access-manager.title") + " — "
                        + shell.messages().text("state.recheck"),
                "Jean Dupont", "        ! " + notRepresentative(), "[ ] 5.",
                shell.messages().text("csam.next-recheck", 3, shell.messages().text("step.principal-access-manager.title")),
                "  " + notRepresentative(),
                shell.messages().text("step.principal-access-manager.instruction"));
    }

    @Test
    void givenAnotherRepresentingNurse_whenCsamStatusShownAsJson_thenStateRecheckWithItsReasonAndNextPointsToIt() {
        anotherNurse();

        JsonNode json = shell.run("csam status", GROUP, "--format", "json").json();

        assertThat(json.get("steps")).extracting(s -> s.get("state").stringValue())
                .containsExactly("done", "done", "recheck", "todo", "todo", "todo");
        assertThat(json.get("steps").get(2).get("recheckReason").get("code").stringValue()).isEqualTo(RECHECK);
        assertThat(json.get("progress").intValue()).isEqualTo(2);
        assertThat(json.get("next").stringValue()).isEqualTo("principal-access-manager");
        assertThat(json.get("nextReason").stringValue()).isEqualTo(notRepresentative());
    }

    @Test
    void givenAStepToRecheck_whenGroupStatusAsked_thenItIsListedWithItsReasonAndExit1() {
        ok(shell.run("csam record", GROUP, "access-rights", "--person", "Françoise D'Hondt", "--services",
                "billing,insurability,medico-administrative"));
        ok(shell.run("csam record", GROUP, "no-mandates"));
        assertThat(shell.run("group status", GROUP).exit()).isEqualTo(ExitCode.OK);
        anotherNurse();

        Run text = shell.run("group status", GROUP);
        JsonNode json = shell.run("group status", GROUP, "--format", "json").json();

        assertThat(text.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(text.outLines()).containsExactly(shell.messages().text("status.not-ready", GROUP, 1),
                "  - " + shell.messages().text("status.step-recheck", 3,
                        shell.messages().text("step.principal-access-manager.title"), notRepresentative()));
        assertThat(json.get("ready").booleanValue()).isFalse();
        assertThat(json.get("progress").intValue()).isEqualTo(4);
        assertThat(json.get("missing")).singleElement().satisfies(item -> {
            assertThat(item.get("kind").stringValue()).isEqualTo("step");
            assertThat(item.get("key").stringValue()).isEqualTo("principal-access-manager");
            assertThat(item.get("state").stringValue()).isEqualTo("recheck");
            assertThat(item.get("code").stringValue()).isEqualTo(RECHECK);
            assertThat(item.get("message").stringValue()).isEqualTo(notRepresentative());
        });
    }

    @Test
    void givenTheNursesLoginUndone_whenUndone_thenTheUndoSaysTheStepIsToRecheckAndNextPointsToIt() {
        Run run = shell.run("csam undo", GROUP, "csam-login");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).contains(shell.messages().text("csam.progress", 2, 5),
                shell.messages().text("csam.next-recheck", 3,
                        shell.messages().text("step.principal-access-manager.title")));
        assertThat(run.errLines()).containsExactly("warning   "
                + shell.messages().text("finding." + RECHECK + ".login-undone", NURSE_LOGIN) + " [" + RECHECK + "]");
    }

    @Test
    void givenAStepToRecheck_whenALaterStepIsRecorded_thenItsOutputStillPointsToTheStepWithTheReason() {
        anotherNurse();

        Run run = shell.run("csam record", GROUP, "access-rights", "--person", "Françoise D'Hondt", "--services",
                "billing,insurability,medico-administrative");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).containsSubsequence(shell.messages().text("csam.progress", 3, 5),
                shell.messages().text("csam.next-recheck", 3,
                        shell.messages().text("step.principal-access-manager.title")),
                "  " + notRepresentative());
    }

    @Test
    void givenAPersonOnAStepWithoutPerPersonRecords_whenUndone_thenRefusedAsNotApplicableWithExit1() {
        Run run = shell.run("csam undo", GROUP, "csam-login", "--person", "Jean Peeters");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("error     "
                + shell.messages().text("finding.csam.option.not-applicable", "person", "csam-login")
                + " [csam.option.not-applicable]");
        assertThat(shell.run("csam status", GROUP, "--format", "json").json().get("steps").get(1).get("records"))
                .hasSize(2);
    }

    @Test
    void givenAStepToRecheck_whenTheSheetIsPrinted_thenEveryFormatShowsItWithTheReasonAndTheRecordMarks() {
        anotherNurse();

        String text = shell.run("group sheet", GROUP).out();
        String markdown = shell.run("group sheet", GROUP, "--format", "markdown").out();
        String html = shell.run("group sheet", GROUP, "--format", "html").out();
        JsonNode json = shell.run("group sheet", GROUP, "--format", "json").json();

        String replaced = shell.messages().text("csam.record.replaced", when(), TECHNICIAN);
        assertThat(text).containsSubsequence(replaced, shell.messages().text("csam.record.counts"), "[!] 3.",
                notRepresentative());
        assertThat(markdown).containsSubsequence(replaced, "**" + shell.messages().text("state.recheck") + "**",
                "⚠ " + notRepresentative());
        assertThat(html).contains("⚠ ").contains("<span class=\"recheck\">").contains(replaced);
        assertThat(json.get("csam").get("steps").get(2).get("state").stringValue()).isEqualTo("recheck");
        assertThat(json.get("csam").get("next").stringValue()).isEqualTo("principal-access-manager");
        assertThat(json.get("csam").get("steps").get(1).get("records").get(0).get("counts").booleanValue()).isFalse();
        assertThat(json.get("ready").booleanValue()).isFalse();
    }

    @Test
    void givenAnExportWhoseDesignationNoLongerHolds_whenImported_thenTheImportSaysTheStepIsToRecheck() {
        anotherNurse();
        Path file = folder.resolve("export.json");
        ok(shell.run("group export", GROUP, "--output", file.toString()));

        Run run = shell.run("group import", file.toString(), "--replace");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("[" + RECHECK + "]").contains(notRepresentative());
    }

    @Test
    void givenTheNurseConfirmed_whenDesignatedWithConfirmed_thenTheLoginCheckNamesTheNurseConfirmed() {
        ok(shell.run("csam record", GROUP, "csam-login", "--person", "Jean Peeters"));
        ok(shell.run("csam record", GROUP, "principal-access-manager", "--person", "Jean Dupont", "--confirmed"));

        JsonNode records = shell.run("csam status", GROUP, "--format", "json").json().get("steps").get(2).get("records");
        Run text = shell.run("csam status", GROUP);

        JsonNode latest = records.get(records.size() - 1);
        assertThat(latest.get("counts").booleanValue()).isTrue();
        assertThat(latest.get("loginCheck").get("loginPerson").stringValue()).isEqualTo("Jean Peeters");
        assertThat(latest.get("loginCheck").get("confirmedNurse").stringValue()).isEqualTo("Françoise D'Hondt");
        assertThat(records.get(0).get("counts").booleanValue()).isFalse();
        assertThat(text.out()).contains(shell.messages().text("csam.record.login-check-confirmed", "Jean Peeters",
                when(), "Françoise D'Hondt"));
    }
}
