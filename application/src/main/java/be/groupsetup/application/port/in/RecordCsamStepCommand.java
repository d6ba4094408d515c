package be.groupsetup.application.port.in;

import be.groupsetup.domain.csam.StepRequest;

public record RecordCsamStepCommand(String groupNumber, StepRequest request) {
}
