package be.groupsetup.application.port.in;

/** Ready for MyCareNet billing, or what is missing in the order of docs/rules.md §3.1. */
public interface GroupStatusQuery {

    StatusView status(GroupQuery query);
}
