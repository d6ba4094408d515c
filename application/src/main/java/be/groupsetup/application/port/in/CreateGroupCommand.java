package be.groupsetup.application.port.in;

/** @param groupNumber as typed (8 or 11 digits, any separators) */
public record CreateGroupCommand(String groupNumber) {
}
