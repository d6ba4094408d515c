package be.groupsetup.application.port.in;

import be.groupsetup.application.model.GroupListing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every stored group: number, company, complete or not, CSAM progress and next step, ready or not, open warnings,
 * last change; damaged documents too.
 */
public interface ListGroupsQuery {

    /** Every stored group, in order of number, each given to {@code each} as soon as it is summarised. */
    void list(Consumer<? super GroupListing> each);

    /** Every stored group, in one list. */
    default List<GroupListing> list() {
        List<GroupListing> listed = new ArrayList<>();
        list(listed::add);
        return listed;
    }

    /** Just the numbers of the stored groups, cheaply (for completion). */
    List<be.groupsetup.domain.value.GroupNumber> numbers();
}
