package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.field.Normalizer;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Parsed;

import java.util.ArrayList;
import java.util.List;

/**
 * The group's number ("Partie Tiers Payant" and "Nr de groupe"): 11 digits. Eight digits are completed with
 * {@code 001}, as the procedure says. INAMI gives nursing groups numbers that start with {@code 94}; a number
 * that has the form of a nurse's personal INAMI number is a warning of its own.
 * The number is the configuration's identity and the only input that ever names a stored file.
 */
public record GroupNumber(String value) implements Comparable<GroupNumber> {

    public static final int LENGTH = 11;
    public static final String GROUP_PREFIX = "94";
    public static final String DEFAULT_SUFFIX = "001";

    public GroupNumber {
        if (!isCanonical(value)) {
            throw new IllegalArgumentException("a group number has 11 digits");
        }
    }

    /** True for exactly eleven ASCII digits: the stored form. */
    public static boolean isCanonical(String value) {
        return value != null && value.length() == LENGTH && Normalizer.isDigits(value);
    }

    public static Parsed<GroupNumber> parse(String input) {
        if (input != null && !isCanonical(input)) {
            // a line break or separator would be dropped by the normalisation; a character that can act never passes
            java.util.Optional<Finding> unsafe = FreeText.unsafeCharacter(FieldKey.GROUP_NUMBER, Normalizer.text(input));
            if (unsafe.isPresent()) {
                return Parsed.refused(unsafe.get());
            }
        }
        String number = Normalizer.identifier(input);
        if (number.isEmpty()) {
            return Parsed.refused(Finding.error(FieldKey.GROUP_NUMBER, FindingCodes.BLANK));
        }
        if (!Normalizer.isDigits(number)) {
            return Parsed.refused(Finding.error(FieldKey.GROUP_NUMBER, FindingCodes.GROUP_NUMBER_FORMAT, abbreviated(number)));
        }
        List<Finding> findings = new ArrayList<>();
        if (number.length() == 8) {
            number = number + DEFAULT_SUFFIX;
            findings.add(Finding.note(FieldKey.GROUP_NUMBER, FindingCodes.GROUP_NUMBER_COMPLETED, number));
        } else if (number.length() != LENGTH) {
            return Parsed.refused(Finding.error(FieldKey.GROUP_NUMBER, FindingCodes.GROUP_NUMBER_LENGTH, number.length()));
        }
        if (hasPersonalInamiForm(number)) {
            // one mistake, one warning: this one says more than group-number.prefix would
            findings.add(Finding.warning(FieldKey.GROUP_NUMBER, FindingCodes.GROUP_NUMBER_PERSONAL_INAMI,
                    new InamiNumber(number).readable()));
        } else if (!number.startsWith(GROUP_PREFIX)) {
            findings.add(Finding.warning(FieldKey.GROUP_NUMBER, FindingCodes.GROUP_NUMBER_PREFIX, number.substring(0, 2)));
        }
        return Parsed.of(new GroupNumber(number), findings);
    }

    /**
     * True when the eleven digits have the form of a nurse's personal INAMI number: the nurse profession digit
     * first and check digits that follow the INAMI 97- or 89-rule.
     */
    static boolean hasPersonalInamiForm(String number) {
        return number.charAt(0) == InamiNumber.NURSE_PROFESSION && InamiNumber.checkDigitsHold(number);
    }

    /** The first eight digits, which identify the group (or, by mistake, a nurse). */
    public String firstEight() {
        return value.substring(0, 8);
    }

    /** {@code 94123456-001}. */
    public String readable() {
        return value.substring(0, 8) + "-" + value.substring(8);
    }

    @Override
    public int compareTo(GroupNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    static String abbreviated(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
