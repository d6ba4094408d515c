package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.field.Normalizer;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Parsed;

import java.util.List;

/**
 * "Unique Point de Contact": the three-digit number of the mutuality the group deals with. The procedure asks
 * for a Christian mutuality (national union 100, mutualities 101–199); another number may be right, so it is
 * only a warning.
 */
public record MutualityNumber(String value) {

    public static final int CHRISTIAN_UNION = 100;

    public MutualityNumber {
        if (value == null || value.length() != 3 || !Normalizer.isDigits(value)) {
            throw new IllegalArgumentException("a mutuality number has 3 digits");
        }
    }

    public static Parsed<MutualityNumber> parse(String input) {
        String number = Normalizer.identifier(input);
        if (number.isEmpty()) {
            return Parsed.refused(Finding.error(FieldKey.SINGLE_POINT_OF_CONTACT, FindingCodes.BLANK));
        }
        if (number.length() != 3 || !Normalizer.isDigits(number)) {
            return Parsed.refused(Finding.error(FieldKey.SINGLE_POINT_OF_CONTACT, FindingCodes.SINGLE_POINT_OF_CONTACT_FORMAT,
                    GroupNumber.abbreviated(number)));
        }
        int value = Integer.parseInt(number);
        List<Finding> findings;
        if (value == CHRISTIAN_UNION) {
            findings = List.of(Finding.warning(FieldKey.SINGLE_POINT_OF_CONTACT,
                    FindingCodes.SINGLE_POINT_OF_CONTACT_NATIONAL_UNION, number));
        } else if (value < CHRISTIAN_UNION || value > CHRISTIAN_UNION + 99) {
            findings = List.of(Finding.warning(FieldKey.SINGLE_POINT_OF_CONTACT,
                    FindingCodes.SINGLE_POINT_OF_CONTACT_NOT_CHRISTIAN, number));
        } else {
            findings = List.of();
        }
        return Parsed.of(new MutualityNumber(number), findings);
    }
}
