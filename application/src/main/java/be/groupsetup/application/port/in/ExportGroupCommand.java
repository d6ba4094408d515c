package be.groupsetup.application.port.in;

public record ExportGroupCommand(String groupNumber) {
}
