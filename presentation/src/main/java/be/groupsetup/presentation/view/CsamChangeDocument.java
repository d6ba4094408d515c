package be.groupsetup.presentation.view;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/** What a change of the CSAM procedure did: the checklist after it, then the outcome, the records added and removed. */
public record CsamChangeDocument(@JsonUnwrapped ProcedureView csam, String status, List<FindingView> findings,
                                 List<RecordView> added, List<RecordView> removed, long revision) {
}
