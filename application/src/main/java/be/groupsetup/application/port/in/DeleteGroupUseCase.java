package be.groupsetup.application.port.in;

/** Deletes a group and its history (personal data). Returns whether it existed. */
public interface DeleteGroupUseCase {

    boolean delete(DeleteGroupCommand command);
}
