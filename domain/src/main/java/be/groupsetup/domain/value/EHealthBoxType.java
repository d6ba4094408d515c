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
 * The identifier type of an eHealthBox. {@code SSIN} and {@code NISS} are read as {@code INSS}, {@code INAMI}
 * and {@code RIZIV} as {@code NIHII}, {@code BCE} and {@code KBO} as {@code CBE}. An unknown type is kept as
 * typed, with a warning: eHealth may know more types than this tool.
 */
public enum EHealthBoxType {
    NIHII("INAMI", "RIZIV"),
    CBE("BCE", "KBO"),
    INSS("SSIN", "NISS");

    private final List<String> aliases;

    EHealthBoxType(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /** Letters, digits and underscores: what an identifier type or quality is made of. */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[A-Z0-9_]{1,40}");

    public static Optional<EHealthBoxType> fromCanonical(String value) {
        return Arrays.stream(values()).filter(type -> type.name().equals(value)).findFirst();
    }

    /** The canonical type for input: a known type or alias, or the normalised input with a warning. */
    public static Parsed<String> parse(String input) {
        String type = Normalizer.identifier(input);
        if (type.isEmpty()) {
            return Parsed.refused(Finding.error(FieldKey.EHEALTH_BOX_TYPE, FindingCodes.BLANK));
        }
        if (!WORD.matcher(type).matches()) {
            return Parsed.refused(Finding.error(FieldKey.EHEALTH_BOX_TYPE, FindingCodes.EHEALTH_BOX_TYPE_FORMAT, GroupNumber.abbreviated(type)));
        }
        for (EHealthBoxType known : values()) {
            if (known.name().equals(type) || known.aliases.contains(type)) {
                return Parsed.of(known.name(), List.of());
            }
        }
        return Parsed.of(type, List.of(Finding.warning(FieldKey.EHEALTH_BOX_TYPE, FindingCodes.EHEALTH_BOX_TYPE_UNKNOWN,
                GroupNumber.abbreviated(type), known())));
    }

    static String known() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
