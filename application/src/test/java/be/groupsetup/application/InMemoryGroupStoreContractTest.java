package be.groupsetup.application;

import be.groupsetup.application.testing.GroupStoreContractTest;
import be.groupsetup.application.testing.InMemoryGroupStore;
import be.groupsetup.application.testing.StoreUnderTest;
import be.groupsetup.domain.value.GroupNumber;

/** The in-memory store keeps the storage contract like any adapter. */
class InMemoryGroupStoreContractTest extends GroupStoreContractTest {

    @Override
    protected StoreUnderTest newStore() {
        return StoreUnderTest.of(new InMemoryGroupStore());
    }

    @Override
    protected void damage(GroupNumber number) {
        ((InMemoryGroupStore) store.groups()).damage(number, "simulated damage");
    }
}
