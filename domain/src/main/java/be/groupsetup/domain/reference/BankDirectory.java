package be.groupsetup.domain.reference;

import java.util.Optional;

/** Which bank a Belgian bank code (the first three BBAN digits) belongs to. */
public interface BankDirectory {

    Optional<Bank> bankFor(String belgianBankCode);

    /**
     * The bank whose BIC this is, compared on the first 8 characters (branch left out); empty when the table
     * lists no bank with that BIC (a legacy or foreign BIC), or when this directory cannot look BICs up.
     */
    default Optional<Bank> bankWithBic(String bic) {
        return Optional.empty();
    }

    /** The table of the National Bank of Belgium embedded in this release, read on first use. */
    static BankDirectory belgian() {
        return ResourceBankDirectory.embedded();
    }
}
