package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Parsed;

import java.util.List;
import java.util.Optional;

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

    public static Optional<EHealthBoxType> fromCanonical(String value) {
        return OpenIdentifier.fromCanonical(values(), value);
    }

    /** The canonical type for input: a known type or alias, or the normalised input with a warning. */
    public static Parsed<String> parse(String input) {
        return OpenIdentifier.parse(input, FieldKey.EHEALTH_BOX_TYPE, values(),
                (known, type) -> known.name().equals(type) || known.aliases.contains(type),
                type -> Finding.error(FieldKey.EHEALTH_BOX_TYPE, FindingCodes.EHEALTH_BOX_TYPE_FORMAT, type),
                (type, known) -> Finding.warning(FieldKey.EHEALTH_BOX_TYPE, FindingCodes.EHEALTH_BOX_TYPE_UNKNOWN,
                        type, known));
    }
}
