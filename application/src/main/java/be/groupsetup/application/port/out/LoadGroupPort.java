package be.groupsetup.application.port.out;

import be.groupsetup.domain.value.GroupNumber;

import java.util.Optional;

public interface LoadGroupPort {

    /**
     * The group as stored, or empty when there is none.
     *
     * @throws be.groupsetup.application.error.DamagedGroupException when its document cannot be read
     * @throws be.groupsetup.application.error.StorageException      when the store cannot be reached
     */
    Optional<StoredGroup> load(GroupNumber number);
}
