package be.groupsetup.adapters.web;

import be.groupsetup.application.error.GroupNotFoundException;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.presentation.sheet.SheetRenderer;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;

import static be.groupsetup.adapters.web.DashboardFixture.GROUP;
import static be.groupsetup.adapters.web.DashboardFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DashboardPagesTest {

    private final DashboardFixture dashboard = new DashboardFixture().withHostileGroup();
    private final Cookie session = dashboard.signedIn();

    @Test
    void givenNoGroups_whenTheGroupsPageIsShown_thenItSaysSo() throws Exception {
        DashboardFixture empty = new DashboardFixture();
        assertThat(page(empty, empty.signedIn(), "/")).contains("No groups yet.").doesNotContain("<table");
    }

    @Test
    void givenAGroup_whenTheGroupsPageIsShown_thenItsLineLinksToIt() throws Exception {
        String page = page(dashboard, session, "/");
        assertThat(page).contains("<a href=\"/groups/94123456001\">94123456001</a>")
                .contains("<td>0 of 5</td>").contains("<td>no</td>");
        assertInert(page);
    }

    @Test
    void givenAGroup_whenItsPageIsShown_thenLabelsFindingsChecklistAndHistoryInTheShellsWords() throws Exception {
        String page = page(dashboard, session, "/groups/94123456");
        assertThat(page)
                .contains("<td>" + escaped(dashboard.messages.label(FieldKey.COMPANY_NAME)) + "</td>")
                .contains(escaped(dashboard.messages.text("csam.title", GROUP)))
                .contains(escaped(dashboard.messages.stepInstruction(be.groupsetup.domain.csam.CsamStep.values()[0])))
                .contains("Next: step 1")
                .contains("Liège")
                .contains("tech-anna")
                .contains(dashboard.messages.text("history.created"))
                .contains("href=\"/groups/94123456001/sheet\"");
        // the IBAN's finding (required, not set), as the shell says it
        String ibanFinding = dashboard.queries.show().show(new GroupQuery(GROUP)).findings().stream()
                .filter(f -> f.field() == FieldKey.IBAN).map(dashboard.messages::finding).findFirst().orElseThrow();
        assertThat(page).contains(escaped(ibanFinding));
        assertInert(page);
    }

    @Test
    void givenHostileStoredText_whenShown_thenItIsInertText() throws Exception {
        String page = page(dashboard, session, "/groups/" + GROUP);
        assertThat(page).contains("Soins &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;Co&#34; &#39;L&#39;Aurore&#39;");
        assertThat(page(dashboard, session, "/")).contains("Soins &lt;script&gt;");
        assertThat(page(dashboard, session, "/groups/" + GROUP + "/sheet")).contains("Soins &lt;script&gt;");
    }

    @Test
    void givenTextThatCanAct_whenAPageEscapesIt_thenItIsVisibleAndQuotesAreEncoded() {
        String html = new Pages().render("report", java.util.Map.of("report", java.util.Map.of("accepted", false,
                "results", java.util.List.of("a\u001B[31mb\u202Ec\"d'<e>"), "findings", java.util.List.of())));
        assertThat(html).contains("a\\u001B[31mb\\u202Ec&#34;d&#39;&lt;e&gt;").doesNotContain("\u001B")
                .doesNotContain("\u202E");
    }

    @Test
    void givenAGroup_whenItsSheetIsShown_thenTheShellsSheetWithItsStyleAsAFile() throws Exception {
        String page = page(dashboard, session, "/groups/" + GROUP + "/sheet");
        String css = dashboard.mvc.perform(request(SheetStyle.PATH).cookie(session)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(new MediaType("text", "css")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(css).contains("table{border-collapse:collapse").doesNotContain("<style>");
        assertThat(page).doesNotContain("<style").contains("<link rel=\"stylesheet\" href=\"/sheet.css\">");
        String shell = new SheetRenderer(dashboard.messages)
                .render(dashboard.queries.sheet().sheet(new GroupQuery(GROUP)), "html");
        assertThat(page.replace("<link rel=\"stylesheet\" href=\"/sheet.css\">\n", "<style>\n" + css + "</style>\n"))
                .isEqualTo(shell);
        assertInert(page);
    }

    @Test
    void theDashboardsOwnStyleIsAFile() throws Exception {
        assertThat(dashboard.mvc.perform(request(Layout.STYLE_PATH).cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("body{");
    }

    @Test
    void givenAGroupThatDoesNotExist_whenItsPagesAreAsked_then404WithTheShellsMessage() throws Exception {
        for (String path : new String[]{"/groups/94999999001", "/groups/94999999001/sheet"}) {
            String body = dashboard.mvc.perform(request(path).cookie(session)).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).contains(escaped(dashboard.messages.error(new GroupNotFoundException("94999999001"))));
            assertInert(body);
        }
    }

    @Test
    void givenANumberThatIsNotOne_whenItsPageIsAsked_then404WithTheDomainsReason() throws Exception {
        String body = dashboard.mvc.perform(request("/groups/123").cookie(session)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("11 digits");
    }

    private static String page(DashboardFixture dashboard, Cookie session, String path) throws Exception {
        return dashboard.mvc.perform(request(path).cookie(session)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The CSP forbids inline script and style; the pages have none, so nothing breaks and nothing can act. */
    private static void assertInert(String page) {
        assertThat(page).doesNotContain("<script").doesNotContain("<style").doesNotContain(" style=")
                .doesNotContainPattern("\\son[a-z]+=");
    }

    static String escaped(String text) {
        return org.owasp.encoder.Encode.forHtml(be.groupsetup.presentation.text.SafeText.inline(text));
    }
}
