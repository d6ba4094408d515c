package be.groupsetup.application.port.in;

public record RenameGroupCommand(String groupNumber, String newGroupNumber) {
}
