package be.groupsetup.application.port.in;

/** Every finding about the stored configuration, required fields included. */
public interface CheckGroupQuery {

    GroupView check(GroupQuery query);
}
