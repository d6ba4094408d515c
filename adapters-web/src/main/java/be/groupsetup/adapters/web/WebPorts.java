package be.groupsetup.adapters.web;

import be.groupsetup.application.port.in.GroupHistoryQuery;
import be.groupsetup.application.port.in.GroupSheetQuery;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.ShowGroupQuery;

/** The use cases the dashboard calls, as the wiring hands them over (the pages are read-only in this release). */
public record WebPorts(ListGroupsQuery groups, ShowGroupQuery show, GroupSheetQuery sheet,
                       GroupHistoryQuery history) {
}
