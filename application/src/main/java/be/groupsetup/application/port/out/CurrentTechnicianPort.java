package be.groupsetup.application.port.out;

/** The technician changes are attributed to. */
public interface CurrentTechnicianPort {

    String technician();
}
