package be.groupsetup.adapters.web;

import be.groupsetup.application.port.in.AcknowledgeWarningUseCase;
import be.groupsetup.application.port.in.ClearFieldsUseCase;
import be.groupsetup.application.port.in.CreateGroupUseCase;
import be.groupsetup.application.port.in.GroupHistoryQuery;
import be.groupsetup.application.port.in.GroupSheetQuery;
import be.groupsetup.application.port.in.GroupStatusQuery;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.RecordCsamStepUseCase;
import be.groupsetup.application.port.in.SetFieldsUseCase;
import be.groupsetup.application.port.in.ShowGroupQuery;
import be.groupsetup.application.port.in.UndoCsamStepUseCase;

/**
 * The use cases the dashboard calls, as the wiring hands them over: the same in-ports as the shell's. Import, export,
 * rename, delete and the storage commands stay in the shell.
 */
public record WebPorts(ListGroupsQuery groups, ShowGroupQuery show, GroupSheetQuery sheet,
                       GroupHistoryQuery history, GroupStatusQuery status, CreateGroupUseCase create, SetFieldsUseCase setFields,
                       ClearFieldsUseCase clearFields, AcknowledgeWarningUseCase acknowledge,
                       RecordCsamStepUseCase recordCsamStep, UndoCsamStepUseCase undoCsamStep) {
}
