package be.groupsetup.application.port.in;

import be.groupsetup.application.model.GroupListing;

import java.util.List;

/**
 * Every stored group: number, company, complete or not, CSAM progress and next step, ready or not, open warnings,
 * last change; damaged documents too.
 */
public interface ListGroupsQuery {

    List<GroupListing> list();

    /** Just the numbers of the stored groups, cheaply (for completion). */
    List<be.groupsetup.domain.value.GroupNumber> numbers();
}
