package be.groupsetup.bootstrap;

import be.groupsetup.adapters.cli.runner.GroupsetupRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenarios of the issue "Ready tells the truth", one per mistake found, through the real runner in one-shot
 * mode: exit statuses, the text a technician reads, and the JSON a script reads.
 */
@SpringBootTest(properties = {"groupsetup.shell.autorun=false", "groupsetup.technician=tech-scenario"})
@DirtiesContext
class ReadinessScenariosTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger NEXT = new AtomicInteger(1);

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("groupsetup.data-dir", () -> folder.resolve("data").toString());
    }

    @Autowired
    private GroupsetupRunner runner;

    record Result(int exit, String out, String err) {
        JsonNode json() {
            return JSON.readTree(out);
        }
    }

    private Result run(String... words) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = runner.run(words, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    private Result ok(String... words) {
        Result result = run(words);
        assertThat(result.exit()).as(String.join(" ", words) + "\n" + result.err()).isZero();
        return result;
    }

    /** A new group number for each scenario (they share one data directory). */
    private static String newNumber() {
        return String.format("9450%04d001", NEXT.getAndIncrement());
    }

    /** A complete group with its CSAM procedure done: Jean Peeters logged in first, then the nurse. */
    private String readyGroup() {
        String group = newNumber();
        ok("group", "new", group);
        ok("group", "set", group, "--company-name", "Soins SRL", "--city", "Bruxelles", "--postal-code", "1000",
                "--street", "Rue de la Loi 16", "--iban", "BE68 5390 0754 7034", "--bic", "GKCCBEBB",
                "--first-name", "Marie", "--last-name", "Dupont", "--phone", "0470 12 34 56",
                "--subscription-type", "MCN-1", "--inami", "41234502001", "--enterprise-number", "0428759497",
                "--single-point-of-contact", "135", "--reference-care-provider", "41234502001");
        ok("csam", "record", group, "authority", "--person", "Marie Dupont", "--role", "group-responsible");
        ok("csam", "record", group, "csam-login", "--person", "Jean Peeters");
        ok("csam", "record", group, "csam-login", "--person", "DUPONT Marie Anne");
        ok("csam", "record", group, "principal-access-manager", "--person", "Marie Dupont");
        ok("csam", "record", group, "access-rights", "--person", "Marie Dupont", "--services",
                "billing,insurability,medico-administrative");
        ok("csam", "record", group, "no-mandates");
        assertThat(ok("group", "status", group).out()).contains("is ready");
        return group;
    }

    private static List<String> codes(JsonNode findings) {
        List<String> codes = new ArrayList<>();
        findings.forEach(f -> codes.add(f.path("code").asString()));
        return codes;
    }

    @Test
    void givenANursesPersonalInamiNumber_whenCreatedAsGroupNumber_thenWarnedAndNotReadyUntilAcknowledged() {
        Result created = ok("group", "new", "45612368401");
        Result check = run("group", "check", "45612368401", "--format", "json");

        assertThat(created.err()).contains("4-56123-68-401").contains("[group-number.personal-inami]")
                .doesNotContain("group-number.prefix");
        assertThat(codes(check.json().path("findings"))).contains("group-number.personal-inami")
                .doesNotContain("group-number.prefix");
        Result status = run("group", "status", "45612368401", "--format", "json");
        assertThat(status.exit()).isEqualTo(1);
        assertThat(status.json().path("missing").toString()).contains("\"kind\":\"warning\"")
                .contains("group-number.personal-inami");
    }

    @Test
    void givenTwoLogins_whenTheNursesLoginIsUndone_thenTheUndoSaysSo_andTheGroupIsNoLongerReady() {
        String group = readyGroup();

        Result undo = ok("csam", "undo", group, "csam-login");
        Result status = run("group", "status", group);
        Result csam = ok("csam", "status", group, "--format", "json");

        assertThat(undo.out() + undo.err()).contains("[csam.principal-access-manager.recheck]");
        assertThat(status.exit()).isEqualTo(1);
        assertThat(status.out()).contains("DUPONT Marie Anne");
        JsonNode principal = csam.json().path("steps").get(2);
        assertThat(principal.path("state").asString()).isEqualTo("recheck");
        assertThat(csam.json().path("next").asString()).isEqualTo("principal-access-manager");
        assertThat(csam.json().path("progress").asInt()).isEqualTo(4);
    }

    @Test
    void givenAReadyGroup_whenAnotherNurseIsNamed_thenTheSetSaysSo_andTheGroupIsNoLongerReady() {
        String group = readyGroup();

        Result set = ok("group", "set", group, "--first-name", "Marc", "--last-name", "Janssens");

        assertThat(set.out() + set.err()).contains("[csam.principal-access-manager.recheck]").contains("Marc Janssens");
        assertThat(run("group", "status", group).exit()).isEqualTo(1);
    }

    @Test
    void givenAReadyGroup_whenSomeoneElseLogsInLater_thenItStaysReady() {
        String group = readyGroup();

        ok("csam", "record", group, "csam-login", "--person", "Jan Manager");

        assertThat(run("group", "status", group).exit()).isZero();
    }

    @Test
    void givenAMutualityThatIsNotChristian_whenStatusAsked_thenNotReadyUntilAcknowledgedByName() {
        String group = readyGroup();
        ok("group", "set", group, "--single-point-of-contact", "319");

        Result before = run("group", "status", group);
        Result acknowledged = ok("group", "acknowledge", group, "single-point-of-contact.not-christian", "--reason",
                "The group works with 319 by contract");
        Result show = ok("group", "show", group, "--format", "json");
        Result list = ok("group", "list", "--format", "json");

        assertThat(before.exit()).isEqualTo(1);
        assertThat(before.out()).contains("single-point-of-contact.not-christian");
        assertThat(acknowledged.out()).contains("The group works with 319 by contract");
        assertThat(run("group", "status", group).exit()).isZero();
        JsonNode finding = show.json().path("findings").get(0);
        assertThat(finding.path("acknowledgement").path("by").asString()).isEqualTo("tech-scenario");
        assertThat(finding.path("acknowledgement").path("reason").asString())
                .isEqualTo("The group works with 319 by contract");
        list.json().path("groups").forEach(entry -> {
            if (entry.path("group").asString().equals(group)) {
                assertThat(entry.path("openWarnings").asInt()).isZero();
                assertThat(entry.path("ready").asBoolean()).isTrue();
            }
        });
        // another value of the same field opens the warning again
        ok("group", "set", group, "--single-point-of-contact", "320");
        assertThat(run("group", "status", group).exit()).isEqualTo(1);
    }

    @Test
    void givenAStepWithoutPerPersonRecords_whenUndoNamesAPerson_thenRefusedAndNothingRemoved() {
        String group = readyGroup();

        Result undo = run("csam", "undo", group, "authority", "--person", "Somebody Else");

        assertThat(undo.exit()).isEqualTo(1);
        assertThat(undo.err()).contains("[csam.option.not-applicable]");
        assertThat(run("group", "status", group).exit()).isZero();
    }

    @Test
    void givenRenameToTheSameNumber_whenAsked_thenASentenceNotARawKey() {
        String group = readyGroup();

        Result rename = run("group", "rename", group, group);

        assertThat(rename.exit()).isEqualTo(1);
        assertThat(rename.err()).contains("already has the number").doesNotContain("finding.group-number.same");
    }

    @Test
    void givenAnInssValidOnlyForABirthYearToCome_whenSetAsTheBox_thenAWarning() {
        String group = readyGroup();

        Result set = ok("group", "set", group, "--ehealth-box", "99010100147", "--ehealth-box-type", "INSS",
                "--ehealth-box-quality", "NURSE", "--format", "json");

        assertThat(codes(set.json().path("findings"))).contains("ehealth-box.inss-future");
        assertThat(run("group", "status", group).exit()).isEqualTo(1);
    }

    @Test
    void givenAnIngAccountWithBnpParibasFortisBic_whenSet_thenTheWarningNamesBothBanks() {
        String group = readyGroup();

        Result set = ok("group", "set", group, "--iban", "BE35 3101 2345 6737", "--bic", "GEBABEBB");

        assertThat(set.out() + set.err()).contains("[bic.bank-mismatch]").contains("BNP Paribas Fortis")
                .contains("ING").contains("BBRUBEBB");
    }

    @Test
    void givenTwoLogins_whenTheProcedureIsShown_thenTheOneThatCountsIsMarked() {
        String group = readyGroup();

        JsonNode logins = ok("csam", "status", group, "--format", "json").json().path("steps").get(1).path("records");
        Result text = ok("csam", "status", group);

        assertThat(logins.get(0).path("counts").asBoolean()).isFalse();
        assertThat(logins.get(0).path("replacedBy").asString()).isEqualTo("tech-scenario");
        assertThat(logins.get(1).path("counts").asBoolean()).isTrue();
        assertThat(text.out()).contains("replaced on").contains("counts");
    }

    @Test
    void givenAMandateWordAsSubscriptionType_whenSet_thenAWarning() {
        String group = readyGroup();

        Result set = ok("group", "set", group, "--subscription-type", "Néant", "--format", "json");

        assertThat(codes(set.json().path("findings"))).contains("subscription-type.mandate-word");
    }

    @Test
    void givenADocumentOfThePreviousReleaseThatNewerRulesDislike_whenRead_thenFindingsNeverADamagedGroup()
            throws java.io.IOException {
        // a nurse's personal number as group number, "aucun" as subscription type, an INSS of a year to come:
        // each was accepted silently before; now each is a warning, never a refusal to load
        String document = """
                {"schemaVersion": 1, "revision": 3, "configuration": {
                  "companyName": "Soins SRL", "city": "Bruxelles", "postalCode": "1000", "street": "Rue de la Loi 16",
                  "iban": "BE68539007547034", "bic": "GKCCBEBB", "firstName": "Marie", "lastName": "Dupont",
                  "phone": "+32470123456", "subscriptionType": "aucun", "inami": "41234502001",
                  "groupNumber": "45612302001", "enterpriseNumber": "0428759497", "singlePointOfContact": "135",
                  "referenceCareProvider": "41234502001", "mandateType": "aucun", "mandateNumber": "",
                  "ehealthBox": "99010100147", "ehealthBoxType": "INSS", "ehealthBoxQuality": "NURSE"},
                 "csamRecords": []}
                """;
        Path groups = java.nio.file.Files.createDirectories(folder.resolve("data").resolve("groups"));
        java.nio.file.Files.writeString(groups.resolve("45612302001.json"), document);

        Result list = ok("group", "list", "--format", "json");
        Result check = run("group", "check", "45612302001", "--format", "json");
        Result status = run("group", "status", "45612302001");

        list.json().path("groups").forEach(entry -> {
            if (entry.path("group").asString().equals("45612302001")) {
                assertThat(entry.path("damaged").asBoolean()).isFalse();
                assertThat(entry.path("openWarnings").asInt()).isEqualTo(3);
            }
        });
        assertThat(check.exit()).as("check exits 1 only for errors and missing fields").isZero();
        assertThat(codes(check.json().path("findings"))).contains("group-number.personal-inami",
                "subscription-type.mandate-word", "ehealth-box.inss-future");
        assertThat(status.exit()).isEqualTo(1);
        // a change to another field is not blocked by what the newer rules found
        assertThat(run("group", "set", "45612302001", "--city", "Brussel").exit()).isZero();
    }
}
