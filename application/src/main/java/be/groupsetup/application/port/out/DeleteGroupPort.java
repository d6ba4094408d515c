package be.groupsetup.application.port.out;

import be.groupsetup.domain.value.GroupNumber;

public interface DeleteGroupPort {

    /**
     * Removes a group and its history (personal data). A damaged document is moved aside, never destroyed.
     *
     * @return whether there was something to delete
     */
    boolean delete(GroupNumber number);
}
