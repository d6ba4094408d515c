package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Parsed;

import java.util.Optional;

/**
 * The quality of an eHealthBox. Underscores are optional when typing ({@code home services},
 * {@code home-services} and {@code HOME_SERVICES} are one quality). An unknown quality is kept, with a warning.
 */
public enum EHealthBoxQuality {
    GROUP, NURSE, INSTITUTION, HOME_SERVICES, MIDWIFE, MEDICAL_HOUSE;

    public static Optional<EHealthBoxQuality> fromCanonical(String value) {
        return OpenIdentifier.fromCanonical(values(), value);
    }

    public static Parsed<String> parse(String input) {
        return OpenIdentifier.parse(input, FieldKey.EHEALTH_BOX_QUALITY, values(),
                (known, quality) -> known.name().replace("_", "").equals(quality.replace("_", "")),
                quality -> Finding.error(FieldKey.EHEALTH_BOX_QUALITY, FindingCodes.EHEALTH_BOX_QUALITY_FORMAT,
                        quality),
                (quality, known) -> Finding.warning(FieldKey.EHEALTH_BOX_QUALITY,
                        FindingCodes.EHEALTH_BOX_QUALITY_UNKNOWN, quality, known));
    }
}
