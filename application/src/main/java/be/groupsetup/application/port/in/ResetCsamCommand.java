package be.groupsetup.application.port.in;

public record ResetCsamCommand(String groupNumber) {
}
