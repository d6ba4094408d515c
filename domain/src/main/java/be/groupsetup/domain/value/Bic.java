package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.field.Normalizer;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Parsed;
import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.UnsupportedCountryException;

import java.util.regex.Pattern;

/**
 * A BIC: 8 or 11 characters, four letters (institution), a two-letter country, two letters or digits
 * (location) and an optional three letters or digits (branch). The country must be a real one (iban4j).
 */
public record Bic(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

    public Bic {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a BIC");
        }
    }

    public static Parsed<Bic> parse(String input) {
        String bic = Normalizer.identifier(input);
        if (bic.isEmpty()) {
            return Parsed.refused(Finding.error(FieldKey.BIC, FindingCodes.BLANK));
        }
        if (!SHAPE.matcher(bic).matches()) {
            return Parsed.refused(Finding.error(FieldKey.BIC, FindingCodes.BIC_FORMAT, GroupNumber.abbreviated(bic)));
        }
        try {
            BicUtil.validate(bic);
        } catch (UnsupportedCountryException | BicFormatException e) {
            return Parsed.refused(Finding.error(FieldKey.BIC, FindingCodes.BIC_COUNTRY, bic.substring(4, 6)));
        }
        return Parsed.of(new Bic(bic), java.util.List.of());
    }

    /** Characters 5–6. */
    public String countryCode() {
        return value.substring(4, 6);
    }

    /** Institution, country and location: what identifies the bank, branch left out. */
    public String firstEight() {
        return value.substring(0, 8);
    }
}
