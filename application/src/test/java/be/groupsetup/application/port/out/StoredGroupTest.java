package be.groupsetup.application.port.out;

import be.groupsetup.application.service.GroupUpdate;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredGroupTest {

    private static final GroupSetup SETUP = GroupSetup.start(GroupConfiguration.empty(new GroupNumber("94123456001")));

    @Test
    void givenRevisionBelowOne_whenStored_thenRefused() {
        assertThatThrownBy(() -> new StoredGroup(SETUP, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoredGroup(null, 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void givenStoredGroup_whenAskedItsNumber_thenTheSetupsNumber() {
        assertThat(new StoredGroup(SETUP, 1).groupNumber()).isEqualTo(new GroupNumber("94123456001"));
    }

    @Test
    void givenApplyWithoutSetupOrEntry_whenDecided_thenRefused() {
        assertThatThrownBy(() -> new GroupUpdate.Decision.Apply<>(null, null, "r"))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new GroupUpdate.Decision.Apply<>(SETUP, null, "r"))
                .isInstanceOf(NullPointerException.class);
    }
}
