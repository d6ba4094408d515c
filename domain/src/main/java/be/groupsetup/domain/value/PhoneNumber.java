package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.field.Normalizer;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Parsed;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.ArrayList;
import java.util.List;

/**
 * A phone number, parsed by libphonenumber with Belgium as the default region ({@code 0470 12 34 56},
 * {@code +32 470 12 34 56}, {@code 02/226.88.88}). Stored E.164 ({@code +32470123456}); shown in the national
 * format for a Belgian number, the international one otherwise.
 */
public record PhoneNumber(String value) {

    public static final String DEFAULT_REGION = "BE";
    /** What libphonenumber answers for a country calling code it does not know. */
    private static final String UNKNOWN_REGION = "ZZ";
    /** Longer input is not a phone number, and libphonenumber need not read it. */
    private static final int MAX_INPUT = 64;

    private static final java.util.regex.Pattern E164 = java.util.regex.Pattern.compile("\\+[1-9][0-9]{3,14}");

    public PhoneNumber {
        if (value == null || !E164.matcher(value).matches()) {
            throw new IllegalArgumentException("not an E.164 phone number");
        }
    }

    public static Parsed<PhoneNumber> parse(String input) {
        String text = Normalizer.text(input);
        if (text.isEmpty()) {
            return Parsed.refused(Finding.error(FieldKey.PHONE, FindingCodes.BLANK));
        }
        if (text.length() > MAX_INPUT) {
            return Parsed.refused(Finding.error(FieldKey.PHONE, FindingCodes.PHONE_INVALID, abbreviated(text)));
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        Phonenumber.PhoneNumber number = e164(util, text);
        if (number == null) {
            try {
                number = util.parse(text, DEFAULT_REGION);
            } catch (NumberParseException e) {
                return Parsed.refused(Finding.error(FieldKey.PHONE, FindingCodes.PHONE_INVALID, text));
            }
        }
        if (!util.isValidNumber(number)) {
            return Parsed.refused(Finding.error(FieldKey.PHONE, FindingCodes.PHONE_INVALID, text));
        }
        List<Finding> findings = new ArrayList<>();
        String region = util.getRegionCodeForNumber(number);
        if (region == null || "001".equals(region)) {
            findings.add(Finding.of(FieldKey.PHONE, be.groupsetup.domain.finding.Severity.WARNING,
                    FindingCodes.PHONE_NOT_BELGIAN, FindingCodes.PHONE_NOT_BELGIAN_NON_GEOGRAPHIC));
        } else if (!DEFAULT_REGION.equals(region)) {
            findings.add(Finding.warning(FieldKey.PHONE, FindingCodes.PHONE_NOT_BELGIAN, region));
        }
        return Parsed.of(new PhoneNumber(util.format(number, PhoneNumberFormat.E164)), findings);
    }

    /**
     * The number of a value already in E.164 form (how every stored phone reads), without libphonenumber's
     * tolerant parser, whose regular expressions cost most of a whole configuration's check. Country calling
     * codes are prefix-free, so the first one to three digits that name a known code are the code. Null when
     * the value is not plain E.164 (or its national part starts with 0): the parser then decides, as always.
     */
    private static Phonenumber.PhoneNumber e164(PhoneNumberUtil util, String text) {
        if (!E164.matcher(text).matches()) {
            return null;
        }
        for (int length = 1; length <= 3 && length < text.length() - 1; length++) {
            int code = Integer.parseInt(text.substring(1, 1 + length));
            if (!UNKNOWN_REGION.equals(util.getRegionCodeForCountryCode(code))) {
                String national = text.substring(1 + length);
                if (national.charAt(0) == '0') {
                    return null;
                }
                return new Phonenumber.PhoneNumber().setCountryCode(code).setNationalNumber(Long.parseLong(national));
            }
        }
        return null;
    }

    /** {@code 0470 12 34 56} for a Belgian number, {@code +31 20 123 4567} for another. */
    public String readable() {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            Phonenumber.PhoneNumber number = util.parse(value, DEFAULT_REGION);
            boolean belgian = DEFAULT_REGION.equals(util.getRegionCodeForNumber(number));
            return util.format(number, belgian ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return value;
        }
    }

    private static String abbreviated(String text) {
        return text.substring(0, 20) + "…";
    }
}
