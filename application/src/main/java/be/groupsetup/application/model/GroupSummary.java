package be.groupsetup.application.model;

import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.value.GroupNumber;

/**
 * One line of the group list.
 *
 * @param company      the company name, or null when not set
 * @param progress     required CSAM steps done and still holding (out of {@link CsamStep#REQUIRED_STEPS})
 * @param openWarnings warnings not acknowledged
 * @param nextStep     the first required CSAM step not done or to re-check ({@code CsamStatus.next()}), or null when
 *                     the procedure is complete
 * @param lastChange   who made the stored revision, and when; null when the history does not hold its entry
 */
public record GroupSummary(GroupNumber group, String company, boolean complete, int progress, boolean ready,
                           int openWarnings, long revision, CsamStep nextStep, LastChange lastChange) {
}
