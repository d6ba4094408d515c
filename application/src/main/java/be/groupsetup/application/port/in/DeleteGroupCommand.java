package be.groupsetup.application.port.in;

public record DeleteGroupCommand(String groupNumber) {
}
