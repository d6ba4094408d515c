package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.field.Normalizer;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Parsed;

import java.util.ArrayList;
import java.util.List;

/**
 * A name or address: company name, city, street, first and last name. Characters and case are kept
 * (accents, apostrophes and hyphens are normal); it must not be blank, be longer than {@value #MAX_LENGTH}
 * characters or hold control characters.
 */
public record FreeText(String value) {

    public static final int MAX_LENGTH = 100;

    public FreeText {
        if (value == null || !value.equals(Normalizer.text(value)) || !problems(FieldKey.COMPANY_NAME, value, MAX_LENGTH).isEmpty()) {
            throw new IllegalArgumentException("not a valid text value");
        }
    }

    public static Parsed<FreeText> parse(FieldKey field, String input) {
        return parseValue(field, input).map(FreeText::new);
    }

    /** The same rules, giving the canonical text without building the record (the checks of a whole configuration). */
    public static Parsed<String> parseValue(FieldKey field, String input) {
        String text = Normalizer.text(input);
        return Parsed.of(text, problems(field, text, MAX_LENGTH));
    }

    /** The checks shared by every free-text field: blank, length, control characters. */
    static List<Finding> problems(FieldKey field, String text, int maxLength) {
        List<Finding> findings = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            findings.add(Finding.error(field, FindingCodes.BLANK));
            return findings;
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            findings.add(Finding.error(field, FindingCodes.TEXT_TOO_LONG, maxLength, length));
        }
        int control = firstCodePoint(text, FreeText::isControl);
        if (control >= 0) {
            findings.add(Finding.error(field, FindingCodes.TEXT_CONTROL_CHARACTER, codePointName(control)));
        }
        return findings;
    }

    /** The first code point the test accepts, or -1. */
    static int firstCodePoint(String text, java.util.function.IntPredicate test) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (test.test(codePoint)) {
                return codePoint;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }

    static String codePointName(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
