package be.groupsetup.application.service;

import be.groupsetup.application.error.RefusedException;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.value.GroupNumber;

/** Reads the group number a command names, in any accepted form. */
final class GroupNumbers {

    private GroupNumbers() {
    }

    /** The number named, its completion note dropped (naming a group is not setting it). */
    static GroupNumber named(String typed) {
        Parsed<GroupNumber> parsed = GroupNumber.parse(typed);
        if (!parsed.isAccepted()) {
            throw new RefusedException(parsed.findings().stream().filter(Finding::isError).toList());
        }
        return parsed.value();
    }
}
