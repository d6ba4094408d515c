package be.groupsetup.presentation.letter;

import be.groupsetup.domain.field.FieldDisplay;
import be.groupsetup.domain.field.FieldKey;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a stored account or INAMI number is shown in a letter that leaves the tool (an e-mail may be forwarded): enough
 * to recognise it, not enough to use it (docs/rules.md §4.4).
 * <ul>
 *   <li>IBAN: the country and check digits and the last four characters, each group between them as four dots,
 *   whatever its length: {@code BE68 •••• •••• 7034};</li>
 *   <li>INAMI numbers (the nurse's, the reference care provider's, the group's own): every digit but the last four
 *   as a dot, in the readable layout: {@code •-•••••-•2-001}, {@code •••••••6-001}.</li>
 * </ul>
 * Every other field is shown as it is: the enterprise number and the mutuality are public, the names and the phone
 * are the group's own.
 */
public final class Masking {

    /** The character that stands for a hidden one. */
    public static final char HIDDEN = '•';

    /** The fields whose stored value a letter hides. */
    public static final Set<FieldKey> MASKED = EnumSet.of(FieldKey.IBAN, FieldKey.INAMI,
            FieldKey.REFERENCE_CARE_PROVIDER, FieldKey.GROUP_NUMBER);

    private static final int KEPT = 4;

    private Masking() {
    }

    /** The value in its readable form, hidden when the field is one of {@link #MASKED}. */
    public static String shown(FieldKey field, String value, boolean unmasked) {
        String readable = FieldDisplay.readable(field, value);
        if (readable == null || unmasked || !MASKED.contains(field)) {
            return readable;
        }
        return field == FieldKey.IBAN ? iban(value) : lastDigitsOnly(readable);
    }

    /**
     * {@code BE68539007547034} → {@code BE68 •••• •••• 7034}; a value too short to hide anything in (not a valid
     * IBAN) is all dots.
     */
    public static String iban(String compact) {
        String plain = compact.replace(" ", "");
        if (plain.length() <= 2 * KEPT) {
            return String.valueOf(HIDDEN).repeat(plain.length());
        }
        int middle = plain.length() - 2 * KEPT;
        String groups = (String.valueOf(HIDDEN).repeat(KEPT) + " ").repeat((middle + KEPT - 1) / KEPT);
        return plain.substring(0, KEPT) + " " + groups + plain.substring(plain.length() - KEPT);
    }

    /** Every digit but the last four as a dot, the separators kept: {@code 4-12345-02-001} → {@code •-•••••-•2-001}. */
    public static String lastDigitsOnly(String readable) {
        int digits = (int) readable.chars().filter(Character::isDigit).count();
        int toHide = digits <= KEPT ? digits : digits - KEPT;
        StringBuilder out = new StringBuilder(readable.length());
        for (int i = 0; i < readable.length(); i++) {
            char c = readable.charAt(i);
            if (Character.isDigit(c) && toHide > 0) {
                out.append(HIDDEN);
                toHide--;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A text about a field (a finding's sentence may quote the value) with every form of the stored value — as stored,
     * as shown, and in the INAMI layout a finding may use — replaced by its hidden form.
     */
    public static String hideIn(String text, FieldKey field, String value, boolean unmasked) {
        if (value == null || value.isEmpty() || unmasked || !MASKED.contains(field)) {
            return text;
        }
        String hidden = shown(field, value, false);
        String result = text;
        String readable = FieldDisplay.readable(field, value);
        for (String form : new String[] {readable, value, FieldDisplay.readable(FieldKey.INAMI, value)}) {
            if (form != null && !form.isEmpty()) {
                result = result.replace(form, hidden);
            }
        }
        return result;
    }
}
