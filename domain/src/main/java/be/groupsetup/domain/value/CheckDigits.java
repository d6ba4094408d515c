package be.groupsetup.domain.value;

/** The modulo check-digit rules the Belgian identifiers use (published facts, written once). */
final class CheckDigits {

    private CheckDigits() {
    }

    /** {@code 97 − (n mod 97)}: enterprise numbers, INAMI (historic rule), INSS. 97 when n is a multiple of 97. */
    static int mod97Complement(long n) {
        return 97 - (int) (n % 97);
    }

    /** {@code 89 − (n mod 89)}: the rule INAMI uses for nurse numbers issued since 2012. */
    static int mod89Complement(long n) {
        return 89 - (int) (n % 89);
    }

    /** {@code n mod 97}, or 97 when that is 0: the national check of a Belgian account number. */
    static int mod97OrNinetySeven(long n) {
        int remainder = (int) (n % 97);
        return remainder == 0 ? 97 : remainder;
    }

    static long digits(String value, int from, int to) {
        return Long.parseLong(value.substring(from, to));
    }

    static int lastTwo(String value) {
        return Integer.parseInt(value.substring(value.length() - 2));
    }
}
