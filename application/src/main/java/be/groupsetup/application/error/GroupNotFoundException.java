package be.groupsetup.application.error;

/** There is no group with that number; the message names the command that creates it. */
public class GroupNotFoundException extends ApplicationException {

    public GroupNotFoundException(String groupNumber) {
        super("group-not-found", null, groupNumber);
    }

    @Override
    public boolean isEnvironmentFailure() {
        return false;
    }
}
