package be.groupsetup.application.port.in;

/**
 * Writes the letter to a group: what the technician still needs from it (missing and wrong values, warnings to
 * confirm, the CSAM steps only the group can do), recorded in the group's history, so that a group waiting on its
 * answer can be seen.
 */
public interface WriteLetterUseCase {

    LetterModel write(WriteLetterCommand command);
}
