package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.field.Normalizer;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Parsed;

import java.util.List;
import java.util.Set;

/**
 * "Type de mandat" and "Nr de mandat": a group or company gives access rights, never mandates, so the type is
 * always {@value #NO_MANDATE} and the number always empty. Anything else is refused with that reason.
 */
public final class Mandate {

    public static final String NO_MANDATE = "aucun";
    public static final String NO_NUMBER = "";
    private static final Set<String> NO_MANDATE_SPELLINGS = Set.of("AUCUN", "NONE", "GEEN");

    private Mandate() {
    }

    public static Parsed<String> parseType(String input) {
        String type = Normalizer.identifier(input);
        if (type.isEmpty()) {
            return Parsed.refused(Finding.error(FieldKey.MANDATE_TYPE, FindingCodes.BLANK));
        }
        if (NO_MANDATE_SPELLINGS.contains(type)) {
            return Parsed.of(NO_MANDATE, List.of());
        }
        return Parsed.refused(Finding.error(FieldKey.MANDATE_TYPE, FindingCodes.MANDATE_TYPE_NOT_ALLOWED,
                GroupNumber.abbreviated(Normalizer.text(input))));
    }

    public static Parsed<String> parseNumber(String input) {
        if (Normalizer.identifier(input).isEmpty()) {
            return Parsed.of(NO_NUMBER, List.of());
        }
        return Parsed.refused(Finding.error(FieldKey.MANDATE_NUMBER, FindingCodes.MANDATE_NUMBER_NOT_ALLOWED,
                GroupNumber.abbreviated(Normalizer.text(input))));
    }
}
