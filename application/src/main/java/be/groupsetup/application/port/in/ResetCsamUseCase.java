package be.groupsetup.application.port.in;

/** Clears the whole CSAM procedure of a group; the history keeps every record. */
public interface ResetCsamUseCase {

    CsamResult reset(ResetCsamCommand command);
}
