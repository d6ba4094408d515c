package be.groupsetup.application.port.in;

public interface AcknowledgeWarningUseCase {

    AcknowledgeResult acknowledge(AcknowledgeWarningCommand command);
}
