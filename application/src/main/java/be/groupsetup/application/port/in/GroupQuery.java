package be.groupsetup.application.port.in;

/** @param groupNumber the group number as typed (8 or 11 digits, any separators) */
public record GroupQuery(String groupNumber) {
}
