package be.groupsetup.application.error;

/** A stored document exists but cannot be read (bad JSON, wrong shape, a newer format). */
public class DamagedGroupException extends ApplicationException {

    private final String location;
    private final String reason;

    public DamagedGroupException(String groupNumber, String location, String reason, Throwable cause) {
        super("group-damaged", cause, groupNumber, location, reason);
        this.location = location;
        this.reason = reason;
    }

    public String location() {
        return location;
    }

    public String reason() {
        return reason;
    }

    @Override
    public boolean isEnvironmentFailure() {
        return true;
    }
}
