package be.groupsetup.application.port.in;

/**
 * The configuration with every finding about it (required fields included) and the CSAM procedure: what
 * {@code group show} displays and {@code group check} judges.
 */
public interface ShowGroupQuery {

    GroupView show(GroupQuery query);
}
