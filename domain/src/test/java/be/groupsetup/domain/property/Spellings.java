package be.groupsetup.domain.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Re-spells a valid value the many ways people type it. For identifiers (docs/rules.md §1.3) that is pure
 * reformatting: the separators {@code space . - / ( )}, the no-break space and random letter case.
 */
public final class Spellings {

    /**
     * What docs/rules.md §1.3 removes from identifiers: blanks (here a space and a no-break space) and
     * {@code . - / ( )}.
     */
    static final List<String> SEPARATORS = List.of(" ", "\u00A0", ".", "-", "/", "(", ")");
    /** Surrounding blanks, trimmed from every field. */
    static final List<String> SURROUNDING_BLANKS = List.of(" ", "  ", "\u00A0", "\t", " \u00A0 ");
    /** Inner blanks, collapsed to one space in every field. */
    static final List<String> INNER_BLANKS = List.of(" ", "\u00A0", "\t", "\u2009", "\u202F", "\u3000");

    private Spellings() {
    }

    /** An identifier with random separators between its characters, around it, and random letter case. */
    public static String respell(Random random, String compact) {
        StringBuilder typed = new StringBuilder(compact.length() * 2);
        typed.append(surrounding(random));
        int separatorOdds = 1 + random.nextInt(4);
        for (int i = 0; i < compact.length(); i++) {
            if (i > 0 && random.nextInt(separatorOdds + 1) == 0) {
                typed.append(separatorRun(random));
            }
            typed.append(randomCase(random, compact.charAt(i)));
        }
        typed.append(surrounding(random));
        return typed.toString();
    }

    /** {@link #respell} plus, one time in two, a {@code BE} prefix in some case and with some separator. */
    public static String respellEnterpriseNumber(Random random, String number) {
        if (random.nextBoolean()) {
            return respell(random, number);
        }
        String prefix = Generators.pick(random, "BE", "be", "Be", "bE", "B.E.", "BE ", "BE-", "BE.", "BE\u00A0");
        return surrounding(random) + prefix + respell(random, number).stripLeading();
    }

    public static Spelled identifier(Random random, String compact) {
        return new Spelled(respell(random, compact), compact, compact);
    }

    /**
     * A Belgian phone number as people write it: national ({@code 0470 12 34 56}, {@code (02) 226 88 88}) or
     * international ({@code +32 470 12 34 56}, {@code 0032 2 226 88 88}, {@code +32 (0)2 226 88 88}), in
     * groups of two or three digits separated by a space, a no-break space, dots, slashes or hyphens.
     */
    public static Spelled belgianPhone(Random random) {
        String national = Generators.belgianNationalNumber(random);
        int zoneLength = Generators.zoneLength(national);
        String zone = national.substring(0, zoneLength);
        String head = switch (random.nextInt(6)) {
            case 0 -> "0" + zone;
            case 1 -> "(0" + zone + ")";
            case 2 -> "+32" + Generators.pick(random, " ", "", "\u00A0") + zone;
            case 3 -> "0032" + Generators.pick(random, " ", "", "/", ".") + zone;
            case 4 -> "+32" + Generators.pick(random, " ", "") + "(0)" + Generators.pick(random, " ", "") + zone;
            default -> "00" + Generators.pick(random, " ", "") + "32 " + zone;
        };
        boolean oneSeparator = random.nextBoolean();
        String separator = phoneSeparator(random);
        StringBuilder typed = new StringBuilder(surrounding(random)).append(head);
        List<String> groups = groups(random, national.substring(zoneLength));
        for (int i = 0; i < groups.size(); i++) {
            typed.append(i == 0 ? phoneSeparator(random) : oneSeparator ? separator : phoneSeparator(random));
            typed.append(groups.get(i));
        }
        typed.append(surrounding(random));
        String e164 = "+32" + national;
        return new Spelled(typed.toString(), e164, e164);
    }

    private static String phoneSeparator(Random random) {
        return Generators.pick(random, " ", "\u00A0", ".", "/", "-", "", " / ");
    }

    /** Splits digits in groups of two or three, as Belgian numbers are written. */
    private static List<String> groups(Random random, String digits) {
        List<String> groups = new ArrayList<>();
        int at = 0;
        while (at < digits.length()) {
            int size = digits.length() - at <= 3 ? digits.length() - at : 2 + random.nextInt(2);
            groups.add(digits.substring(at, at + size));
            at += size;
        }
        return groups;
    }

    static String surrounding(Random random) {
        return random.nextInt(3) == 0 ? Generators.pick(random, SURROUNDING_BLANKS) : "";
    }

    private static String separatorRun(Random random) {
        String run = Generators.pick(random, SEPARATORS);
        return random.nextInt(4) == 0 ? run + Generators.pick(random, SEPARATORS) : run;
    }

    private static String randomCase(Random random, char c) {
        String one = String.valueOf(c);
        return random.nextBoolean() ? one.toLowerCase(Locale.ROOT) : one.toUpperCase(Locale.ROOT);
    }
}
