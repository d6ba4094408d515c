package be.groupsetup.domain.reference;

import java.util.Optional;

/** A Belgian bank as the National Bank's table lists it: its BIC (some have none) and its name. */
public record Bank(String bic, String name) {

    public Optional<String> bicIfKnown() {
        return Optional.ofNullable(bic);
    }
}
