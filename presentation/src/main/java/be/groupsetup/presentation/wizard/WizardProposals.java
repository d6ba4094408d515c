package be.groupsetup.presentation.wizard;

import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.field.FieldKey;

import java.util.Optional;

/**
 * What a wizard — the shell's, or a form of a page to come — offers as the default answer for a field: the value
 * stored, else one that follows from the others (the reference care provider is the representing nurse, docs/rules.md §1.5),
 * else nothing. The BIC is not proposed here: the domain derives it from the IBAN when the IBAN is stored (docs/rules.md §1.5,
 * BIC derivation), so the wizard finds it as the value stored.
 */
public final class WizardProposals {

    private WizardProposals() {
    }

    /** The default answer for a field, empty when there is none. */
    public static Optional<String> proposal(FieldKey field, GroupConfiguration configuration) {
        Optional<String> current = configuration.value(field);
        return current.isPresent() ? current : derived(field, configuration);
    }

    /** A value that follows from the other fields, for a field not set yet. */
    private static Optional<String> derived(FieldKey field, GroupConfiguration configuration) {
        if (field == FieldKey.REFERENCE_CARE_PROVIDER) {
            return configuration.value(FieldKey.INAMI);
        }
        return Optional.empty();
    }
}
