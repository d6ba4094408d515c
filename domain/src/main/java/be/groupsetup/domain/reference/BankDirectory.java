package be.groupsetup.domain.reference;

import java.util.Optional;

/** Which bank a Belgian bank code (the first three BBAN digits) belongs to. */
public interface BankDirectory {

    Optional<Bank> bankFor(String belgianBankCode);

    /** The table of the National Bank of Belgium embedded in this release, read on first use. */
    static BankDirectory belgian() {
        return ResourceBankDirectory.embedded();
    }
}
