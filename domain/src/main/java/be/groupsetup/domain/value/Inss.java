package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.field.Normalizer;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Parsed;

/**
 * A national number (INSS / NISS / SSIN) or BIS number: 11 digits whose last two are
 * {@code 97 − (first 9 mod 97)}, or the same over {@code 2} followed by the first nine digits for people born
 * from 2000. The date part is never checked.
 */
public record Inss(String value) {

    private static final long BORN_FROM_2000 = 2_000_000_000L;

    public Inss {
        if (value == null || value.length() != 11 || !Normalizer.isDigits(value) || !checkDigitsHold(value)) {
            throw new IllegalArgumentException("not an INSS number");
        }
    }

    public static Parsed<Inss> parse(FieldKey field, String input) {
        String number = Normalizer.identifier(input);
        if (number.isEmpty()) {
            return Parsed.refused(Finding.error(field, "blank"));
        }
        if (!Normalizer.isDigits(number)) {
            return Parsed.refused(Finding.error(field, "inss.format", GroupNumber.abbreviated(number)));
        }
        if (number.length() != 11) {
            return Parsed.refused(Finding.error(field, "inss.length", number.length()));
        }
        if (!checkDigitsHold(number)) {
            return Parsed.refused(Finding.error(field, "inss.checksum"));
        }
        return Parsed.of(new Inss(number), java.util.List.of());
    }

    public static boolean checkDigitsHold(String number) {
        long base = CheckDigits.digits(number, 0, 9);
        int check = CheckDigits.lastTwo(number);
        return check == CheckDigits.mod97Complement(base) || check == CheckDigits.mod97Complement(BORN_FROM_2000 + base);
    }
}
