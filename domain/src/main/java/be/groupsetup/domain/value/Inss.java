package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.field.Normalizer;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Parsed;

/**
 * A national number (INSS / NISS / SSIN) or BIS number: 11 digits whose last two are
 * {@code 97 − (first 9 mod 97)}, or the same over {@code 2} followed by the first nine digits for people born
 * from 2000. The date part is otherwise not checked, except that a number valid <em>only</em> under the
 * from-2000 rule whose year {@code 20YY} lies after the current year is a warning: nobody can be born then, but the
 * register's date part is not fully reliable.
 */
public record Inss(String value) {

    private static final long BORN_FROM_2000 = 2_000_000_000L;

    public Inss {
        if (value == null || value.length() != 11 || !Normalizer.isDigits(value) || !checkDigitsHold(value)) {
            throw new IllegalArgumentException("not an INSS number");
        }
    }

    /**
     * @param currentYear the year it is now (from the clock the caller was given), for the from-2000 rule's
     *                    birth year
     */
    public static Parsed<Inss> parse(FieldKey field, String input, int currentYear) {
        String number = Normalizer.identifier(input);
        if (number.isEmpty()) {
            return Parsed.refused(Finding.error(field, FindingCodes.BLANK));
        }
        if (!Normalizer.isDigits(number)) {
            return Parsed.refused(Finding.error(field, FindingCodes.INSS_FORMAT, GroupNumber.abbreviated(number)));
        }
        if (number.length() != 11) {
            return Parsed.refused(Finding.error(field, FindingCodes.INSS_LENGTH, number.length()));
        }
        if (!checkDigitsHold(number)) {
            return Parsed.refused(Finding.error(field, FindingCodes.INSS_CHECKSUM));
        }
        if (validOnlyFrom2000(number) && birthYearFrom2000(number) > currentYear) {
            return Parsed.of(new Inss(number), java.util.List.of(
                    Finding.warning(field, FindingCodes.EHEALTH_BOX_INSS_FUTURE, birthYearFrom2000(number))));
        }
        return Parsed.of(new Inss(number), java.util.List.of());
    }

    /** Valid under the from-2000 rule and not under the older one: the date part then reads 20YY. */
    static boolean validOnlyFrom2000(String number) {
        long base = CheckDigits.digits(number, 0, 9);
        int check = CheckDigits.lastTwo(number);
        return check == CheckDigits.mod97Complement(BORN_FROM_2000 + base)
                && check != CheckDigits.mod97Complement(base);
    }

    /** {@code 20YY}, YY being the first two digits. */
    private static int birthYearFrom2000(String number) {
        return 2000 + Integer.parseInt(number.substring(0, 2));
    }

    public static boolean checkDigitsHold(String number) {
        long base = CheckDigits.digits(number, 0, 9);
        int check = CheckDigits.lastTwo(number);
        return check == CheckDigits.mod97Complement(base) || check == CheckDigits.mod97Complement(BORN_FROM_2000 + base);
    }
}
