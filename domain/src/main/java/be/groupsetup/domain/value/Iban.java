package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.field.Normalizer;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Parsed;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A bank account number: a valid IBAN (country format and ISO 7064 mod-97 check digits, by iban4j), stored
 * compact and upper-case, shown in groups of four. A Belgian IBAN also passes the national check: the last
 * two digits equal the first ten BBAN digits mod 97 (97 when that is 0).
 */
public record Iban(String value) {

    public static final String BELGIUM = "BE";
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}");

    public Iban {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a compact upper-case IBAN");
        }
    }

    public static Parsed<Iban> parse(String input) {
        String iban = Normalizer.identifier(input);
        if (iban.isEmpty()) {
            return Parsed.refused(Finding.error(FieldKey.IBAN, FindingCodes.BLANK));
        }
        List<Finding> findings = new ArrayList<>();
        try {
            IbanUtil.validate(iban);
        } catch (InvalidCheckDigitException e) {
            findings.add(Finding.error(FieldKey.IBAN, FindingCodes.IBAN_CHECKSUM));
        } catch (UnsupportedCountryException e) {
            findings.add(Finding.error(FieldKey.IBAN, FindingCodes.IBAN_COUNTRY, iban.substring(0, Math.min(2, iban.length()))));
        } catch (IbanFormatException e) {
            findings.add(formatFinding(e, iban));
        }
        String country = iban.length() >= 2 ? iban.substring(0, 2) : iban;
        if (country.equals(BELGIUM)) {
            if (iban.length() == 16 && Normalizer.isDigits(iban.substring(2)) && !nationalCheckHolds(iban)) {
                findings.add(Finding.error(FieldKey.IBAN, FindingCodes.IBAN_NATIONAL_CHECK));
            }
        } else if (findings.stream().noneMatch(f -> f.code().equals(FindingCodes.IBAN_COUNTRY))) {
            findings.add(Finding.warning(FieldKey.IBAN, FindingCodes.IBAN_NOT_BELGIAN, country));
        }
        return Parsed.of(iban, findings).map(Iban::new);
    }

    private static Finding formatFinding(IbanFormatException e, String iban) {
        IbanFormatException.IbanFormatViolation violation = e.getFormatViolation();
        if (violation == null) {
            return Finding.error(FieldKey.IBAN, FindingCodes.IBAN_FORMAT);
        }
        return switch (violation) {
            case COUNTRY_CODE_TWO_LETTERS, COUNTRY_CODE_UPPER_CASE_LETTERS, COUNTRY_CODE_EXISTS, COUNTRY_CODE_NOT_NULL ->
                    Finding.error(FieldKey.IBAN, FindingCodes.IBAN_COUNTRY, iban.substring(0, Math.min(2, iban.length())));
            case BBAN_LENGTH -> expectedLength(iban)
                    .map(expected -> Finding.error(FieldKey.IBAN, FindingCodes.IBAN_LENGTH, expected, iban.length()))
                    .orElseGet(() -> Finding.error(FieldKey.IBAN, FindingCodes.IBAN_FORMAT));
            default -> Finding.error(FieldKey.IBAN, FindingCodes.IBAN_FORMAT);
        };
    }

    private static java.util.Optional<Integer> expectedLength(String iban) {
        try {
            return java.util.Optional.of(IbanUtil.getIbanLength(org.iban4j.CountryCode.getByCode(iban.substring(0, 2))));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static boolean nationalCheckHolds(String iban) {
        String bban = iban.substring(4);
        return CheckDigits.mod97OrNinetySeven(CheckDigits.digits(bban, 0, 10)) == CheckDigits.lastTwo(bban);
    }

    public String countryCode() {
        return value.substring(0, 2);
    }

    public boolean isBelgian() {
        return countryCode().equals(BELGIUM);
    }

    /**
     * The bank: the country plus the bank code as the country's IBAN format defines it (for Belgium the first
     * three BBAN digits). Two accounts of one bank give equal results.
     */
    public String bankIdentifier() {
        String bankCode;
        try {
            bankCode = IbanUtil.getBankCode(value);
        } catch (RuntimeException e) {
            bankCode = null;
        }
        return countryCode() + ":" + (bankCode == null ? value.substring(4) : bankCode);
    }

    /** The Belgian bank code (first three BBAN digits), for a Belgian IBAN. */
    public String belgianBankCode() {
        return value.substring(4, 7);
    }

    /** Groups of four, as printed on a bank card: {@code BE68 5390 0754 7034}. */
    public String readable() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(value, i, Math.min(value.length(), i + 4));
        }
        return out.toString();
    }
}
