package be.groupsetup.bootstrap;

import be.groupsetup.application.port.in.AcknowledgeWarningUseCase;
import be.groupsetup.application.port.in.ClearFieldsUseCase;
import be.groupsetup.application.port.in.CreateGroupUseCase;
import be.groupsetup.application.port.in.DeleteGroupUseCase;
import be.groupsetup.application.port.in.ExportGroupUseCase;
import be.groupsetup.application.port.in.GroupHistoryQuery;
import be.groupsetup.application.port.in.GroupSheetQuery;
import be.groupsetup.application.port.in.GroupStatusQuery;
import be.groupsetup.application.port.in.ImportGroupUseCase;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.RecordCsamStepUseCase;
import be.groupsetup.application.port.in.RenameGroupUseCase;
import be.groupsetup.application.port.in.ResetCsamUseCase;
import be.groupsetup.application.port.in.SetFieldsUseCase;
import be.groupsetup.application.port.in.ShowGroupQuery;
import be.groupsetup.application.port.in.UndoCsamStepUseCase;
import be.groupsetup.application.port.in.WriteLetterUseCase;

/**
 * The use cases (ports in), by name, as the driving adapters are wired on them: one bean rather than one per port,
 * because each type looked up is a walk over every bean definition — time a one-shot command pays at every start.
 */
record UseCases(CreateGroupUseCase create, SetFieldsUseCase setFields, ClearFieldsUseCase clearFields,
                RenameGroupUseCase rename, DeleteGroupUseCase delete, ShowGroupQuery show, GroupStatusQuery status,
                GroupHistoryQuery history, GroupSheetQuery sheet, WriteLetterUseCase letter, ListGroupsQuery groups,
                RecordCsamStepUseCase recordCsamStep, UndoCsamStepUseCase undoCsamStep, ResetCsamUseCase resetCsam,
                AcknowledgeWarningUseCase acknowledge, ExportGroupUseCase export, ImportGroupUseCase importGroup) {
}
