package be.groupsetup.application.port.out;

import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.domain.value.GroupNumber;

import java.util.Optional;

/** Moves one whole group (set-up and history) out of or into a store. */
public interface TransferGroupPort {

    Optional<GroupArchive> export(GroupNumber number);

    /**
     * Stores an archived group with its history. Refused when the number is taken unless {@code replace}; a
     * damaged document replaced is moved aside first.
     *
     * @return whether a group of that number was replaced
     * @throws be.groupsetup.application.error.GroupAlreadyExistsException when taken and not replacing
     */
    boolean importGroup(GroupArchive archive, boolean replace);
}
