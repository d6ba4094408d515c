package be.groupsetup.application.port.in;

/** What became of a change. */
public enum ChangeStatus {
    /** Stored as a new revision. */
    APPLIED,
    /** Accepted, but nothing differed from what was stored: nothing written. */
    UNCHANGED,
    /** A rule said no: nothing written; the findings say why. */
    REFUSED;

    public boolean isAccepted() {
        return this != REFUSED;
    }
}
