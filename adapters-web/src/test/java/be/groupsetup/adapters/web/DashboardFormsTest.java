package be.groupsetup.adapters.web;

import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.field.FieldKey;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;

import static be.groupsetup.adapters.web.DashboardFixture.GROUP;
import static be.groupsetup.adapters.web.DashboardFixture.HOST;
import static be.groupsetup.adapters.web.DashboardFixture.PORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms: each goes through the shell's use case, a stored change comes back as a 303 to the group's page that
 * then says what the shell says (once), a refused one as the page again with the shell's reasons and nothing stored.
 */
class DashboardFormsTest {

    private static final String BAD_IBAN = "BE68 5390 0754 7035";
    private static final String GOOD_IBAN = "BE68 5390 0754 7034";

    private final DashboardFixture dashboard = new DashboardFixture().withHostileGroup();
    private final Sessions.Session session = dashboard.sessions.open();
    private final Cookie cookie = new Cookie(AccessFilter.cookieName(PORT), session.id());

    private MockHttpServletRequestBuilder form(String path) {
        return post(path).header("Host", HOST).header("Origin", "http://" + HOST).cookie(cookie)
                .param(AccessFilter.CSRF_PARAMETER, session.csrfToken()).with(request -> {
                    request.setLocalPort(PORT);
                    request.setServerPort(PORT);
                    return request;
                });
    }

    private String page(String path) throws Exception {
        return dashboard.mvc.perform(get(path).header("Host", HOST).cookie(cookie).with(request -> {
            request.setLocalPort(PORT);
            return request;
        })).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String stored(FieldKey field) {
        return dashboard.queries.show().show(new GroupQuery(GROUP)).configuration().value(field).orElse(null);
    }

    private long revision() {
        return dashboard.store.load(be.groupsetup.domain.value.GroupNumber.parse(GROUP).value())
                .orElseThrow().revision();
    }

    @Test
    void givenABadIban_whenSet_thenTheShellsReasonsNothingStoredAndTheValuesTypedKept() throws Exception {
        long before = revision();
        String page = body(dashboard.mvc.perform(form("/groups/" + GROUP + "/set").param("iban", BAD_IBAN)
                .param("city", "Namur")).andExpect(status().isUnprocessableEntity()));
        assertThat(page).contains("report refused").contains("[iban.checksum]").contains("Nothing was stored.")
                .contains("value=\"" + BAD_IBAN + "\"").contains("value=\"Namur\"");
        assertThat(revision()).isEqualTo(before);
        assertThat(stored(FieldKey.CITY)).isEqualTo("Liège");
    }

    @Test
    void givenARefusalShown_whenTheLanguageIsSwitched_thenBackToTheGroupsPageNotTheFormsAddress() throws Exception {
        String page = body(dashboard.mvc.perform(form("/groups/" + GROUP + "/set").param("iban", BAD_IBAN))
                .andExpect(status().isUnprocessableEntity()));
        assertThat(page).contains("name=\"back\" value=\"/groups/" + GROUP + "\"");
        String created = body(dashboard.mvc.perform(form("/groups").param("number", GROUP))
                .andExpect(status().isUnprocessableEntity()));
        assertThat(created).contains("name=\"back\" value=\"/groups/new\"");
    }

    @Test
    void givenTextBeyondLatin1_whenSet_thenStoredAsTyped() throws Exception {
        dashboard.mvc.perform(form("/groups/" + GROUP + "/set").param("street", "Rue Hors-Château 12")
                .characterEncoding(StandardCharsets.UTF_8)).andExpect(status().isSeeOther());
        assertThat(stored(FieldKey.STREET)).isEqualTo("Rue Hors-Château 12");
    }

    @Test
    void givenAChange_whenTheHistoryIsShown_thenInTheShellsWords() throws Exception {
        dashboard.mvc.perform(form("/groups/" + GROUP + "/set").param("iban", GOOD_IBAN))
                .andExpect(status().isSeeOther());
        String page = page("/groups/" + GROUP);
        for (var entry : new be.groupsetup.presentation.view.Views(dashboard.messages)
                .history(dashboard.queries.history().history(new GroupQuery(GROUP)))) {
            assertThat(page).contains(">r" + entry.revision() + "<");
            entry.details().forEach(detail -> assertThat(page).contains(DashboardPagesTest.escaped(detail)));
        }
        assertThat(page).contains("BE68 5390 0754 7034");
    }

    @Test
    void givenGoodValues_whenSet_thenOneChangeA303AndTheShellsWordsShownOnce() throws Exception {
        long before = revision();
        dashboard.mvc.perform(form("/groups/" + GROUP + "/set").param("iban", GOOD_IBAN).param("city", "Namur")
                        .param("postal-code", ""))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", "/groups/" + GROUP));
        assertThat(revision()).isEqualTo(before + 1);
        assertThat(stored(FieldKey.CITY)).isEqualTo("Namur");
        String shown = page("/groups/" + GROUP);
        assertThat(shown).contains("report accepted")
                .contains("Group " + GROUP + ": stored (revision " + (before + 1) + ").")
                .contains(dashboard.messages.label(FieldKey.CITY) + ": Liège → Namur");
        assertThat(page("/groups/" + GROUP)).doesNotContain("report accepted");
    }

    @Test
    void givenNoValue_whenSet_thenSaidAndNothingStored() throws Exception {
        long before = revision();
        assertThat(body(dashboard.mvc.perform(form("/groups/" + GROUP + "/set").param("iban", "  "))
                .andExpect(status().isUnprocessableEntity()))).contains("No field was given a new value");
        assertThat(revision()).isEqualTo(before);
    }

    @Test
    void givenASetField_whenCleared_thenItIsNotSetAnymore() throws Exception {
        dashboard.mvc.perform(form("/groups/" + GROUP + "/clear").param("field", "city"))
                .andExpect(status().isSeeOther());
        assertThat(stored(FieldKey.CITY)).isNull();
        assertThat(page("/groups/" + GROUP)).contains(dashboard.messages.label(FieldKey.CITY) + ": Liège → ");
    }

    @Test
    void givenTheGroupNumberOrAnUnknownField_whenCleared_thenABadRequestAndNothingStored() throws Exception {
        long before = revision();
        dashboard.mvc.perform(form("/groups/" + GROUP + "/clear").param("field", "group-number"))
                .andExpect(status().isBadRequest());
        dashboard.mvc.perform(form("/groups/" + GROUP + "/clear").param("field", "<script>"))
                .andExpect(status().isBadRequest());
        assertThat(revision()).isEqualTo(before);
    }

    @Test
    void theNewGroupPageHasItsFormWithTheSessionsCsrfToken() throws Exception {
        String page = page("/groups/new");
        assertThat(page).contains("<form method=\"post\" action=\"/groups\" class=\"new\">")
                .contains("name=\"csrf\" value=\"" + session.csrfToken() + "\"").contains("name=\"number\"")
                .contains("never a nurse’s personal INAMI number");
    }

    @Test
    void givenANewNumber_whenCreated_thenItsPage_andAnExistingOneRefusedWithTheReason() throws Exception {
        dashboard.mvc.perform(form("/groups").param("number", "94 123 457"))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", "/groups/94123457001"));
        assertThat(page("/groups/94123457001")).contains("stored (revision 1)");
        String refused = body(dashboard.mvc.perform(form("/groups").param("number", GROUP))
                .andExpect(status().isUnprocessableEntity()));
        assertThat(refused).contains("report refused").contains("Nothing was stored.")
                .contains("value=\"" + GROUP + "\"").contains(GROUP);
    }

    @Test
    void givenAWarning_whenAcknowledgedWithAReason_thenKeptAndShown_thenWithdrawn() throws Exception {
        dashboard.mvc.perform(form("/groups/" + GROUP + "/set").param("single-point-of-contact", "235"))
                .andExpect(status().isSeeOther());
        String withWarning = page("/groups/" + GROUP);
        assertThat(withWarning).contains("name=\"code\" value=\"single-point-of-contact.not-christian\"");

        assertThat(body(dashboard.mvc.perform(form("/groups/" + GROUP + "/acknowledge")
                .param("code", "single-point-of-contact.not-christian").param("field", "single-point-of-contact")
                .param("reason", " "))
                .andExpect(status().isUnprocessableEntity()))).contains("needs a reason");

        dashboard.mvc.perform(form("/groups/" + GROUP + "/acknowledge").param("code", "single-point-of-contact.not-christian")
                .param("field", "single-point-of-contact").param("reason", "Checked on the bank statement"))
                .andExpect(status().isSeeOther());
        String acknowledged = page("/groups/" + GROUP);
        assertThat(acknowledged).contains("Acknowledged on group " + GROUP)
                .contains("Acknowledged by tech-anna").contains("Checked on the bank statement")
                // no longer among the warnings to acknowledge: only a form to withdraw it
                .doesNotContain("class=\"acknowledge\"").contains("class=\"acknowledged\"");

        dashboard.mvc.perform(form("/groups/" + GROUP + "/acknowledge")
                .param("code", "single-point-of-contact.not-christian").param("field", "single-point-of-contact")
                .param("withdraw", "true")).andExpect(status().isSeeOther());
        assertThat(page("/groups/" + GROUP)).contains("Acknowledgement withdrawn");
    }

    @Test
    void givenACsamStep_whenRecordedThenUndone_thenTheShellsWordsAndTheChecklistFollow() throws Exception {
        String authority = CsamStep.values()[0].id();
        dashboard.mvc.perform(form("/groups/" + GROUP + "/csam/record").param("step", authority)
                        .param("person", "Marie Dubois").param("role", "group-responsible"))
                .andExpect(status().isSeeOther());
        String recorded = page("/groups/" + GROUP);
        assertThat(recorded).contains("Recorded — ").contains("Marie Dubois").contains("Next: step 2");
        assertThat(dashboard.queries.show().show(new GroupQuery(GROUP)).csam().progress()).isEqualTo(1);

        dashboard.mvc.perform(form("/groups/" + GROUP + "/csam/undo").param("step", authority))
                .andExpect(status().isSeeOther());
        assertThat(page("/groups/" + GROUP)).contains("Removed — ");
        assertThat(dashboard.queries.show().show(new GroupQuery(GROUP)).csam().progress()).isZero();
    }

    @Test
    void givenAStepTheDomainRefuses_whenRecorded_thenItsReasonAndNothingStored() throws Exception {
        long before = revision();
        String page = body(dashboard.mvc.perform(form("/groups/" + GROUP + "/csam/record").param("step",
                CsamStep.values()[0].id()).param("person", "Marie Dubois").param("role", "mandatary"))
                .andExpect(status().isUnprocessableEntity()));
        assertThat(page).contains("report refused").contains("Nothing was stored.");
        assertThat(revision()).isEqualTo(before);
        dashboard.mvc.perform(form("/groups/" + GROUP + "/csam/record").param("step", "no-such-step"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void givenALanguageChosen_whenPagesAreShown_thenInThatLanguage_andTheWayBackStaysOnTheDashboard()
            throws Exception {
        dashboard.mvc.perform(form("/language").param("language", "fr").param("back", "/groups/" + GROUP))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", "/groups/" + GROUP));
        assertThat(page("/")).contains("<html lang=\"fr\">").contains("Langue");
        for (String away : new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:x"}) {
            dashboard.mvc.perform(form("/language").param("language", "nl").param("back", away))
                    .andExpect(status().isSeeOther()).andExpect(header().string("Location", "/"));
        }
        dashboard.mvc.perform(form("/language").param("language", "de")).andExpect(status().isBadRequest());
        assertThat(page("/")).contains("<html lang=\"nl\">");
    }

    @Test
    void givenAnUnknownAddressOrAMissingField_thenThePagesOwnAnswerNeverAStackTrace() throws Exception {
        String missing = body(dashboard.mvc.perform(get("/no/such/page").header("Host", HOST).cookie(cookie)
                .with(r -> {
                    r.setLocalPort(PORT);
                    return r;
                })).andExpect(status().isNotFound()));
        assertThat(missing).contains("There is no such page").doesNotContain("Exception");
        String bad = body(dashboard.mvc.perform(form("/groups/" + GROUP + "/acknowledge"))
                .andExpect(status().isBadRequest()));
        assertThat(bad).contains("use the forms").doesNotContain("Exception");
    }
}
