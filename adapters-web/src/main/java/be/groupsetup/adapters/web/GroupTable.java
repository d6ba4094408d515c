package be.groupsetup.adapters.web;

import be.groupsetup.adapters.web.GroupListQuery.Filter;
import be.groupsetup.adapters.web.GroupListQuery.Sort;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.domain.field.Normalizer;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One page of the group list as a query asks for it: the groups that pass its filter and search, in its order,
 * {@value #PAGE_SIZE} at a time. Done on the server over the summaries the list query gives (the store keeps them
 * between lists; sorting and searching 10,000 of them here takes milliseconds, tens when company names are folded),
 * and the page is plain HTML: no script needed.
 *
 * @param rows    the groups of the page shown, in order
 * @param matched how many groups pass the filter and the search
 * @param page    the page shown: the one asked for, or the last one when it asked beyond the end
 * @param pages   how many pages there are (1 when no group passes)
 * @param counts  how many groups pass each filter (with the search), for the filters' links
 */
record GroupTable(List<GroupSummary> rows, int matched, int page, int pages, Map<Filter, Integer> counts) {

    static final int PAGE_SIZE = 50;

    static GroupTable of(List<GroupSummary> groups, GroupListQuery query) {
        Predicate<GroupSummary> searched = searching(query.search());
        List<GroupSummary> found = groups.stream().filter(searched).toList();
        Map<Filter, Integer> counts = new EnumMap<>(Filter.class);
        for (Filter filter : Filter.values()) {
            counts.put(filter, (int) found.stream().filter(passing(filter)).count());
        }
        List<GroupSummary> matching = found.stream().filter(passing(query.filter()))
                .sorted(order(query.sort(), query.descending(), found)).toList();
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(query.page(), pages);
        int from = (page - 1) * PAGE_SIZE;
        return new GroupTable(matching.subList(from, Math.min(matching.size(), from + PAGE_SIZE)), matching.size(),
                page, pages, counts);
    }

    /** The 1-based position of the page's first group among those matched (0 when none is). */
    int first() {
        return rows.isEmpty() ? 0 : (page - 1) * PAGE_SIZE + 1;
    }

    int last() {
        return rows.isEmpty() ? 0 : first() + rows.size() - 1;
    }

    /**
     * What each filter keeps. "Waiting on CSAM" is a group whose required CSAM steps are not all done and still
     * holding (a step to re-check counts as waiting): whatever its configuration, it cannot bill until they are.
     */
    static Predicate<GroupSummary> passing(Filter filter) {
        return switch (filter) {
            case ALL -> group -> true;
            case NOT_READY -> group -> !group.ready();
            case WAITING_CSAM -> group -> group.nextStep() != null;
            case OPEN_WARNINGS -> group -> group.openWarnings() > 0;
        };
    }

    /**
     * A search is a piece of the company name, in any case and with or without accents ("liege" finds "Liège"), or
     * a piece of the group number as typed with its separators ("94 123-456" finds 94123456001).
     */
    static Predicate<GroupSummary> searching(String search) {
        if (search.isBlank()) {
            return group -> true;
        }
        String text = Normalizer.fold(search);
        String digits = search.replaceAll("[\\s./-]", "");
        boolean number = !digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9');
        return group -> number && group.group().value().contains(digits)
                || group.company() != null && Normalizer.fold(group.company()).contains(text);
    }

    /**
     * The order of a column; groups that tie stay in number order, whichever the direction, so that a page never
     * shuffles between two requests. A company or a last change not known comes last in both directions: the end
     * to look at is the one with values.
     */
    static Comparator<GroupSummary> order(Sort sort, boolean descending, List<GroupSummary> groups) {
        Comparator<GroupSummary> byNumber = Comparator.comparing(group -> group.group().value());
        Comparator<GroupSummary> column = switch (sort) {
            case GROUP -> byNumber;
            case COMPANY -> nullsLast(companyKeys(groups)::get, descending);
            case COMPLETE -> Comparator.comparing(GroupSummary::complete);
            case CSAM -> Comparator.comparingInt(GroupSummary::progress);
            case READY -> Comparator.comparing(GroupSummary::ready);
            case WARNINGS -> Comparator.comparingInt(GroupSummary::openWarnings);
            case CHANGED -> nullsLast(group -> group.lastChange() == null ? null : group.lastChange().time(),
                    descending);
        };
        boolean nullsHandled = sort == Sort.COMPANY || sort == Sort.CHANGED;
        Comparator<GroupSummary> directed = descending && !nullsHandled ? column.reversed() : column;
        return sort == Sort.GROUP ? directed : directed.thenComparing(byNumber);
    }

    private static <T extends Comparable<? super T>> Comparator<GroupSummary> nullsLast(
            Function<GroupSummary, T> key, boolean descending) {
        Comparator<T> values = descending ? Comparator.<T>reverseOrder() : Comparator.<T>naturalOrder();
        return Comparator.comparing(key, Comparator.nullsLast(values));
    }

    /** Each company name folded once (not at every comparison): "École" sorts with "ecole", not after "Z". */
    private static Map<GroupSummary, String> companyKeys(List<GroupSummary> groups) {
        Map<GroupSummary, String> keys = new IdentityHashMap<>();
        for (GroupSummary group : groups) {
            keys.put(group, group.company() == null ? null : Normalizer.fold(group.company()));
        }
        return keys;
    }
}
