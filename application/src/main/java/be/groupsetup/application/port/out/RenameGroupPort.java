package be.groupsetup.application.port.out;

import be.groupsetup.domain.value.GroupNumber;

public interface RenameGroupPort {

    /**
     * Moves a group and its history to another number, under the store's lock. {@code update} decides on the
     * fresh state (its Apply carries the set-up under the new number and the history entry); the rename is
     * complete or not done at all, even if the process dies half-way.
     *
     * @throws be.groupsetup.application.error.GroupNotFoundException      when there is no group {@code from}
     * @throws be.groupsetup.application.error.GroupAlreadyExistsException when {@code to} is taken
     */
    <R> UpdateResult<R> rename(GroupNumber from, GroupNumber to, GroupUpdate<R> update);
}
