package be.groupsetup.domain.property;

import org.iban4j.CountryCode;
import org.iban4j.IbanUtil;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Valid Belgian identifiers, built from the published check-digit rules of docs/rules.md §1.5. The rules are written
 * here again, on purpose, without the main code's help: a test that asked the code under test how to make a
 * valid number would only check that the code agrees with itself.
 */
public final class Generators {

    /** The year of the tests' clock ({@code ConfigurationFixtures.CLOCK}): 5 December 2026. */
    public static final int CURRENT_YEAR = 2026;

    /** The pseudo number INAMI abolished in 2021: it passes the check, and is refused all the same. */
    public static final String ABOLISHED_PSEUDO_NUMBER = "0999999922";

    /** The two rules of INAMI check digits, over the first six digits (profession digit and serial). */
    public enum InamiRule {
        /** The historic rule: {@code 97 − (n mod 97)}. */
        MOD_97(97),
        /** Nurse numbers issued since 2012: {@code 89 − (n mod 89)}. */
        MOD_89(89);

        private final int modulus;

        InamiRule(int modulus) {
            this.modulus = modulus;
        }

        int checkDigits(String firstSix) {
            return modulus - (int) (Long.parseLong(firstSix) % modulus);
        }

        public boolean holds(String number) {
            return Integer.parseInt(number.substring(6, 8)) == checkDigits(number.substring(0, 6));
        }

        public InamiRule other() {
            return this == MOD_97 ? MOD_89 : MOD_97;
        }
    }

    /** The two rules of INSS (national or BIS number) check digits, over the first nine digits. */
    public enum InssRule {
        /** {@code 97 − (n mod 97)}. */
        BORN_BEFORE_2000(0L),
        /** The same over {@code 2} followed by the nine digits. */
        BORN_FROM_2000(2_000_000_000L);

        private final long offset;

        InssRule(long offset) {
            this.offset = offset;
        }

        int checkDigits(String firstNine) {
            return 97 - (int) ((offset + Long.parseLong(firstNine)) % 97);
        }

        public boolean holds(String number) {
            return Integer.parseInt(number.substring(9, 11)) == checkDigits(number.substring(0, 9));
        }

        public InssRule other() {
            return this == BORN_BEFORE_2000 ? BORN_FROM_2000 : BORN_BEFORE_2000;
        }
    }

    /** The countries iban4j knows the IBAN format of, Belgium left out. */
    private static final List<CountryCode> FOREIGN_IBAN_COUNTRIES = Arrays.stream(CountryCode.values())
            .filter(IbanUtil::isSupportedCountry)
            .filter(country -> country != CountryCode.BE)
            .toList();

    private static final List<String> BIC_COUNTRIES = Arrays.stream(CountryCode.values()).map(Enum::name).toList();
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String LETTERS_AND_DIGITS = LETTERS + "0123456789";

    /** Mobile prefixes libphonenumber knows as valid after the trunk 0 (04xx, then six digits). */
    private static final List<String> MOBILE_PREFIXES = List.of("455", "456", "460", "465", "466", "467", "468",
            "470", "471", "472", "473", "474", "475", "476", "477", "478", "479",
            "483", "484", "485", "486", "487", "488", "489",
            "490", "491", "492", "493", "494", "495", "496", "497", "498", "499");
    /** One-digit zones (Brussels, Antwerp, Liège, Ghent) with the subscriber's first digits in use. */
    private static final List<String> ONE_DIGIT_ZONES = List.of("22", "23", "24", "25", "26", "27", "28",
            "32", "33", "34", "35", "36", "37", "38", "42", "43", "92", "93", "94");
    private static final List<String> TWO_DIGIT_ZONES = List.of("10", "11", "12", "13", "14", "15", "16", "19",
            "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "63", "64", "65", "67", "68",
            "69", "71", "81", "82", "83", "84", "85", "86", "87", "89");

    private Generators() {
    }

    // ---- enterprise numbers -------------------------------------------------------------------------------

    /** Ten digits, the first 0 or 1, the last two {@code 97 − (first 8 mod 97)}; never the abolished pseudo number. */
    public static String enterpriseNumber(Random random) {
        while (true) {
            String firstEight = (random.nextBoolean() ? "0" : "1") + digits(random, 7);
            String number = firstEight + twoDigits(97 - (int) (Long.parseLong(firstEight) % 97));
            if (!number.equals(ABOLISHED_PSEUDO_NUMBER)) {
                return number;
            }
        }
    }

    /** An enterprise number starting with 0, so that its nine-digit legacy spelling exists. */
    public static String enterpriseNumberStartingWithZero(Random random) {
        while (true) {
            String number = enterpriseNumber(random);
            if (number.charAt(0) == '0') {
                return number;
            }
        }
    }

    public static boolean enterpriseCheckHolds(String number) {
        return Integer.parseInt(number.substring(8)) == 97 - (int) (Long.parseLong(number.substring(0, 8)) % 97);
    }

    // ---- INAMI numbers ------------------------------------------------------------------------------------

    /** {@code P SSSSS CC QQQ} with check digits under {@code rule}. */
    public static String inami(Random random, char profession, InamiRule rule) {
        String firstSix = profession + digits(random, 5);
        return firstSix + twoDigits(rule.checkDigits(firstSix)) + digits(random, 3);
    }

    public static InamiRule inamiRule(Random random) {
        return random.nextBoolean() ? InamiRule.MOD_97 : InamiRule.MOD_89;
    }

    /** A profession digit other than 4 (nurses and midwives). */
    public static char otherProfession(Random random) {
        return pick(random, List.of('0', '1', '2', '3', '5', '6', '7', '8', '9'));
    }

    public static boolean inamiCheckHolds(String number) {
        return InamiRule.MOD_97.holds(number) || InamiRule.MOD_89.holds(number);
    }

    // ---- group numbers ------------------------------------------------------------------------------------

    /** {@code 94} followed by 6 (8 digits in all) or 9 digits (11 in all). */
    public static String groupNumber(Random random, int length) {
        return "94" + digits(random, length - 2);
    }

    // ---- IBANs --------------------------------------------------------------------------------------------

    /**
     * A Belgian IBAN: a three-digit bank code and a seven-digit account, the national check (first ten BBAN
     * digits mod 97, 97 when that is 0), and the ISO 7064 mod 97-10 check digits over all of it.
     */
    public static String belgianIban(Random random) {
        String firstTen = digits(random, 10);
        int remainder = (int) (Long.parseLong(firstTen) % 97);
        String bban = firstTen + twoDigits(remainder == 0 ? 97 : remainder);
        return "BE" + ibanCheckDigits("BE", bban) + bban;
    }

    /** A valid IBAN of another country iban4j knows, drawn by iban4j from the case's random source. */
    public static String foreignIban(Random random) {
        CountryCode country = pick(random, FOREIGN_IBAN_COUNTRIES);
        return new org.iban4j.Iban.Builder(random).countryCode(country).buildRandom().toString();
    }

    /** ISO 7064 mod 97-10: {@code 98 − (BBAN + country + "00", letters read as 10–35) mod 97}. */
    public static String ibanCheckDigits(String country, String bban) {
        return twoDigits(98 - mod97(bban + country + "00"));
    }

    /** True when the IBAN's own check digits hold (ISO 7064 mod 97-10 over the rearranged IBAN). */
    public static boolean ibanCheckHolds(String iban) {
        return mod97(iban.substring(4) + iban.substring(0, 4)) == 1;
    }

    private static int mod97(String alphanumeric) {
        int remainder = 0;
        for (int i = 0; i < alphanumeric.length(); i++) {
            int value = Character.digit(alphanumeric.charAt(i), 36);
            remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
        }
        return remainder;
    }

    // ---- INSS ---------------------------------------------------------------------------------------------

    /** Nine digits (the date part is never checked) and the check digits under {@code rule}. */
    /**
     * Eleven digits valid under the rule. Under the from-2000 rule the year digits stay at or before
     * {@link #CURRENT_YEAR}: a later year is a warning ({@code ehealth-box.inss-future}), not a silent value.
     */
    public static String inss(Random random, InssRule rule) {
        String firstNine = rule == InssRule.BORN_FROM_2000
                ? twoDigits(random.nextInt(CURRENT_YEAR - 2000 + 1)) + digits(random, 7)
                : digits(random, 9);
        return firstNine + twoDigits(rule.checkDigits(firstNine));
    }

    public static InssRule inssRule(Random random) {
        return random.nextBoolean() ? InssRule.BORN_BEFORE_2000 : InssRule.BORN_FROM_2000;
    }

    public static boolean inssCheckHolds(String number) {
        return InssRule.BORN_BEFORE_2000.holds(number) || InssRule.BORN_FROM_2000.holds(number);
    }

    // ---- BIC, postal code, mutuality ----------------------------------------------------------------------

    /** Four letters, a country iban4j knows, two letters or digits, and sometimes a three-character branch. */
    public static String bic(Random random) {
        return bic(random, pick(random, BIC_COUNTRIES));
    }

    public static String bic(Random random, String country) {
        StringBuilder bic = new StringBuilder(11);
        for (int i = 0; i < 4; i++) {
            bic.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        bic.append(country);
        int rest = random.nextBoolean() ? 2 : 5;
        for (int i = 0; i < rest; i++) {
            bic.append(LETTERS_AND_DIGITS.charAt(random.nextInt(LETTERS_AND_DIGITS.length())));
        }
        return bic.toString();
    }

    /** 1000–9999, in the postal table or not. */
    public static String postalCode(Random random) {
        return String.valueOf(1000 + random.nextInt(9000));
    }

    /** Any three digits: the Christian mutualities (101–199), the union (100), the others. */
    public static String mutualityNumber(Random random) {
        return digits(random, 3);
    }

    // ---- phone numbers ------------------------------------------------------------------------------------

    /** A Belgian national significant number (no trunk 0): a mobile (9 digits) or a fixed line (8 digits). */
    public static String belgianNationalNumber(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> pick(random, MOBILE_PREFIXES) + digits(random, 6);
            case 1 -> pick(random, ONE_DIGIT_ZONES) + digits(random, 6);
            default -> pick(random, TWO_DIGIT_ZONES) + digits(random, 6);
        };
    }

    /** Digits 1–3 of the national number: the zone as written in Belgium ({@code 0470}, {@code 02}, {@code 050}). */
    static int zoneLength(String nationalNumber) {
        if (nationalNumber.length() == 9) {
            return 3;
        }
        return ONE_DIGIT_ZONES.contains(nationalNumber.substring(0, 2)) ? 1 : 2;
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    public static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    public static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    @SafeVarargs
    public static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }

    static String twoDigits(int value) {
        return String.format("%02d", value);
    }
}
