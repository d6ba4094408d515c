package be.groupsetup.adapters.web;

import be.groupsetup.adapters.web.GroupListQuery.Filter;
import be.groupsetup.adapters.web.GroupListQuery.Sort;
import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.presentation.text.Messages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups page: every group of the storage, one line each — company, complete or not, CSAM progress and next
 * step, ready or not, open warnings, last change — sorted, filtered, searched and paged on the server from the
 * query string ({@link GroupListQuery}, {@link GroupTable}), so that 10,000 groups are one page of 50 lines and
 * every view is a link. Damaged documents are listed apart, on every page, whatever the filter: they need a person.
 */
@RestController
public class GroupsController {

    private final WebPorts ports;
    private final Texts texts;
    private final Pages pages;

    public GroupsController(WebPorts ports, Texts texts, Pages pages) {
        this.ports = ports;
        this.texts = texts;
        this.pages = pages;
    }

    @GetMapping("/")
    public ResponseEntity<String> groups(HttpServletRequest request) {
        Texts.InLanguage language = texts.of(request);
        Messages messages = language.messages();
        GroupListQuery query = GroupListQuery.parse(request.getParameter("sort"), request.getParameter("order"),
                request.getParameter("filter"), request.getParameter("q"), request.getParameter("page"));
        List<GroupSummary> listed = new ArrayList<>();
        List<String> damaged = new ArrayList<>();
        for (GroupListing listing : ports.groups().list()) {
            if (listing instanceof GroupListing.Listed group) {
                listed.add(group.summary());
            } else {
                GroupListing.Damaged entry = (GroupListing.Damaged) listing;
                damaged.add(messages.text("list.damaged", entry.key(), entry.reason()));
            }
        }
        Map<String, Object> page = Layout.page(request, language, messages.text("web.groups.title"));
        page.put("none", listed.isEmpty() && damaged.isEmpty());
        page.put("empty", messages.text("web.groups.empty"));
        page.put("hasGroups", !listed.isEmpty());
        if (!listed.isEmpty()) {
            putList(page, language, query, GroupTable.of(listed, query));
        }
        page.put("damaged", damaged);
        page.put("hasDamaged", !damaged.isEmpty());
        page.put("damagedTitle", messages.text("web.groups.damaged"));
        return Pages.html(HttpStatus.OK, pages.render("groups", page));
    }

    private static void putList(Map<String, Object> page, Texts.InLanguage language, GroupListQuery query,
                                GroupTable table) {
        Messages messages = language.messages();
        page.put("search", search(messages, query));
        page.put("filtersLabel", messages.text("web.groups.filter.label"));
        page.put("filters", filters(messages, query, table));
        page.put("headers", headers(messages, query));
        page.put("rows", table.rows().stream().map(group -> row(language, group)).toList());
        page.put("noMatch", table.rows().isEmpty() ? messages.text("web.groups.no-match") : null);
        page.put("range", messages.text("web.groups.range", table.first(), table.last(), table.matched()));
        page.put("pager", pager(messages, query, table));
    }

    private static Map<String, Object> search(Messages messages, GroupListQuery query) {
        Map<String, Object> search = new LinkedHashMap<>();
        search.put("label", messages.text("web.groups.search"));
        search.put("submit", messages.text("web.groups.search-submit"));
        search.put("q", query.search());
        search.put("max", GroupListQuery.MAX_SEARCH);
        search.put("sort", query.sort().id());
        search.put("order", query.order());
        search.put("filter", query.filter().id());
        search.put("clear", query.search().isEmpty() ? null : query.searching("").href());
        search.put("clearLabel", messages.text("web.groups.search-clear"));
        return search;
    }

    private static List<Map<String, Object>> filters(Messages messages, GroupListQuery query, GroupTable table) {
        List<Map<String, Object>> filters = new ArrayList<>();
        for (Filter filter : Filter.values()) {
            filters.add(Map.of("label", messages.text(filter.textKey()), "count", table.counts().get(filter),
                    "href", query.filtered(filter).href(), "current", filter == query.filter()));
        }
        return filters;
    }

    /** The columns' headings: a link that sorts by the column (again: the other way), the current one marked. */
    private static List<Map<String, Object>> headers(Messages messages, GroupListQuery query) {
        List<Map<String, Object>> headers = new ArrayList<>();
        headers.add(header(messages.text("web.groups.number"), query, Sort.GROUP));
        headers.add(header(messages.text("web.groups.company"), query, Sort.COMPANY));
        headers.add(header(messages.text("web.groups.complete"), query, Sort.COMPLETE));
        headers.add(header(messages.text("web.groups.csam"), query, Sort.CSAM));
        headers.add(header(messages.text("web.groups.next"), query, null));
        headers.add(header(messages.text("web.groups.ready"), query, Sort.READY));
        headers.add(header(messages.text("web.groups.warnings"), query, Sort.WARNINGS));
        headers.add(header(messages.text("web.groups.changed"), query, Sort.CHANGED));
        return headers;
    }

    private static Map<String, Object> header(String label, GroupListQuery query, Sort column) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("label", label);
        boolean sorted = column != null && column == query.sort();
        header.put("href", column == null ? null : query.sortedBy(column).href());
        header.put("sorted", sorted ? (query.descending() ? "descending" : "ascending") : null);
        header.put("arrow", sorted ? (query.descending() ? "▼" : "▲") : null);
        return header;
    }

    private static Map<String, Object> row(Texts.InLanguage language, GroupSummary group) {
        Messages messages = language.messages();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("group", group.group().value());
        row.put("company", group.company());
        row.put("complete", yesNo(messages, group.complete()));
        row.put("progress", messages.text("web.groups.progress", group.progress(), CsamStep.REQUIRED_STEPS));
        row.put("next", group.nextStep() == null ? messages.text("web.groups.csam-done")
                : messages.text("web.groups.next-step", group.nextStep().order(),
                messages.stepTitle(group.nextStep())));
        row.put("ready", yesNo(messages, group.ready()));
        row.put("readyClass", group.ready() ? "yes" : "no");
        row.put("openWarnings", group.openWarnings());
        row.put("warningsClass", group.openWarnings() > 0 ? "warning" : null);
        if (group.lastChange() == null) {
            row.put("changedUnknown", messages.text("web.groups.changed-unknown"));
        } else {
            row.put("changed", Map.of("by", group.lastChange().technician(),
                    "at", language.views().when(group.lastChange().time()),
                    "iso", group.lastChange().time().toString(),
                    "what", language.views().change(group.lastChange().kind().id(), group.lastChange().detail())));
        }
        return row;
    }

    /** Previous and next, and where this page stands; a page beyond the end was already made the last one. */
    private static Map<String, Object> pager(Messages messages, GroupListQuery query, GroupTable table) {
        Map<String, Object> pager = new LinkedHashMap<>();
        pager.put("label", messages.text("web.groups.pages"));
        pager.put("position", messages.text("web.groups.page", table.page(), table.pages()));
        pager.put("previous", table.page() > 1 ? query.onPage(table.page() - 1).href() : null);
        pager.put("next", table.page() < table.pages() ? query.onPage(table.page() + 1).href() : null);
        pager.put("previousLabel", messages.text("web.groups.previous"));
        pager.put("nextLabel", messages.text("web.groups.next-page"));
        return pager;
    }

    private static String yesNo(Messages messages, boolean value) {
        return messages.text(value ? "list.yes" : "list.no");
    }
}
