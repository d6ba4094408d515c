package be.groupsetup.adapters.web;

import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.port.in.SetFieldsCommand;
import be.groupsetup.application.port.in.WriteLetterCommand;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.service.GroupLetterService;
import be.groupsetup.application.testing.FixedClock;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;
import be.groupsetup.presentation.text.Messages;
import be.groupsetup.presentation.view.Views;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The groups page over the real list query and an in-memory store: sorting, the filters, the search, paging and
 * its bounds, parameters that make no sense, hostile stored text, and the last change column.
 */
class GroupsPageTest {

    private static final Pattern ROW = Pattern.compile("<tr><td><a href=\"/groups/(\\d{11})\">");
    private static final Instant CREATED = Instant.parse("2026-02-01T08:00:00Z");

    private final DashboardFixture dashboard = new DashboardFixture();
    private final Cookie session = dashboard.signedIn();

    // ------------------------------------------------------------------------------------------- a few groups

    /**
     * Four groups that differ in every column: a company named to sort out of number order, with and without
     * accents, one without company; CSAM done, under way or not started; a warning left open on one.
     */
    private void fourGroups() {
        stored("94000004001", "Zorg aan Huis BV", SampleGroups.fullSetup(number("94000004001")), "tech-bruno",
                CREATED.plusSeconds(30));
        stored("94000002001", "École des soins SRL", setupWithoutCsam("94000002001"), "tech-chloe",
                CREATED.plusSeconds(10));
        stored("94000003001", "Aurore Thuiszorg VZW", SampleGroups.fullSetup(number("94000003001")), "tech-dirk",
                CREATED.plusSeconds(20));
        stored("94000001001", null, SampleGroups.emptySetup(number("94000001001")), "tech-anna", CREATED);
        // a warning left open (a mutuality that is not Christian): stored by the fixture's technician and clock
        dashboard.configure.set(new SetFieldsCommand("94000003001", Map.of(FieldKey.SINGLE_POINT_OF_CONTACT, "319")));
    }

    private void stored(String digits, String company, GroupSetup setup, String technician, Instant at) {
        GroupSetup named = company == null ? setup : setup.with(withCompany(setup.configuration(), company));
        dashboard.store.create(named, new HistoryEntry(at, technician, 1, HistoryKind.CREATED,
                List.of(new FieldChange(FieldKey.GROUP_NUMBER, null, digits)), List.of(), List.of(), List.of(),
                null));
    }

    private static GroupSetup setupWithoutCsam(String digits) {
        return GroupSetup.start(SampleGroups.fullConfiguration(number(digits)));
    }

    private static GroupConfiguration withCompany(GroupConfiguration configuration, String company) {
        Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
        configuration.allValues().forEach((field, value) -> {
            if (value != null) {
                values.put(field, value);
            }
        });
        values.put(FieldKey.COMPANY_NAME, company);
        return GroupConfiguration.reconstitute(configuration.groupNumber(), values);
    }

    /** {@code count} groups with only their number, created a minute apart. */
    private void manyGroups(int count) {
        for (int i = 0; i < count; i++) {
            String digits = String.format("94%06d001", 100 + i);
            stored(digits, null, SampleGroups.emptySetup(number(digits)), "tech-anna", CREATED.plusSeconds(60L * i));
        }
    }

    private static GroupNumber number(String digits) {
        return new GroupNumber(digits);
    }

    private List<GroupSummary> summaries() {
        return dashboard.queries.list().list().stream().filter(GroupListing.Listed.class::isInstance)
                .map(listing -> ((GroupListing.Listed) listing).summary()).toList();
    }

    private List<String> numbers(Predicate<GroupSummary> passing) {
        return summaries().stream().filter(passing).map(summary -> summary.group().value()).toList();
    }

    // ------------------------------------------------------------------------------------------- sorting

    @Nested
    class Sorting {

        @Test
        void givenNoParameter_thenInNumberOrderAndTheNumberColumnMarkedAscending() throws Exception {
            fourGroups();
            String page = page("/");
            assertThat(rows(page)).containsExactly("94000001001", "94000002001", "94000003001", "94000004001");
            assertThat(page).contains("<th scope=\"col\" aria-sort=\"ascending\"><a href=\"/?order=desc\">Group</a>");
        }

        @Test
        void givenSortByCompany_thenAccentsIgnored_andAGroupWithoutCompanyLastBothWays() throws Exception {
            fourGroups();
            assertThat(rows(page("/?sort=company"))).containsExactly("94000003001", "94000002001", "94000004001",
                    "94000001001");
            assertThat(rows(page("/?sort=company&order=desc"))).containsExactly("94000004001", "94000002001",
                    "94000003001", "94000001001");
        }

        @Test
        void givenSortedByAColumn_thenItsHeadingLinksToTheOtherDirection_andTheOthersToTheirFirst() throws Exception {
            fourGroups();
            String page = page("/?sort=company&filter=not-ready&q=s");
            assertThat(page).contains("aria-sort=\"ascending\"><a href=\"/?sort=company&amp;order=desc"
                    + "&amp;filter=not-ready&amp;q=s\">Company</a>");
            // a last change is looked for from the most recent: its first direction is descending
            assertThat(page).contains("<a href=\"/?sort=changed&amp;filter=not-ready&amp;q=s\">Last change</a>");
            assertThat(page).doesNotContain("<a href=\"/?sort=changed&amp;order=desc");
        }

        @Test
        void givenSortByLastChange_thenTheMostRecentFirst_andAscendingTheOldestFirst() throws Exception {
            fourGroups();
            // 94000003001 was changed last, by the fixture's clock (2026-03-02), the others at creation
            assertThat(rows(page("/?sort=changed"))).containsExactly("94000003001", "94000004001", "94000002001",
                    "94000001001");
            assertThat(rows(page("/?sort=changed&order=asc"))).containsExactly("94000001001", "94000002001",
                    "94000004001", "94000003001");
        }

        @Test
        void givenSortByProgressReadinessOrWarnings_thenTiesStayInNumberOrder() throws Exception {
            fourGroups();
            List<GroupSummary> all = summaries();
            assertThat(rows(page("/?sort=csam"))).containsExactlyElementsOf(all.stream()
                    .sorted(java.util.Comparator.comparingInt(GroupSummary::progress)
                            .thenComparing(s -> s.group().value())).map(s -> s.group().value()).toList());
            assertThat(rows(page("/?sort=warnings"))).first().isEqualTo("94000003001");
            assertThat(rows(page("/?sort=ready&order=desc"))).containsExactlyElementsOf(all.stream()
                    .sorted(java.util.Comparator.comparing(GroupSummary::ready).reversed()
                            .thenComparing(s -> s.group().value())).map(s -> s.group().value()).toList());
            assertThat(rows(page("/?sort=complete"))).containsExactlyElementsOf(all.stream()
                    .sorted(java.util.Comparator.comparing(GroupSummary::complete)
                            .thenComparing(s -> s.group().value())).map(s -> s.group().value()).toList());
        }
    }

    // ------------------------------------------------------------------------------------------- filters

    @Nested
    class Filters {

        @Test
        void givenEachFilter_thenOnlyTheGroupsItKeeps_andEachLinkCountsThem() throws Exception {
            fourGroups();
            List<String> notReady = numbers(s -> !s.ready());
            List<String> waiting = numbers(s -> s.nextStep() != null);
            List<String> warnings = numbers(s -> s.openWarnings() > 0);
            assertThat(waiting).containsExactly("94000001001", "94000002001");
            assertThat(warnings).containsExactly("94000003001");
            assertThat(notReady).contains("94000001001", "94000002001", "94000003001");

            assertThat(rows(page("/?filter=not-ready"))).containsExactlyElementsOf(notReady);
            assertThat(rows(page("/?filter=waiting-csam"))).containsExactlyElementsOf(waiting);
            assertThat(rows(page("/?filter=open-warnings"))).containsExactlyElementsOf(warnings);
            String all = page("/");
            assertThat(all).contains("<a href=\"/\" aria-current=\"page\">All (4)</a>")
                    .contains("<a href=\"/?filter=not-ready\">Not ready (" + notReady.size() + ")</a>")
                    .contains("<a href=\"/?filter=waiting-csam\">Waiting on CSAM (2)</a>")
                    .contains("<a href=\"/?filter=open-warnings\">Open warnings (1)</a>");
        }

        @Test
        void givenAFilterNoGroupPasses_thenItSaysSo_andTheFiltersStay() throws Exception {
            manyGroups(3);
            String page = page("/?filter=open-warnings");
            assertThat(rows(page)).isEmpty();
            assertThat(page).contains("No group matches this filter and search.").contains("Open warnings (0)")
                    .doesNotContain("<table");
        }

        @Test
        void givenASearch_thenCompanyWithoutAccentsOrNumberWithSeparators() throws Exception {
            fourGroups();
            assertThat(rows(page("/?q=ecole"))).containsExactly("94000002001");
            assertThat(rows(page("/?q=AURORE"))).containsExactly("94000003001");
            assertThat(rows(page("/?q=94%20000-004"))).containsExactly("94000004001");
            String page = page("/?q=ecole&sort=company");
            assertThat(page).contains("value=\"ecole\"").contains("Clear the search")
                    .contains("<a href=\"/?sort=company\">Clear the search</a>");
        }

        @Test
        void givenAFilterAndASearch_thenBoth_andTheSearchFormKeepsTheFilterAndTheOrder() throws Exception {
            fourGroups();
            String page = page("/?filter=waiting-csam&q=soins&sort=company&order=desc");
            assertThat(rows(page)).containsExactly("94000002001");
            assertThat(page).contains("<input type=\"hidden\" name=\"filter\" value=\"waiting-csam\">")
                    .contains("<input type=\"hidden\" name=\"sort\" value=\"company\">")
                    .contains("<input type=\"hidden\" name=\"order\" value=\"desc\">");
        }
    }

    // ------------------------------------------------------------------------------------------- paging

    @Nested
    class Paging {

        @Test
        void givenMoreGroupsThanAPage_thenFiftyAtATimeWithNextAndWhereThePageStands() throws Exception {
            manyGroups(120);
            String first = page("/");
            assertThat(rows(first)).hasSize(50).first().isEqualTo("94000100001");
            assertThat(first).contains("1–50 of 120").contains("Page 1 of 3")
                    .contains("<a href=\"/?page=2\" rel=\"next\">").doesNotContain("rel=\"prev\"");
            String second = page("/?page=2");
            assertThat(rows(second)).hasSize(50).first().isEqualTo("94000150001");
            assertThat(second).contains("51–100 of 120").contains("<a href=\"/\" rel=\"prev\">")
                    .contains("<a href=\"/?page=3\" rel=\"next\">");
            String last = page("/?page=3");
            assertThat(rows(last)).hasSize(20).last().isEqualTo("94000219001");
            assertThat(last).contains("101–120 of 120").doesNotContain("rel=\"next\"");
        }

        @ParameterizedTest
        @ValueSource(strings = {"4", "99", "2147483647", "2147483648", "99999999999999999999999999"})
        void givenAPageBeyondTheEnd_thenTheLastPage(String beyond) throws Exception {
            manyGroups(120);
            String page = page("/?page=" + beyond);
            assertThat(rows(page)).hasSize(20);
            assertThat(page).contains("101–120 of 120").contains("Page 3 of 3");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "abc", "1.5", "2e3", "", "%20", "+2", "%D9%A1%D9%A2"})
        void givenAPageThatIsNotOne_thenTheFirst(String typed) throws Exception {
            manyGroups(60);
            String page = page("/?page=" + typed);
            assertThat(rows(page)).hasSize(50).first().isEqualTo("94000100001");
            assertThat(page).contains("1–50 of 60");
        }

        @Test
        void givenPagingWithASortAndAFilter_thenTheLinksKeepThem() throws Exception {
            manyGroups(120);
            String page = page("/?sort=changed&filter=not-ready&page=2");
            assertThat(rows(page)).first().isEqualTo("94000169001");
            assertThat(page).contains("<a href=\"/?sort=changed&amp;filter=not-ready\" rel=\"prev\">")
                    .contains("<a href=\"/?sort=changed&amp;filter=not-ready&amp;page=3\" rel=\"next\">");
        }
    }

    // ------------------------------------------------------------------------------------------- bad input

    @ParameterizedTest
    @ValueSource(strings = {"/?sort=evil&order=sideways&filter=everything",
            "/?sort=&order=&filter=&q=&page=",
            "/?sort=company%00&filter=not-ready%0d%0aSet-Cookie:x",
            "/?sort=COMPANY&order=DESC&filter=NOT-READY",
            "/?sort=group&sort=company&page=1&page=2",
            "/?filter=%3Cscript%3Ealert(1)%3C/script%3E&sort=%22%3E%3Cimg%20src=x%3E"})
    void givenParametersThePageDoesNotKnow_thenTheDefaultsAndNeverAnError(String path) throws Exception {
        fourGroups();
        String page = page(path);
        assertThat(rows(page)).hasSize(4);
        assertInert(page);
        assertThat(page).doesNotContain("<img");
    }

    @Test
    void givenASearchThatTriesToActAndATooLongOne_thenShownAsText() throws Exception {
        fourGroups();
        String page = page("/?q=" + java.net.URLEncoder.encode("\"><script>alert(1)</script>", StandardCharsets.UTF_8));
        assertThat(page).contains("value=\"&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"")
                .contains("No group matches");
        assertInert(page);
        String longest = page("/?q=" + "a".repeat(5000));
        assertThat(longest).contains("name=\"q\" value=\"" + "a".repeat(GroupListQuery.MAX_SEARCH) + "\"");
    }

    @Test
    void givenHostileCompanyNames_whenSortedFilteredAndSearched_thenInert() throws Exception {
        dashboard.withHostileGroup();
        stored("94000002001", "<img src=x/onerror=alert(2)>", SampleGroups.emptySetup(number("94000002001")),
                "<b>tech</b>", CREATED);
        for (String path : List.of("/", "/?sort=company", "/?sort=company&order=desc", "/?filter=not-ready",
                "/?q=script", "/?q=%3Cimg")) {
            String page = page(path);
            assertThat(page).doesNotContain("<img").doesNotContain("<b>tech");
            assertInert(page);
        }
        assertThat(page("/?sort=company")).contains("&lt;img src=x/onerror=alert(2)&gt;")
                .contains("Soins &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;Co&#34; &#39;L&#39;Aurore&#39;")
                .contains("&lt;b&gt;tech&lt;/b&gt;");
        assertThat(rows(page("/?q=%3Cimg"))).containsExactly("94000002001");
    }

    // ------------------------------------------------------------------------------------------- columns

    @Test
    void givenGroups_thenTheLastChangeColumnSaysWhoAndWhen() throws Exception {
        fourGroups();
        String page = page("/");
        Views views = new Views(dashboard.messages);
        assertThat(cells(page, "94000004001")).contains("<td class=\"changed\">tech-bruno<br><time datetime=\""
                + CREATED.plusSeconds(30) + "\">" + views.when(CREATED.plusSeconds(30))
                + "</time><br><span class=\"what\">created</span></td>");
        // changed by the set-up's service: the fixture's technician, at its clock
        assertThat(cells(page, "94000003001")).contains("<td class=\"changed\">" + DashboardFixture.TECHNICIAN
                + "<br><time datetime=\"2026-03-02T10:15:30Z\">" + views.when(Instant.parse("2026-03-02T10:15:30Z")));
    }

    @Test
    void givenALetterWrittenToAGroup_thenItsLastChangeSaysSoInTheDashboardsLanguage() throws Exception {
        fourGroups();
        new GroupLetterService(SampleGroups.rules(), dashboard.store, FixedClock.at("2026-03-03T09:00:00Z"),
                () -> "tech-emma").write(new WriteLetterCommand("94000002001", "nl"));

        assertThat(cells(page("/"), "94000002001")).contains("<td class=\"changed\">tech-emma<br>")
                .contains("<span class=\"what\">letter written (nl)</span></td>");
        Cookie french = dashboard.signedIn();
        dashboard.sessions.find(french.getValue()).ifPresent(s -> dashboard.sessions.withLanguage(s, "fr"));
        String page = dashboard.mvc.perform(asTyped("/").cookie(french)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(cells(page, "94000002001")).contains("<span class=\"what\">lettre écrite (nl)</span>");
    }

    @Test
    void givenAGroupWhoseHistoryLacksItsLastEntry_thenItsLastChangeIsNotKnown() throws Exception {
        GroupNumber imported = number("94000009001");
        dashboard.store.importGroup(new GroupArchive(new StoredGroup(SampleGroups.emptySetup(imported), 3),
                List.of()), false);
        assertThat(cells(page("/"), "94000009001")).contains("<td class=\"changed\"><span class=\"empty\">not known"
                + "</span></td>");
    }

    @Test
    void givenGroups_thenProgressAndTheNextStepInTheShellsWords() throws Exception {
        fourGroups();
        String page = page("/");
        Messages messages = dashboard.messages;
        assertThat(cells(page, "94000001001")).contains("<td>0 of 5</td><td>Step 1, "
                + escaped(messages.stepTitle(be.groupsetup.domain.csam.CsamStep.AUTHORITY)) + "</td>");
        assertThat(cells(page, "94000004001")).contains("<td>5 of 5</td><td>Done</td>");
        assertThat(cells(page, "94000003001")).contains("<td class=\"warning\">1</td>");
    }

    @Test
    void givenDamagedDocuments_thenListedApartOnEveryPageAndFilter() throws Exception {
        manyGroups(60);
        dashboard.store.damage(number("94000101001"), "bad JSON <here>");
        for (String path : List.of("/", "/?page=2", "/?filter=open-warnings", "/?q=nothing")) {
            String page = page(path);
            assertThat(page).contains("<h2>Documents that cannot be read</h2>")
                    .contains("<p class=\"error\">" + escaped(dashboard.messages.text("list.damaged", "94000101001",
                            "bad JSON <here>")) + "</p>");
            assertThat(rows(page)).doesNotContain("94000101001");
        }
        assertThat(page("/")).contains("1–50 of 59");
    }

    @Test
    void givenTheFrenchDashboard_thenTheListSpeaksFrench() throws Exception {
        manyGroups(60);
        Cookie french = dashboard.signedIn();
        dashboard.sessions.find(french.getValue()).ifPresent(s -> dashboard.sessions.withLanguage(s, "fr"));
        String page = dashboard.mvc.perform(asTyped("/?page=2").cookie(french)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("51–60 sur 60").contains("Page 2 sur 2").contains("Pas prêts (60)")
                .contains("Dernière modification");
    }

    @Test
    void everyFilterHasItsTextInEachLanguage() {
        for (String language : Messages.LANGUAGES) {
            Messages messages = Messages.forLanguage(language, null);
            for (GroupListQuery.Filter filter : GroupListQuery.Filter.values()) {
                assertThat(messages.has(filter.textKey())).as(language + " " + filter).isTrue();
            }
        }
    }

    // ------------------------------------------------------------------------------------------- helpers

    private String page(String path) throws Exception {
        return dashboard.mvc.perform(asTyped(path).cookie(session)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /**
     * A request for an address exactly as a browser sends it, percent-encoding included (the fixture's
     * {@code request} takes a URI template, which would encode a {@code %} again).
     */
    private static MockHttpServletRequestBuilder asTyped(String path) {
        return get(URI.create(path)).header("Host", DashboardFixture.HOST).with(request -> {
            request.setLocalPort(DashboardFixture.PORT);
            request.setServerPort(DashboardFixture.PORT);
            return request;
        });
    }

    /** The group numbers of the table's lines, in order. */
    private static List<String> rows(String page) {
        List<String> rows = new ArrayList<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            rows.add(row.group(1));
        }
        return rows;
    }

    /** The line of one group. */
    private static String cells(String page, String group) {
        int start = page.indexOf("<tr><td><a href=\"/groups/" + group + "\">");
        assertThat(start).as("line of " + group).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static void assertInert(String page) {
        assertThat(page).doesNotContain("<script").doesNotContain("<style").doesNotContain(" style=")
                .doesNotContainPattern("\\son[a-z]+=");
    }

    private static String escaped(String text) {
        return org.owasp.encoder.Encode.forHtml(be.groupsetup.presentation.text.SafeText.inline(text));
    }
}
