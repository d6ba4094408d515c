package be.groupsetup.domain.reference;

import java.util.List;

/** The Belgian postal codes and every name accepted for each. */
public interface PostalDirectory {

    boolean isKnown(String postalCode);

    /** Every name given for the code: the municipality's names (French, Dutch) first, then its localities. */
    List<String> names(String postalCode);

    /** The bpost and municipality lists embedded in this release, read on first use. */
    static PostalDirectory belgian() {
        return ResourcePostalDirectory.embedded();
    }
}
