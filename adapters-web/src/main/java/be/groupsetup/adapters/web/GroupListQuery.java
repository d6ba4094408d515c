package be.groupsetup.adapters.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * What the groups page was asked to show, from its query string ({@code /?sort=company&order=desc&filter=not-ready
 * &q=aurore&page=2}): the page is a plain link, so a technician can bookmark a view or send it to a colleague. Every
 * parameter is read leniently — a value the page does not know is its default, never an error — because the links
 * are typed, shortened and pasted by people: the page always answers with something sensible.
 *
 * @param search what the number or the company must contain, as typed (blank: every group)
 * @param page   1-based; whether it exists is known only once the list is filtered ({@link GroupTable})
 */
record GroupListQuery(Sort sort, boolean descending, Filter filter, String search, int page) {

    /** The longest search kept: longer than any company name, short enough to fold for 10,000 groups at once. */
    static final int MAX_SEARCH = 100;
    static final GroupListQuery DEFAULT = new GroupListQuery(Sort.GROUP, false, Filter.ALL, "", 1);

    /** The columns the list sorts by, each with its own first direction: the most useful end first. */
    enum Sort {
        GROUP("group", false), COMPANY("company", false), COMPLETE("complete", false), CSAM("csam", false),
        READY("ready", false), WARNINGS("warnings", true), CHANGED("changed", true);

        private final String id;
        private final boolean descendingFirst;

        Sort(String id, boolean descendingFirst) {
            this.id = id;
            this.descendingFirst = descendingFirst;
        }

        String id() {
            return id;
        }

        boolean descendingFirst() {
            return descendingFirst;
        }
    }

    /** The groups a technician looks for when they come to the list with something to do. */
    enum Filter {
        ALL("all"), NOT_READY("not-ready"), WAITING_CSAM("waiting-csam"), OPEN_WARNINGS("open-warnings");

        private final String id;

        Filter(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }

        /** The key of its name on the page: {@code web.groups.filter.} and its id. */
        String textKey() {
            return "web.groups.filter." + id;
        }
    }

    GroupListQuery {
        search = search == null ? "" : search;
    }

    /** The query of a request's parameters (null when absent); whatever cannot be read is the default. */
    static GroupListQuery parse(String sort, String order, String filter, String search, String page) {
        Sort by = byId(Sort.values(), Sort::id, sort).orElse(DEFAULT.sort());
        boolean descending = "desc".equals(order) || !"asc".equals(order) && by.descendingFirst();
        return new GroupListQuery(by, descending, byId(Filter.values(), Filter::id, filter).orElse(DEFAULT.filter()),
                searched(search), pageNumber(page));
    }

    /** The same view sorted by a column: the other direction when it is already sorted by it, else its first. */
    GroupListQuery sortedBy(Sort column) {
        boolean direction = column == sort ? !descending : column.descendingFirst();
        return new GroupListQuery(column, direction, filter, search, 1);
    }

    GroupListQuery filtered(Filter only) {
        return new GroupListQuery(sort, descending, only, search, 1);
    }

    GroupListQuery searching(String text) {
        return new GroupListQuery(sort, descending, filter, searched(text), 1);
    }

    GroupListQuery onPage(int number) {
        return new GroupListQuery(sort, descending, filter, search, number);
    }

    /**
     * The address of this view: the page's path and the parameters that differ from the defaults (the list with
     * no parameter is the list as it first shows), URL-encoded; the template escapes it for the attribute.
     */
    String href() {
        StringJoiner query = new StringJoiner("&", "/?", "").setEmptyValue("/");
        if (sort != DEFAULT.sort()) {
            query.add("sort=" + sort.id());
        }
        if (descending != sort.descendingFirst()) {
            query.add("order=" + (descending ? "desc" : "asc"));
        }
        if (filter != DEFAULT.filter()) {
            query.add("filter=" + filter.id());
        }
        if (!search.isBlank()) {
            query.add("q=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
        }
        if (page != 1) {
            query.add("page=" + page);
        }
        return query.toString();
    }

    /** {@code asc} or {@code desc}, for the search form to keep the order. */
    String order() {
        return descending ? "desc" : "asc";
    }

    private static <T> Optional<T> byId(T[] values, java.util.function.Function<T, String> id, String wanted) {
        return Arrays.stream(values).filter(value -> id.apply(value).equals(wanted)).findFirst();
    }

    /** The search as typed, stripped, cut at {@value #MAX_SEARCH} characters (never inside a surrogate pair). */
    private static String searched(String search) {
        if (search == null) {
            return "";
        }
        String kept = search.strip();
        return kept.codePointCount(0, kept.length()) > MAX_SEARCH
                ? kept.substring(0, kept.offsetByCodePoints(0, MAX_SEARCH)) : kept;
    }

    /**
     * A page number as typed: digits only. 0 is the first page; a number too large for an int is beyond any end,
     * which {@link GroupTable} makes the last page; anything else (a word, a sign, a decimal) is the first.
     */
    private static int pageNumber(String page) {
        if (page == null || page.isEmpty() || !page.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 1;
        }
        String digits = page.replaceFirst("^0+(?=.)", "");
        return digits.length() > 9 ? Integer.MAX_VALUE : Math.max(1, Integer.parseInt(digits));
    }
}
