package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.field.Normalizer;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Parsed;

import java.util.List;

/**
 * The identifier of an eHealthBox, checked as its type says: NIHII 8 or 11 digits (an 11-digit group number
 * is shortened to its 8 digits for the {@code GROUP} quality), CBE as an enterprise number, INSS as a national
 * number. With an unknown or missing type only the normalisation applies.
 */
public final class EHealthBoxIdentifier {

    private static final FieldKey FIELD = FieldKey.EHEALTH_BOX;
    private static final int MAX_LENGTH = 50;

    private EHealthBoxIdentifier() {
    }

    /** The identifier alone, before its type is known: not blank, not absurdly long. */
    public static Parsed<String> parse(String input) {
        String identifier = Normalizer.identifier(input);
        if (identifier.isEmpty()) {
            return Parsed.refused(Finding.error(FIELD, FindingCodes.BLANK));
        }
        if (identifier.length() > MAX_LENGTH || !identifier.chars().allMatch(Character::isLetterOrDigit)) {
            return Parsed.refused(Finding.error(FIELD, FindingCodes.EHEALTH_BOX_FORMAT, GroupNumber.abbreviated(identifier)));
        }
        return Parsed.of(identifier, List.of());
    }

    /**
     * The identifier checked against its type and quality (canonical values, either may be null or unknown).
     * The value may change: a group number shortened for the GROUP quality.
     *
     * @param currentYear the year it is now, for an INSS number's from-2000 birth year
     */
    public static Parsed<String> check(String identifier, String type, String quality, int currentYear) {
        Parsed<String> alone = parse(identifier);
        if (!alone.isAccepted()) {
            return alone;
        }
        String value = alone.value();
        return EHealthBoxType.fromCanonical(type).map(known -> switch (known) {
            case NIHII -> checkNihii(value, quality);
            case CBE -> EnterpriseNumber.parse(FIELD, value).map(EnterpriseNumber::value);
            case INSS -> Inss.parse(FIELD, value, currentYear).map(Inss::value);
        }).orElse(alone);
    }

    private static Parsed<String> checkNihii(String value, String quality) {
        if (!Normalizer.isDigits(value) || (value.length() != 8 && value.length() != 11)) {
            return Parsed.refused(Finding.error(FIELD, FindingCodes.EHEALTH_BOX_NIHII, GroupNumber.abbreviated(value)));
        }
        if (value.length() == 11 && EHealthBoxQuality.GROUP.name().equals(quality)) {
            String shortened = value.substring(0, 8);
            return Parsed.of(shortened, List.of(Finding.note(FIELD, FindingCodes.EHEALTH_BOX_SHORTENED, shortened)));
        }
        return Parsed.of(value, List.of());
    }
}
