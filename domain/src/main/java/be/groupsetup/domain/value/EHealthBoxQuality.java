package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.field.Normalizer;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Parsed;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The quality of an eHealthBox. Underscores are optional when typing ({@code home services},
 * {@code home-services} and {@code HOME_SERVICES} are one quality). An unknown quality is kept, with a warning.
 */
public enum EHealthBoxQuality {
    GROUP, NURSE, INSTITUTION, HOME_SERVICES, MIDWIFE, MEDICAL_HOUSE;

    /** Letters, digits and underscores: what an identifier type or quality is made of. */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[A-Z0-9_]{1,40}");

    public static Optional<EHealthBoxQuality> fromCanonical(String value) {
        return Arrays.stream(values()).filter(quality -> quality.name().equals(value)).findFirst();
    }

    public static Parsed<String> parse(String input) {
        String quality = Normalizer.identifier(input);
        if (quality.isEmpty()) {
            return Parsed.refused(Finding.error(FieldKey.EHEALTH_BOX_QUALITY, FindingCodes.BLANK));
        }
        if (!WORD.matcher(quality).matches()) {
            return Parsed.refused(Finding.error(FieldKey.EHEALTH_BOX_QUALITY, FindingCodes.EHEALTH_BOX_QUALITY_FORMAT, GroupNumber.abbreviated(quality)));
        }
        String compact = quality.replace("_", "");
        for (EHealthBoxQuality known : values()) {
            if (known.name().replace("_", "").equals(compact)) {
                return Parsed.of(known.name(), List.of());
            }
        }
        return Parsed.of(quality, List.of(Finding.warning(FieldKey.EHEALTH_BOX_QUALITY,
                FindingCodes.EHEALTH_BOX_QUALITY_UNKNOWN, GroupNumber.abbreviated(quality), known())));
    }

    static String known() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
