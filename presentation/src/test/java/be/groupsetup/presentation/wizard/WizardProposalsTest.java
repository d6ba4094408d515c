package be.groupsetup.presentation.wizard;

import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WizardProposalsTest {

    private static final GroupNumber GROUP = new GroupNumber("94123456001");
    private static final String NURSE = "41234502001";

    @Test
    void givenTheNursesInamiAndNoReferenceCareProvider_whenProposed_thenTheNursesNumber() {
        GroupConfiguration configuration = GroupConfiguration.reconstitute(GROUP, Map.of(FieldKey.INAMI, NURSE));

        assertThat(WizardProposals.proposal(FieldKey.REFERENCE_CARE_PROVIDER, configuration)).contains(NURSE);
    }

    @Test
    void givenAReferenceCareProviderStored_whenProposed_thenTheStoredValueNotTheNurses() {
        GroupConfiguration configuration = GroupConfiguration.reconstitute(GROUP,
                Map.of(FieldKey.INAMI, NURSE, FieldKey.REFERENCE_CARE_PROVIDER, "11234567001"));

        assertThat(WizardProposals.proposal(FieldKey.REFERENCE_CARE_PROVIDER, configuration)).contains("11234567001");
    }

    @Test
    void givenNoInami_whenTheReferenceCareProviderIsProposed_thenNothing() {
        GroupConfiguration configuration = GroupConfiguration.empty(GROUP);

        assertThat(WizardProposals.proposal(FieldKey.REFERENCE_CARE_PROVIDER, configuration)).isEmpty();
    }

    @Test
    void givenAFieldThatFollowsFromNoOther_whenProposed_thenItsStoredValueOrNothing() {
        GroupConfiguration configuration = GroupConfiguration.reconstitute(GROUP, Map.of(FieldKey.CITY, "Liège"));

        assertThat(WizardProposals.proposal(FieldKey.CITY, configuration)).contains("Liège");
        assertThat(WizardProposals.proposal(FieldKey.STREET, configuration)).isEmpty();
        assertThat(WizardProposals.proposal(FieldKey.BIC, configuration)).isEmpty();
    }
}
