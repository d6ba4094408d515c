package be.groupsetup.application.port.in;

/** Clears fields (any but the group number). */
public interface ClearFieldsUseCase {

    ChangeResult clear(ClearFieldsCommand command);
}
