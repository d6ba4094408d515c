package be.groupsetup.domain.property;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Anything a user, a script or a damaged file may hand to a parser: empty and blank strings, huge ones,
 * control characters, lone surrogates, emoji, other scripts and their digits, bidirectional and zero-width
 * marks, digits mixed with separators, and valid identifiers slightly damaged (a look-alike digit, an
 * invisible character, a character too many or too few).
 */
public final class ArbitraryStrings {

    public static final int HUGE = 100_000;

    private static final List<String> BLANKS = List.of(" ", "\t", "\n", "\r", "\u00A0", "\u2007", "\u202F",
            "\u3000", "\u2028", "\u2029", "\u000B", "\u000C", "\u001F", "\u0085");
    private static final List<String> INVISIBLE = List.of("\u200B", "\u200C", "\u200D", "\u200E", "\u200F",
            "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\uFEFF",
            "\u2060", "\u00AD", "\u061C", "\u034F", "\u180E");
    private static final List<String> SCRIPTS = List.of("Бельгия", "Брюссель", "بلجيكا", "бизнес", "比利时",
            "布鲁塞尔", "日本語", "한국어", "עברית", "ελληνικά", "हिन्दी", "ภาษาไทย", "Ⅻ", "ﷺ", "ﬀ", "ǅ", "İı",
            "ß", "ŉ", "ǰ", "ΐ", "Ω", "K", "Å");
    /** Digits that {@link Character#isDigit} accepts and that are not ASCII. */
    private static final List<Character> OTHER_ZEROS =
            List.of('\u0660', '\u06F0', '\u0966', '\u09E6', '\u0E50', '\uFF10', '\u1040');
    private static final List<String> EMOJI = List.of("😀", "👩‍⚕️", "🇧🇪", "👍🏽", "🏥", "💶", "1️⃣", "#️⃣",
            "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "𝟘𝟙𝟚", "𝐀𝐁𝐂", "\uDB40\uDC01");
    private static final List<String> TOKENS = List.of("null", "NULL", "NaN", "-1", "0", "+", "++32", "00", "BE",
            "be", "NL", "%s", "%n", "{0}", "${jndi:ldap://x}", "\\", "\\u0000", "'; DROP TABLE groups;--", "\"",
            "<b>", "&amp;", "aucun", "none", "geen", "SSIN", "NISS", "INAMI", "GROUP", "home services",
            "9223372036854775808", "99999999999999999999", "-0", "1e9", "0x1F", "٩٩", "½", "²", "①");
    private static final String DIGITS_AND_SEPARATORS = "0123456789 .-/()\u00A0+";

    private ArbitraryStrings() {
    }

    /** The cases every run tries, whatever the seed. {@code null} stands for an input that is absent. */
    public static List<String> landmarks() {
        return Collections.unmodifiableList(Arrays.asList(
                null, "", " ", " \t\n\r ", "\u00A0\u2007\u202F\u3000", "\u2028\u2029",
                "x".repeat(HUGE), "9".repeat(HUGE), "./-() ".repeat(HUGE / 6), "😀".repeat(HUGE / 2),
                "\uD800".repeat(HUGE),
                "\u0000", "\u0007", "\u007F", "\u0085", "\u009F", "\uD800", "\uDFFF", "\uDC00\uD800", "a\uD800b",
                "😀", "👩‍⚕️", "🇧🇪", "\u200F0428759497", "0428\u200B759497", "\u202Eabc", "\uFEFF94123456",
                "٠٤٢٨٧٥٩٤٩٧", "０４２８７５９４９７", "BE６８５３９００７５４７０３４", "BE68٥٣٩٠٠٧٥٤٧٠٣٤",
                "４１２３４５０２００１", "９４１２３４５６", "٠٤٧٠١٢٣٤٥٦", "+٣٢٤٧٠١٢٣٤٥٦", "BE", "+", "00",
                "()", ".", "-", "/", "BE68\n5390\n0754\n7034", "04281\u2013759\u2013497", "BE0428759497BE",
                // line breaks at the edge, shielded from trimming by a separator
                "-\nCBE", "(\u2028GROUP)", "nurse\r\n."));
    }

    public static String next(Random random) {
        if (random.nextInt(3) > 0) {
            return fragment(random);
        }
        StringBuilder mixed = new StringBuilder();
        int fragments = 2 + random.nextInt(3);
        for (int i = 0; i < fragments; i++) {
            mixed.append(fragment(random));
        }
        return mixed.toString();
    }

    private static String fragment(Random random) {
        return switch (random.nextInt(13)) {
            case 0 -> "";
            case 1 -> repeat(1 + random.nextInt(6), () -> Generators.pick(random, BLANKS));
            case 2 -> random.nextInt(40) == 0 ? huge(random) : digitsAndSeparators(random);
            case 3 -> controls(random);
            case 4 -> surrogates(random);
            case 5 -> repeat(1 + random.nextInt(4), () -> Generators.pick(random, EMOJI));
            case 6 -> repeat(1 + random.nextInt(3), () -> Generators.pick(random, SCRIPTS));
            case 7 -> invisibleAround(random, nearlyValid(random));
            case 8 -> digitsAndSeparators(random);
            case 9, 10 -> nearlyValid(random);
            case 11 -> randomCodePoints(random);
            default -> Generators.pick(random, TOKENS);
        };
    }

    private static String huge(Random random) {
        String unit = Generators.pick(random, "0", "9 ", "A", "4-", "é", "\u00A0", "😀", "\u0000", ")(");
        return unit.repeat(HUGE / unit.length());
    }

    private static String digitsAndSeparators(Random random) {
        int length = random.nextInt(40);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(DIGITS_AND_SEPARATORS.charAt(random.nextInt(DIGITS_AND_SEPARATORS.length())));
        }
        return out.toString();
    }

    private static String controls(Random random) {
        StringBuilder out = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(3);
            if (kind == 0) {
                out.append((char) random.nextInt(0x20));
            } else if (kind == 1) {
                out.append((char) (0x7F + random.nextInt(0x21)));
            } else {
                out.append((char) ('0' + random.nextInt(10)));
            }
        }
        return out.toString();
    }

    private static String surrogates(Random random) {
        StringBuilder out = new StringBuilder();
        int length = 1 + random.nextInt(6);
        for (int i = 0; i < length; i++) {
            out.append((char) (0xD800 + random.nextInt(0x800)));
            if (random.nextBoolean()) {
                out.append((char) ('0' + random.nextInt(10)));
            }
        }
        return out.toString();
    }

    private static String randomCodePoints(Random random) {
        StringBuilder out = new StringBuilder();
        int length = 1 + random.nextInt(20);
        for (int i = 0; i < length; i++) {
            int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x110000) : random.nextInt(0x3000);
            out.appendCodePoint(codePoint);
        }
        return out.toString();
    }

    private static String invisibleAround(Random random, String text) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        return text.substring(0, at) + Generators.pick(random, INVISIBLE) + text.substring(at);
    }

    /** A valid value of some field, typed with separators, then perhaps damaged a little. */
    static String nearlyValid(Random random) {
        String valid = switch (random.nextInt(12)) {
            case 0 -> Spellings.respellEnterpriseNumber(random, Generators.enterpriseNumber(random));
            case 1 -> Spellings.respell(random, Generators.inami(random, '4', Generators.inamiRule(random)));
            case 2 -> Spellings.respell(random, Generators.groupNumber(random, random.nextBoolean() ? 8 : 11));
            case 3 -> Spellings.respell(random, Generators.belgianIban(random));
            case 4 -> Spellings.respell(random, Generators.foreignIban(random));
            case 5 -> Spellings.respell(random, Generators.inss(random, Generators.inssRule(random)));
            case 6 -> Spellings.respell(random, Generators.bic(random));
            case 7 -> Spellings.belgianPhone(random).typed();
            case 8 -> Spellings.respell(random, Generators.postalCode(random));
            case 9 -> Spellings.respell(random, Generators.mutualityNumber(random));
            case 10 -> Names.name(random, 100).typed();
            default -> Spellings.respell(random, Generators.pick(random, "aucun", "none", "NIHII", "SSIN", "CBE",
                    "GROUP", "HOME_SERVICES", "medical house"));
        };
        return damaged(random, valid);
    }

    private static String damaged(Random random, String valid) {
        if (valid.isEmpty()) {
            return valid;
        }
        int at = random.nextInt(valid.length());
        char c = valid.charAt(at);
        return switch (random.nextInt(10)) {
            case 0, 1 -> valid;
            case 2 -> Character.isDigit(c) && c < 0x80
                    ? valid.substring(0, at) + (char) (Generators.pick(random, OTHER_ZEROS) + (c - '0'))
                    + valid.substring(at + 1)
                    : valid;
            case 3 -> valid.replace('0', 'O').replace('1', 'l');
            case 4 -> valid.substring(0, at) + valid.substring(at + 1);
            case 5 -> valid.substring(0, at) + c + valid.substring(at);
            case 6 -> valid.substring(0, at);
            case 7 -> Generators.pick(random, "BE", "+32", "0", "00", "94", "4") + valid;
            case 8 -> valid + Generators.pick(random, "\n", "\r\n", "\u0000", "001", "0", " ext. 12", ";");
            default -> valid.replace(' ', Generators.pick(random, '\u2013', '\u2212', '_', ',', '\u2010'));
        };
    }

    private static String repeat(int times, Supplier<String> part) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < times; i++) {
            out.append(part.get());
        }
        return out.toString();
    }
}
