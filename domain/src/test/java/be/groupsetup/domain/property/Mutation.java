package be.groupsetup.domain.property;

import java.util.Random;

/**
 * A valid number with exactly one digit replaced by another digit.
 *
 * @param original the valid number
 * @param position the index of the changed character
 * @param mutated  the number with that character changed
 */
public record Mutation(String original, int position, String mutated) {

    /** One digit, chosen among the characters {@code from} (inclusive) to {@code to} (exclusive), changed. */
    public static Mutation ofOneDigit(Random random, String original, int from, int to) {
        while (true) {
            int position = from + random.nextInt(to - from);
            char digit = original.charAt(position);
            if (digit < '0' || digit > '9') {
                continue;
            }
            char replacement = (char) ('0' + (digit - '0' + 1 + random.nextInt(9)) % 10);
            String mutated = original.substring(0, position) + replacement + original.substring(position + 1);
            return new Mutation(original, position, mutated);
        }
    }

    public static Mutation ofOneDigit(Random random, String original) {
        return ofOneDigit(random, original, 0, original.length());
    }
}
