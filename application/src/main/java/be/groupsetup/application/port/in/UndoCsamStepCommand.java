package be.groupsetup.application.port.in;

/**
 * @param person  the person whose record to undo (per-person steps), or null
 * @param cascade also undo the later steps that need this one
 */
public record UndoCsamStepCommand(String groupNumber, String stepId, String person, boolean cascade) {
}
