package be.groupsetup.application.service;

/**
 * @param result   what the decision returned
 * @param revision the group's revision after the update (unchanged when nothing was written)
 * @param written  whether a new revision was stored
 */
public record UpdateResult<R>(R result, long revision, boolean written) {
}
