package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.field.Normalizer;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Parsed;

import java.util.ArrayList;
import java.util.List;

/**
 * A company's enterprise number (BCE / KBO): ten digits, the first 0 or 1, the last two
 * {@code 97 − (first 8 digits mod 97)}. Typed with or without dots and the {@code BE} prefix; a nine-digit
 * legacy number gets its leading 0 back. {@value #ABOLISHED_PSEUDO_NUMBER}, the pseudo number INAMI abolished
 * in 2021, passes the check but is refused.
 */
public record EnterpriseNumber(String value) {

    public static final String ABOLISHED_PSEUDO_NUMBER = "0999999922";

    public EnterpriseNumber {
        if (value == null || value.length() != 10 || !Normalizer.isDigits(value) || !structureHolds(value)) {
            throw new IllegalArgumentException("not an enterprise number");
        }
    }

    public static Parsed<EnterpriseNumber> parse(String input) {
        return parse(FieldKey.ENTERPRISE_NUMBER, input);
    }

    /** The rules for another field that holds an enterprise number (an eHealthBox of type CBE). */
    public static Parsed<EnterpriseNumber> parse(FieldKey field, String input) {
        String number = Normalizer.identifier(input);
        if (number.startsWith("BE")) {
            number = number.substring(2);
        }
        if (number.isEmpty()) {
            return Parsed.refused(Finding.error(field, FindingCodes.BLANK));
        }
        if (!Normalizer.isDigits(number)) {
            return Parsed.refused(Finding.error(field, FindingCodes.ENTERPRISE_NUMBER_FORMAT, GroupNumber.abbreviated(number)));
        }
        List<Finding> findings = new ArrayList<>();
        if (number.length() == 9) {
            number = "0" + number;
            findings.add(Finding.note(field, FindingCodes.ENTERPRISE_NUMBER_COMPLETED, number));
        }
        if (number.length() != 10) {
            findings.add(Finding.error(field, FindingCodes.ENTERPRISE_NUMBER_LENGTH, number.length()));
            return Parsed.refused(findings);
        }
        if (number.charAt(0) != '0' && number.charAt(0) != '1') {
            findings.add(Finding.error(field, FindingCodes.ENTERPRISE_NUMBER_FIRST_DIGIT, number.charAt(0)));
        }
        if (!checkDigitsHold(number)) {
            findings.add(Finding.error(field, FindingCodes.ENTERPRISE_NUMBER_CHECKSUM));
        } else if (number.equals(ABOLISHED_PSEUDO_NUMBER)) {
            findings.add(Finding.error(field, FindingCodes.ENTERPRISE_NUMBER_PSEUDO_NUMBER));
        }
        return Parsed.of(number, findings).map(EnterpriseNumber::new);
    }

    static boolean checkDigitsHold(String number) {
        return CheckDigits.lastTwo(number) == CheckDigits.mod97Complement(CheckDigits.digits(number, 0, 8));
    }

    private static boolean structureHolds(String number) {
        return (number.charAt(0) == '0' || number.charAt(0) == '1') && checkDigitsHold(number);
    }

    /** {@code 0428.759.497}. */
    public String readable() {
        return value.substring(0, 4) + "." + value.substring(4, 7) + "." + value.substring(7);
    }
}
