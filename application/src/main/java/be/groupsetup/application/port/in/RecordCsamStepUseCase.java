package be.groupsetup.application.port.in;

/** Records a step of the CSAM procedure (docs/rules.md §2). */
public interface RecordCsamStepUseCase {

    CsamResult record(RecordCsamStepCommand command);
}
