package be.groupsetup.application.port.in;

/** The configuration with its findings and the CSAM procedure. */
public interface ShowGroupQuery {

    GroupView show(GroupQuery query);
}
