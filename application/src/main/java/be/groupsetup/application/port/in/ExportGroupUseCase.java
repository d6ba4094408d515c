package be.groupsetup.application.port.in;

/** One group, its set-up and its history, as the text of an export file. */
public interface ExportGroupUseCase {

    String export(ExportGroupCommand command);
}
