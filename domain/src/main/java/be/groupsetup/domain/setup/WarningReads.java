package be.groupsetup.domain.setup;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.FindingCodes;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which stored values each warning's rule reads: an acknowledgement keeps them, and holds only while they are
 * unchanged. A rule reads the field it is raised on; the rules that tie fields together read the others too
 * (docs/findings.md, column "reads").
 */
public final class WarningReads {

    private static final Set<FieldKey> EHEALTH_BOX =
            EnumSet.of(FieldKey.EHEALTH_BOX, FieldKey.EHEALTH_BOX_TYPE, FieldKey.EHEALTH_BOX_QUALITY);

    private static final Map<String, Set<FieldKey>> ALSO_READ = Map.of(
            FindingCodes.CITY_POSTAL_CODE_MISMATCH, EnumSet.of(FieldKey.CITY, FieldKey.POSTAL_CODE),
            FindingCodes.BIC_BANK_MISMATCH, EnumSet.of(FieldKey.IBAN, FieldKey.BIC),
            FindingCodes.EHEALTH_BOX_PARTIAL, EHEALTH_BOX,
            FindingCodes.EHEALTH_BOX_INSS_FUTURE, EnumSet.of(FieldKey.EHEALTH_BOX, FieldKey.EHEALTH_BOX_TYPE));

    private WarningReads() {
    }

    /** The fields the rule behind {@code code} reads when it is raised on {@code field}, in screen order. */
    public static Set<FieldKey> of(String code, FieldKey field) {
        Set<FieldKey> reads = EnumSet.noneOf(FieldKey.class);
        if (field != null) {
            reads.add(field);
        }
        reads.addAll(ALSO_READ.getOrDefault(code, Set.of()));
        return reads;
    }
}
