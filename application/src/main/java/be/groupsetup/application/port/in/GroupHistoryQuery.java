package be.groupsetup.application.port.in;

/** Who changed what, when, oldest first. */
public interface GroupHistoryQuery {

    HistoryView history(GroupQuery query);
}
