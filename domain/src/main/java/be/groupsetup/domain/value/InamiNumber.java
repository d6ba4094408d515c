package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.field.Normalizer;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Parsed;

import java.util.ArrayList;
import java.util.List;

/**
 * An INAMI (RIZIV / NIHII) number of a care provider: 11 digits {@code P SSSSS CC QQQ}: profession digit,
 * five-digit serial, two check digits, three-digit qualification code; shown {@code 4-12345-02-001}.
 * <p>
 * The check digits follow {@code 97 − (first 6 digits mod 97)}, or, for nurse numbers issued since 2012,
 * {@code 89 − (n mod 89)}. The exact form of the newer rule is not published, so a number matching neither is
 * only a warning.
 */
public record InamiNumber(String value) {

    public static final int LENGTH = 11;
    /** Nurses and midwives. */
    public static final char NURSE_PROFESSION = '4';

    public InamiNumber {
        if (value == null || value.length() != LENGTH || !Normalizer.isDigits(value)) {
            throw new IllegalArgumentException("an INAMI number has 11 digits");
        }
    }

    /** The representing nurse's number ({@code inami}): the profession digit must be 4. */
    public static Parsed<InamiNumber> parseNurse(String input) {
        return parse(FieldKey.INAMI, input, true);
    }

    /** Any care provider's number ({@code reference-care-provider}). */
    public static Parsed<InamiNumber> parseCareProvider(String input) {
        return parse(FieldKey.REFERENCE_CARE_PROVIDER, input, false);
    }

    private static Parsed<InamiNumber> parse(FieldKey field, String input, boolean nurseOnly) {
        String number = Normalizer.identifier(input);
        if (number.isEmpty()) {
            return Parsed.refused(Finding.error(field, FindingCodes.BLANK));
        }
        if (!Normalizer.isDigits(number)) {
            return Parsed.refused(Finding.error(field, FindingCodes.INAMI_FORMAT, GroupNumber.abbreviated(number)));
        }
        List<Finding> findings = new ArrayList<>();
        if (number.length() == 8) {
            findings.add(Finding.of(field, be.groupsetup.domain.finding.Severity.ERROR, FindingCodes.INAMI_LENGTH,
                    FindingCodes.INAMI_LENGTH_QUALIFICATION_MISSING, number.length()));
        } else if (number.length() != LENGTH) {
            findings.add(Finding.error(field, FindingCodes.INAMI_LENGTH, number.length()));
        }
        if (nurseOnly && number.charAt(0) != NURSE_PROFESSION) {
            findings.add(Finding.error(field, FindingCodes.INAMI_PROFESSION, number.charAt(0)));
        }
        if ((number.length() == 8 || number.length() == LENGTH) && !checkDigitsHold(number)) {
            findings.add(Finding.warning(field, FindingCodes.INAMI_CHECKSUM));
        }
        return Parsed.of(number, findings).map(InamiNumber::new);
    }

    /** True when digits 7–8 follow the modulo-97 or the modulo-89 rule over the first six digits. */
    public static boolean checkDigitsHold(String number) {
        long base = CheckDigits.digits(number, 0, 6);
        int check = Integer.parseInt(number.substring(6, 8));
        return check == CheckDigits.mod97Complement(base) || check == CheckDigits.mod89Complement(base);
    }

    /** {@code 4-12345-02-001}. */
    public String readable() {
        return value.charAt(0) + "-" + value.substring(1, 6) + "-" + value.substring(6, 8) + "-" + value.substring(8);
    }
}
