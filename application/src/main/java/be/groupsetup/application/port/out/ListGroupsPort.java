package be.groupsetup.application.port.out;

import java.util.List;
import java.util.function.Function;

import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.domain.value.GroupNumber;

public interface ListGroupsPort {

    /**
     * Every stored group, summarised, sorted by group number; documents that cannot be read are listed as
     * damaged and never stop the listing. A store may keep summaries between calls as long as they stay
     * consistent with the stored groups and were made by a summarizer of the same {@code rulesVersion}.
     */
    List<GroupListing> list(Function<StoredGroup, GroupSummary> summarizer, String rulesVersion);

    /** The numbers of the stored groups (damaged documents included), sorted, without reading the groups. */
    List<GroupNumber> numbers();
}
