package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.field.Normalizer;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.reference.PostalDirectory;

import java.util.ArrayList;
import java.util.List;

/** A Belgian postal code: exactly four digits, 1000–9999. One missing from the postal table is a warning. */
public record PostalCode(String value) {

    public PostalCode {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("a Belgian postal code has 4 digits, 1000 to 9999");
        }
    }

    public static Parsed<PostalCode> parse(String input, PostalDirectory directory) {
        String code = withoutCountryPrefix(Normalizer.identifier(input));
        if (code.isEmpty()) {
            return Parsed.refused(Finding.error(FieldKey.POSTAL_CODE, FindingCodes.BLANK));
        }
        if (!isWellFormed(code)) {
            return Parsed.refused(Finding.error(FieldKey.POSTAL_CODE, FindingCodes.POSTAL_CODE_FORMAT, GroupNumber.abbreviated(code)));
        }
        List<Finding> findings = new ArrayList<>();
        if (!directory.isKnown(code)) {
            findings.add(Finding.warning(FieldKey.POSTAL_CODE, FindingCodes.POSTAL_CODE_UNKNOWN, code));
        }
        return Parsed.of(new PostalCode(code), findings);
    }

    /** {@code B-1000} and {@code BE-1000}, as addresses were once written, are the code 1000. */
    private static String withoutCountryPrefix(String code) {
        if (code.length() == 6 && code.startsWith("BE") && Normalizer.isDigits(code.substring(2))) {
            return code.substring(2);
        }
        if (code.length() == 5 && code.startsWith("B") && Normalizer.isDigits(code.substring(1))) {
            return code.substring(1);
        }
        return code;
    }

    private static boolean isWellFormed(String code) {
        return code != null && code.length() == 4 && Normalizer.isDigits(code) && code.charAt(0) != '0';
    }
}
