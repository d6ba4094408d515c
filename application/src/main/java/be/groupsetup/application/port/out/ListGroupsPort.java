package be.groupsetup.application.port.out;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.domain.value.GroupNumber;

public interface ListGroupsPort {

    /**
     * Every stored group, summarised, sorted by group number, given to {@code each} one after the other as it is
     * made (a list of 100,000 groups need not be held whole); documents that cannot be read are listed as damaged
     * and never stop the listing. A store may keep summaries between calls as long as they stay consistent with
     * the stored groups and were made by a summarizer of the same {@code rulesVersion}. An exception thrown by
     * {@code each} stops the listing and comes out of this call.
     */
    void list(Function<StoredGroup, GroupSummary> summarizer, String rulesVersion, Consumer<? super GroupListing> each);

    /** {@link #list(Function, String, Consumer) Every stored group}, in one list. */
    default List<GroupListing> list(Function<StoredGroup, GroupSummary> summarizer, String rulesVersion) {
        List<GroupListing> listed = new ArrayList<>();
        list(summarizer, rulesVersion, listed::add);
        return listed;
    }

    /** The numbers of the stored groups (damaged documents included), sorted, without reading the groups. */
    List<GroupNumber> numbers();
}
