package be.groupsetup.application.model;

import be.groupsetup.domain.value.GroupNumber;

/**
 * One line of the group list.
 *
 * @param company  the company name, or null when not set
 * @param progress     required CSAM steps done and still holding (out of
 *                     {@link be.groupsetup.domain.csam.CsamStep#REQUIRED_STEPS})
 * @param openWarnings warnings not acknowledged
 */
public record GroupSummary(GroupNumber group, String company, boolean complete, int progress, boolean ready,
                           int openWarnings, long revision) {
}
