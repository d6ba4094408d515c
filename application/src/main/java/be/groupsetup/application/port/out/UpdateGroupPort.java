package be.groupsetup.application.port.out;

import be.groupsetup.domain.value.GroupNumber;

public interface UpdateGroupPort {

    /**
     * Applies a change to the freshest stored state of a group, under the store's lock: loads the state as it
     * is now, asks {@code update} what to do, and, for {@link GroupUpdate.Decision.Apply}, appends the history
     * entry and stores the set-up as the next revision, atomically as far as a reader can tell.
     *
     * @throws be.groupsetup.application.error.GroupNotFoundException when there is no such group
     * @throws be.groupsetup.application.error.DamagedGroupException  when its document cannot be read
     */
    <R> UpdateResult<R> update(GroupNumber number, GroupUpdate<R> update);
}
