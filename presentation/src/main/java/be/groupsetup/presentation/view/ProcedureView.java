package be.groupsetup.presentation.view;

import java.util.List;

/**
 * The CSAM checklist of a group, judged against its configuration now: each step with its state, why it is to
 * re-check, its records, its instruction and link; the progress, the next step and why, the services not granted yet.
 */
public record ProcedureView(String group, List<StepView> steps, int progress, int required, String next,
                            String nextReason, List<String> missingServices) {

    public record StepView(String id, int order, boolean required, String title, String state,
                           FindingView recheckReason, List<RecordView.InProcedure> records, String instruction,
                           String link) {
    }
}
