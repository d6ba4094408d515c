package be.groupsetup.domain.csam;

import be.groupsetup.domain.finding.Finding;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The CSAM procedure judged against the configuration as it is now ({@link CsamProcedure#judge}): where each step
 * stands, with {@link StepState#RECHECK} for a record that no longer holds. A step to re-check does not count in
 * the progress, and the next step points to it, with the reason. Made every time, never stored.
 */
public final class CsamStatus {

    private final CsamProcedure procedure;
    private final Optional<Finding> recheckReason;

    CsamStatus(CsamProcedure procedure, Optional<Finding> recheckReason) {
        this.procedure = procedure;
        this.recheckReason = recheckReason;
    }

    public CsamProcedure procedure() {
        return procedure;
    }

    public StepState state(CsamStep step) {
        StepState recorded = procedure.state(step);
        return step == CsamStep.PRINCIPAL_ACCESS_MANAGER && recorded == StepState.DONE && recheckReason.isPresent()
                ? StepState.RECHECK : recorded;
    }

    public boolean isDone(CsamStep step) {
        return state(step) == StepState.DONE;
    }

    /** Why a step is to be re-checked (a warning naming who logged in and who the nurse is now), if it is. */
    public Optional<Finding> recheckReason(CsamStep step) {
        return state(step) == StepState.RECHECK ? recheckReason : Optional.empty();
    }

    /** How many of the {@value CsamStep#REQUIRED_STEPS} required steps are done and still hold. */
    public int progress() {
        return (int) Arrays.stream(CsamStep.values()).filter(CsamStep::isRequired).filter(this::isDone).count();
    }

    public boolean isComplete() {
        return progress() == CsamStep.REQUIRED_STEPS;
    }

    /** The first required step not done or to re-check. */
    public Optional<CsamStep> next() {
        return stepsToDo().stream().findFirst();
    }

    /** The required steps not done or to re-check, in procedure order. */
    public List<CsamStep> stepsToDo() {
        return Arrays.stream(CsamStep.values()).filter(CsamStep::isRequired).filter(s -> !isDone(s)).toList();
    }

    /** The optional step to suggest: local access managers, once a principal exists, until recorded or skipped. */
    public Optional<CsamStep> suggestion() {
        return procedure.suggestion();
    }

    @Override
    public String toString() {
        return "CsamStatus[" + progress() + "/" + CsamStep.REQUIRED_STEPS + "]";
    }
}
