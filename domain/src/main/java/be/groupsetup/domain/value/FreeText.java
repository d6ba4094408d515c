package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.field.Normalizer;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.text.UnsafeCharacters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A name or address: company name, city, street, first and last name. Characters and case are kept
 * (accents, apostrophes and hyphens are normal); it must not be blank, be longer than {@value #MAX_LENGTH}
 * characters or hold a character that can act ({@link UnsafeCharacters}; a TAB is read as a blank).
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

    /** The checks shared by every free-text field: blank, length, a character that can act. */
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
        unsafeCharacter(field, text).ifPresent(findings::add);
        return findings;
    }

    /**
     * The error for a value of any field that holds a character that can act ({@link UnsafeCharacters}: controls,
     * format characters such as bidi overrides and zero-width characters, lone surrogates, private use, line and
     * paragraph separators), naming the first one (as {@code U+202E}) and its position in the value as read (surrounding
     * blanks trimmed, a TAB read as a blank). One rule for every field, the identifiers included.
     */
    public static Optional<Finding> unsafeCharacter(FieldKey field, String text) {
        return UnsafeCharacters.first(text).map(found ->
                Finding.error(field, FindingCodes.TEXT_CONTROL_CHARACTER, found.name(), found.position()));
    }
}
