package be.groupsetup.application.port.in;

/** Creates an empty configuration for a group number (8 or 11 digits, any separators); refused if it exists. */
public interface CreateGroupUseCase {

    ChangeResult create(CreateGroupCommand command);
}
