package be.groupsetup.domain.property;

/**
 * Inputs as readable, one-line, plain text: test reports and terminals must survive control characters, lone
 * surrogates, right-to-left marks and 100,000-character strings.
 */
final class Show {

    /** Latin letters with their accents are readable as they are; any other non-ASCII character is escaped. */
    private static final char LAST_PLAIN_LATIN = '\u024F';

    private Show() {
    }

    static String escaped(Object value, int limit) {
        if (value == null) {
            return "null";
        }
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(Math.min(text.length(), limit) + 16);
        int i = 0;
        for (; i < text.length() && out.length() < limit; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '\\') {
                out.append(c);
            } else if (c > 0x7F && c <= LAST_PLAIN_LATIN && Character.isLetter(c)) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        if (i < text.length()) {
            out.append("…(").append(text.length()).append(" chars)");
        }
        return out.toString();
    }
}
