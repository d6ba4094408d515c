package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellFixture;
import be.groupsetup.adapters.cli.ShellFixture.Run;
import be.groupsetup.adapters.cli.input.GroupsetupCompleter;
import be.groupsetup.presentation.view.Findings;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static be.groupsetup.adapters.cli.ShellFixture.GROUP;
import static be.groupsetup.adapters.cli.ShellFixture.NOW;
import static be.groupsetup.adapters.cli.ShellFixture.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code group acknowledge}: a warning accepted by name, and how every view shows it open or acknowledged. */
class GroupAcknowledgeCommandTest {

    private static final String NOT_CHRISTIAN = "single-point-of-contact.not-christian";
    private static final String REASON = "Mutuality 319 confirmed by the group";
    /** Check digits 99: neither the 97 nor the 89 rule, so {@code inami.checksum} on both fields that hold it. */
    private static final String ODD_INAMI = "41234599001";

    private final ShellFixture shell = ShellFixture.english();

    /** A ready group, then a mutuality that is not a Christian one: one open warning. */
    private void readyGroupWithAnOpenWarning() {
        shell.withCompleteGroup().withProcedureDone();
        assertThat(shell.run("group set", GROUP, "--single-point-of-contact", "319").exit()).isEqualTo(ExitCode.OK);
    }

    private void inamiChecksumOnTwoFields() {
        shell.withCompleteGroup();
        shell.run("group set", GROUP, "--inami", ODD_INAMI, "--reference-care-provider", ODD_INAMI);
    }

    private String openLine(String code, String field) {
        return Findings.CONTINUATION + shell.messages().text("warning.open", "group acknowledge " + GROUP + " " + code
                + (field == null ? "" : " --field " + field) + " --reason \""
                + shell.messages().text("warning.reason-placeholder") + "\"");
    }

    private String acknowledgedLine(String reason) {
        return Findings.CONTINUATION + shell.messages().text("warning.acknowledged", TECHNICIAN,
                new be.groupsetup.presentation.view.Views(shell.messages()).when(java.time.Instant.parse(NOW)), reason);
    }

    private JsonNode finding(JsonNode findings, String code, String field) {
        for (JsonNode finding : findings) {
            if (finding.get("code").stringValue().equals(code) && finding.get("field").stringValue().equals(field)) {
                return finding;
            }
        }
        throw new AssertionError("no " + code + " on " + field + " in " + findings);
    }

    // ---------------------------------------------------------------------------------------- the command

    @Test
    void givenAnOpenWarning_whenAcknowledged_thenSaidWithWhoWhenWhyAndTheGroupIsReadyAgain() {
        readyGroupWithAnOpenWarning();

        Run run = shell.run("group acknowledge", GROUP, NOT_CHRISTIAN, "--reason", REASON);

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        String when = new be.groupsetup.presentation.view.Views(shell.messages()).when(java.time.Instant.parse(NOW));
        assertThat(run.outLines()).containsExactly(
                shell.messages().text("acknowledge.done", GROUP, "Unique Point de Contact: "
                        + shell.messages().text("finding." + NOT_CHRISTIAN, "319") + " [" + NOT_CHRISTIAN + "]",
                        TECHNICIAN, when, REASON),
                shell.messages().text("status.ready", GROUP));
        assertThat(run.outLines().get(0)).startsWith("Acknowledged on group " + GROUP + ": Unique Point de Contact: 319 ")
                .endsWith("[" + NOT_CHRISTIAN + "] — by " + TECHNICIAN + " on " + when + ": " + REASON);
    }

    @Test
    void givenAReadyGroup_whenAWarningAppears_thenStatusListsItWithExit1_andAfterAcknowledgingItIsReady() {
        readyGroupWithAnOpenWarning();

        Run notReady = shell.run("group status", GROUP);

        assertThat(notReady.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(notReady.outLines()).containsExactly(
                shell.messages().text("status.not-ready", GROUP, 1),
                "  - " + shell.messages().text("status.warning", "Unique Point de Contact: "
                        + shell.messages().text("finding." + NOT_CHRISTIAN, "319"), NOT_CHRISTIAN),
                shell.messages().text("status.acknowledge-hint", GROUP));
        JsonNode json = shell.run("group status", GROUP, "--format", "json").json();
        assertThat(json.get("ready").booleanValue()).isFalse();
        assertThat(json.get("missing")).singleElement().satisfies(item -> {
            assertThat(item.get("kind").stringValue()).isEqualTo("warning");
            assertThat(item.get("key").stringValue()).isEqualTo("single-point-of-contact");
            assertThat(item.get("code").stringValue()).isEqualTo(NOT_CHRISTIAN);
            assertThat(item.get("message").stringValue()).contains("319");
        });

        shell.run("group acknowledge", GROUP, NOT_CHRISTIAN, "--reason", REASON);

        Run ready = shell.run("group status", GROUP);
        assertThat(ready.exit()).isEqualTo(ExitCode.OK);
        assertThat(ready.outLines()).containsExactly(shell.messages().text("status.ready", GROUP));
    }

    @Test
    void givenOpenWarningsAmongMissingFields_whenStatusAsked_thenWarningsAfterFieldsAndBeforeSteps() {
        shell.withCompleteGroup();
        shell.run("group set", GROUP, "--single-point-of-contact", "319");
        shell.run("group clear", GROUP, "phone");

        JsonNode json = shell.run("group status", GROUP, "--format", "json").json();

        assertThat(json.get("missing")).extracting(m -> m.get("kind").stringValue() + ":" + m.get("key").stringValue())
                .containsExactly("field:phone", "warning:single-point-of-contact", "step:authority", "step:csam-login",
                        "step:principal-access-manager", "step:access-rights", "step:no-mandates");
    }

    @Test
    void givenACodeThatIsNotAnOpenWarning_whenAcknowledged_thenRefusedWithExit1ListingTheOpenWarnings() {
        readyGroupWithAnOpenWarning();

        Run run = shell.run("group acknowledge", GROUP, "iban.checksum", "--reason", "it is fine");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "error     " + shell.messages().text("finding.acknowledge.not-open", "iban.checksum",
                        NOT_CHRISTIAN + " (single-point-of-contact)") + " [acknowledge.not-open]",
                shell.messages().text("change.refused"));
        assertThat(shell.run("group status", GROUP).exit()).isEqualTo(ExitCode.REFUSED);
    }

    @Test
    void givenABlankReason_whenAcknowledged_thenRefusedWithExit1() {
        readyGroupWithAnOpenWarning();

        Run run = shell.run("group acknowledge", GROUP, NOT_CHRISTIAN, "--reason", "   ");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.err()).contains("[acknowledge.reason-required]");
    }

    @Test
    void givenACodeOpenOnTwoFields_whenAcknowledgedWithoutField_thenRefused_andWithFieldOnlyThatOneIsAcknowledged() {
        inamiChecksumOnTwoFields();

        Run withoutField = shell.run("group acknowledge", GROUP, "inami.checksum", "--reason", "card checked");

        assertThat(withoutField.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(withoutField.err()).contains(shell.messages().text("finding.acknowledge.field-required",
                "inami.checksum", "inami, reference-care-provider")).contains("[acknowledge.field-required]");

        Run withField = shell.run("group acknowledge", GROUP, "inami.checksum", "--field", "inami",
                "--reason", "card checked");

        assertThat(withField.exit()).isEqualTo(ExitCode.OK);
        List<String> check = shell.run("group check", GROUP).outLines();
        assertThat(check).containsSubsequence("warning   Numéro INAMI: "
                        + shell.messages().text("finding.inami.checksum") + " [inami.checksum]",
                acknowledgedLine("card checked"),
                "warning   Prest. de soins de refs: " + shell.messages().text("finding.inami.checksum")
                        + " [inami.checksum]",
                openLine("inami.checksum", "reference-care-provider"));
    }

    @Test
    void givenAnAcknowledgement_whenWithdrawn_thenTheWarningIsOpenAgain_andASecondWithdrawalIsRefused() {
        readyGroupWithAnOpenWarning();
        shell.run("group acknowledge", GROUP, NOT_CHRISTIAN, "--reason", REASON);

        Run withdrawn = shell.run("group acknowledge", GROUP, NOT_CHRISTIAN, "--withdraw");

        assertThat(withdrawn.exit()).isEqualTo(ExitCode.OK);
        assertThat(withdrawn.outLines().get(0)).startsWith("Acknowledgement withdrawn on group " + GROUP + ": "
                + NOT_CHRISTIAN + " (Unique Point de Contact)").contains(REASON);
        assertThat(withdrawn.outLines().get(1)).isEqualTo(
                shell.messages().text("acknowledge.not-ready", GROUP, 1));
        assertThat(shell.run("group status", GROUP).exit()).isEqualTo(ExitCode.REFUSED);

        Run again = shell.run("group acknowledge", GROUP, NOT_CHRISTIAN, "--withdraw");

        assertThat(again.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(again.err()).contains("[acknowledge.none]");
    }

    @Test
    void givenAnAcknowledgedValue_whenTheValueChanges_thenTheWarningIsOpenAgain() {
        readyGroupWithAnOpenWarning();
        shell.run("group acknowledge", GROUP, NOT_CHRISTIAN, "--reason", REASON);

        shell.run("group set", GROUP, "--single-point-of-contact", "320");

        assertThat(shell.run("group status", GROUP).exit()).isEqualTo(ExitCode.REFUSED);
        JsonNode json = shell.run("group show", GROUP, "--format", "json").json();
        assertThat(finding(json.get("findings"), NOT_CHRISTIAN, "single-point-of-contact").get("acknowledgement")
                .isNull()).isTrue();
    }

    @Test
    void givenJsonFormat_whenAcknowledged_thenTheAcknowledgementAndTheWarningAsADocument() {
        readyGroupWithAnOpenWarning();

        Run run = shell.run("group acknowledge", GROUP, NOT_CHRISTIAN, "--reason", REASON, "--format", "json");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        JsonNode json = run.json();
        assertThat(json.get("group").stringValue()).isEqualTo(GROUP);
        assertThat(json.get("status").stringValue()).isEqualTo("applied");
        assertThat(json.get("withdrawn").booleanValue()).isFalse();
        assertThat(json.get("acknowledgement").get("code").stringValue()).isEqualTo(NOT_CHRISTIAN);
        assertThat(json.get("acknowledgement").get("field").stringValue()).isEqualTo("single-point-of-contact");
        assertThat(json.get("acknowledgement").get("by").stringValue()).isEqualTo(TECHNICIAN);
        assertThat(json.get("acknowledgement").get("at").stringValue()).isEqualTo(NOW);
        assertThat(json.get("acknowledgement").get("reason").stringValue()).isEqualTo(REASON);
        assertThat(json.get("warning").get("code").stringValue()).isEqualTo(NOT_CHRISTIAN);
        assertThat(json.get("findings")).isEmpty();
        assertThat(json.get("revision").isIntegralNumber()).isTrue();
    }

    @Test
    void givenJsonFormat_whenRefused_thenStatusRefusedWithTheFindingsAndExit1() {
        readyGroupWithAnOpenWarning();

        Run run = shell.run("group acknowledge", GROUP, "iban.checksum", "--reason", "x", "--format", "json");

        assertThat(run.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(run.json().get("status").stringValue()).isEqualTo("refused");
        assertThat(run.json().get("acknowledgement").isNull()).isTrue();
        assertThat(run.json().get("findings")).singleElement()
                .satisfies(f -> assertThat(f.get("code").stringValue()).isEqualTo("acknowledge.not-open"));
    }

    // ------------------------------------------------------------------------------------------ usage errors

    @Test
    void givenNoReason_whenAcknowledged_thenUsageErrorSayingToGiveOne() {
        readyGroupWithAnOpenWarning();

        Run run = shell.run("group acknowledge", GROUP, NOT_CHRISTIAN);

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(shell.messages().text("usage.reason-required"))
                .contains("Usage: group acknowledge NUMBER CODE [--reason TEXT] [--field KEY] [--withdraw]");
    }

    @Test
    void givenAReasonAndWithdraw_whenAcknowledged_thenUsageError() {
        readyGroupWithAnOpenWarning();

        Run run = shell.run("group acknowledge", GROUP, NOT_CHRISTIAN, "--reason", "x", "--withdraw");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(shell.messages().text("usage.reason-with-withdraw"));
    }

    @Test
    void givenAnUnknownFieldKey_whenAcknowledged_thenUsageErrorListingTheKeys() {
        inamiChecksumOnTwoFields();

        Run run = shell.run("group acknowledge", GROUP, "inami.checksum", "--field", "inamy", "--reason", "x");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("“inamy”").contains("reference-care-provider");
    }

    @Test
    void givenNoCode_whenAcknowledged_thenUsageError() {
        readyGroupWithAnOpenWarning();

        Run run = shell.run("group acknowledge", GROUP, "--reason", "x");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(shell.messages().text("usage.missing-argument", "CODE"));
    }

    @Test
    void givenJsonFormatAndAUsageError_whenAcknowledged_thenAJsonErrorDocumentAndExit2() {
        Run run = shell.run("group acknowledge", GROUP, NOT_CHRISTIAN, "--format", "json");

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.json().get("error").get("status").intValue()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void givenHelp_whenAsked_thenUsageOptionsAndExample() {
        Run run = shell.run("group acknowledge", "--help");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("--reason TEXT", "--field KEY", "--withdraw",
                shell.messages().text("command.group.acknowledge.example"));
    }

    @Test
    void givenAGroupWithOpenWarnings_whenTheCodeIsCompleted_thenItsOpenWarningCodes_andFieldKeysForField() {
        inamiChecksumOnTwoFields();
        shell.run("group set", GROUP, "--single-point-of-contact", "319");
        GroupsetupCompleter completer = new GroupsetupCompleter(shell.registry());

        assertThat(completer.proposals(List.of("group", "acknowledge", GROUP), ""))
                .containsExactly("inami.checksum", NOT_CHRISTIAN);
        assertThat(completer.proposals(List.of("group", "acknowledge", GROUP, "inami.checksum", "--field"), "re"))
                .containsExactly("reference-care-provider");
        assertThat(completer.proposals(List.of("group", "acknowledge", GROUP, "inami.checksum"), "--"))
                .contains("--reason", "--field", "--withdraw");
    }

    // ------------------------------------------------------------------------- the views show it open or not

    @Test
    void givenAnOpenAndAnAcknowledgedWarning_whenShownAsJson_thenEachFindingCarriesItsAcknowledgementOrNull() {
        inamiChecksumOnTwoFields();
        shell.run("group acknowledge", GROUP, "inami.checksum", "--field", "inami", "--reason", "card checked");

        JsonNode json = shell.run("group show", GROUP, "--format", "json").json();

        JsonNode acknowledged = finding(json.get("findings"), "inami.checksum", "inami").get("acknowledgement");
        assertThat(acknowledged.get("by").stringValue()).isEqualTo(TECHNICIAN);
        assertThat(acknowledged.get("at").stringValue()).isEqualTo(NOW);
        assertThat(acknowledged.get("reason").stringValue()).isEqualTo("card checked");
        JsonNode open = finding(json.get("findings"), "inami.checksum", "reference-care-provider");
        assertThat(open.has("acknowledgement")).isTrue();
        assertThat(open.get("acknowledgement").isNull()).isTrue();
        assertThat(json.get("openWarnings").intValue()).isEqualTo(1);
        assertThat(shell.run("group check", GROUP, "--format", "json").json().get("findings")).isEqualTo(
                json.get("findings"));
    }

    @Test
    void givenOpenWarnings_whenChecked_thenEachShownOpenButCheckStillExits0() {
        readyGroupWithAnOpenWarning();

        Run run = shell.run("group check", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).containsExactly(
                "warning   Unique Point de Contact: " + shell.messages().text("finding." + NOT_CHRISTIAN, "319")
                        + " [" + NOT_CHRISTIAN + "]",
                openLine(NOT_CHRISTIAN, null),
                shell.messages().text("check.complete", GROUP),
                shell.messages().text("check.open-warnings", 1, GROUP));
    }

    @Test
    void givenAnAcknowledgedWarning_whenShown_thenWhoWhenAndWhyUnderIt() {
        readyGroupWithAnOpenWarning();
        shell.run("group acknowledge", GROUP, NOT_CHRISTIAN, "--reason", REASON);

        Run run = shell.run("group show", GROUP);

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).containsSubsequence("warning   Unique Point de Contact: "
                        + shell.messages().text("finding." + NOT_CHRISTIAN, "319") + " [" + NOT_CHRISTIAN + "]",
                acknowledgedLine(REASON), shell.messages().text("check.complete", GROUP));
        assertThat(run.out()).doesNotContain(shell.messages().text("check.open-warnings", 1, GROUP));
    }

    @Test
    void givenGroups_whenListed_thenTheOpenWarningsOfEach() {
        inamiChecksumOnTwoFields();
        shell.run("group acknowledge", GROUP, "inami.checksum", "--field", "inami", "--reason", "card checked");
        shell.run("group new", "94000001");

        JsonNode json = shell.run("group list", "--format", "json").json();
        Run text = shell.run("group list");

        assertThat(json.get("groups")).extracting(g -> g.get("group").stringValue() + "=" + g.get("openWarnings").intValue())
                .containsExactly("94000001001=0", GROUP + "=1");
        assertThat(json.get("groups").get(1).get("ready").booleanValue()).isFalse();
        assertThat(text.outLines().get(2)).matches(GROUP + "\\s+yes\\s+1\\s+0/5\\s+no\\s+Soins.*");
    }

    @Test
    void givenOpenAndAcknowledgedWarnings_whenTheSheetIsPrinted_thenEveryFormatShowsWhichIsWhich() {
        inamiChecksumOnTwoFields();
        shell.run("group acknowledge", GROUP, "inami.checksum", "--field", "inami", "--reason", "card checked");
        String acknowledged = acknowledgedLine("card checked").strip();
        String open = openLine("inami.checksum", "reference-care-provider").strip();

        String text = shell.run("group sheet", GROUP).out();
        String markdown = shell.run("group sheet", GROUP, "--format", "markdown").out();
        String html = shell.run("group sheet", GROUP, "--format", "html").out();
        JsonNode json = shell.run("group sheet", GROUP, "--format", "json").json();

        assertThat(text).containsSubsequence("Numéro INAMI", acknowledged, "Prest. de soins de refs", open);
        assertThat(markdown).containsSubsequence("Numéro INAMI", acknowledged, "Prest. de soins de refs",
                open.replace("|", "\\|"));
        assertThat(html).contains("<span class=\"acknowledged\">" + acknowledged + "</span>")
                .contains("<span class=\"open\">" + open + "</span>");
        JsonNode inamiRow = json.get("rows").get(10);
        assertThat(inamiRow.get("field").stringValue()).isEqualTo("inami");
        assertThat(inamiRow.get("findings").get(0).get("acknowledgement").get("reason").stringValue())
                .isEqualTo("card checked");
        assertThat(json.get("rows")).filteredOn(r -> r.get("field").stringValue().equals("reference-care-provider"))
                .singleElement().satisfies(r -> assertThat(r.get("findings").get(0).get("acknowledgement").isNull())
                        .isTrue());
        assertThat(json.get("openWarnings").intValue()).isEqualTo(1);
    }

    @Test
    void givenAnAcknowledgement_whenTheHistoryIsShown_thenItIsAnEntryWithTheReason() {
        readyGroupWithAnOpenWarning();
        shell.run("group acknowledge", GROUP, NOT_CHRISTIAN, "--reason", REASON);

        JsonNode entries = shell.run("group history", GROUP, "--format", "json").json().get("entries");
        Run text = shell.run("group history", GROUP);

        JsonNode last = entries.get(entries.size() - 1);
        assertThat(last.get("change").stringValue()).isEqualTo("acknowledged");
        assertThat(last.get("detail").stringValue()).isEqualTo(REASON);
        assertThat(last.get("findings").get(0).get("code").stringValue()).isEqualTo(NOT_CHRISTIAN);
        assertThat(text.out()).contains(shell.messages().text("history.acknowledged", REASON));
    }

    @Test
    void givenAWarningRaisedByASet_whenAlreadyAcknowledged_thenTheSetSaysSoInsteadOfOpen() {
        readyGroupWithAnOpenWarning();
        shell.run("group acknowledge", GROUP, NOT_CHRISTIAN, "--reason", REASON);

        Run run = shell.run("group set", GROUP, "--single-point-of-contact", "319", "--phone", "0470 12 34 57",
                "--format", "json");

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        JsonNode warning = finding(run.json().get("findings"), NOT_CHRISTIAN, "single-point-of-contact");
        assertThat(warning.get("acknowledgement").get("reason").stringValue()).isEqualTo(REASON);
        assertThat(run.errLines()).contains(acknowledgedLine(REASON));
        assertThat(shell.run("group status", GROUP).exit()).isEqualTo(ExitCode.OK);
    }

    @Test
    void givenFrench_whenAcknowledged_thenTheTextsAreFrench() {
        ShellFixture french = ShellFixture.inLanguage("fr");
        french.withCompleteGroup();
        french.run("group set", GROUP, "--single-point-of-contact", "319");

        Run run = french.run("group acknowledge", GROUP, NOT_CHRISTIAN, "--reason", REASON);

        assertThat(run.exit()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines().get(0)).startsWith("Accepté pour le groupement " + GROUP);
    }
}
