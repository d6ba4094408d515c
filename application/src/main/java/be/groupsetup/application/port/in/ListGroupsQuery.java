package be.groupsetup.application.port.in;

import be.groupsetup.application.model.GroupListing;

import java.util.List;

/** Every stored group: number, company, complete or not, CSAM progress, ready or not; damaged documents too. */
public interface ListGroupsQuery {

    List<GroupListing> list();

    /** Just the numbers of the stored groups, cheaply (for completion). */
    List<be.groupsetup.domain.value.GroupNumber> numbers();
}
