package be.groupsetup.application.port.in;

/** Stores a group from an export file, with the same checks as on load. */
public interface ImportGroupUseCase {

    ImportResult importGroup(ImportGroupCommand command);
}
