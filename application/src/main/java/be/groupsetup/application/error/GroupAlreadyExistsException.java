package be.groupsetup.application.error;

public class GroupAlreadyExistsException extends ApplicationException {

    public GroupAlreadyExistsException(String groupNumber) {
        super("group-exists", null, groupNumber);
    }

    @Override
    public boolean isEnvironmentFailure() {
        return false;
    }
}
