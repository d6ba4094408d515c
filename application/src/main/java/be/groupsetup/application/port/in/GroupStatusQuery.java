package be.groupsetup.application.port.in;

/** Ready for MyCareNet billing, or what is missing in the order of SPEC §2. */
public interface GroupStatusQuery {

    StatusView status(GroupQuery query);
}
