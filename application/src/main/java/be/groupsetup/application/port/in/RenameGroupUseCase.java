package be.groupsetup.application.port.in;

/** Gives a group another number, keeping its history; refused if the new number exists. */
public interface RenameGroupUseCase {

    ChangeResult rename(RenameGroupCommand command);
}
