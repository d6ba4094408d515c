package be.groupsetup.application.port.in;

/** Undoes the latest record of a step (a person's record for the per-person steps). */
public interface UndoCsamStepUseCase {

    CsamResult undo(UndoCsamStepCommand command);
}
