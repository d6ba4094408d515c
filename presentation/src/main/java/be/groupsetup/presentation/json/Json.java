package be.groupsetup.presentation.json;

import be.groupsetup.domain.text.UnsafeCharacters;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON output, the one way every driving adapter writes a document: records ({@code be.groupsetup.presentation.view})
 * written by Jackson, their properties in the order the record declares them. Numbers are plain JSON numbers. Jackson escapes the controls of the ASCII range itself; here every other character that could act
 * (docs/rules.md §1.4: DEL and the C1 controls, bidi and zero-width format characters, line and paragraph separators,
 * private use, and every character beyond the basic plane as its surrogate pair) is written as a <code>&#92;u</code> escape with
 * four hexadecimal digits (<code>&#92;u202E</code>) too. The document means the same, and a consumer that prints a string raw is still safe.
 */
public final class Json {

    private Json() {
    }

    public static String write(Object document) {
        return Mapper.INSTANCE.writeValueAsString(document);
    }

    /**
     * A JSON document written by someone else, whose bytes are theirs (an export file: its format belongs to the
     * store's codec), made safe the same way: every unsafe character written as a JSON escape (<code>&#92;u202E</code>;
     * beyond the basic plane as its surrogate pair <code>&#92;uDB40&#92;uDC01</code>), so that the document means the same
     * and a consumer that prints a string raw is still safe. Outside strings a JSON document holds only blanks and line
     * feeds, which are kept.
     */
    public static String escapeUnsafe(String document) {
        if (document == null || UnsafeCharacters.first(document.replace("\r\n", "").replace("\n", "")).isEmpty()) {
            return document;
        }
        StringBuilder shown = new StringBuilder(document.length() + 16);
        for (int i = 0; i < document.length(); ) {
            int codePoint = document.codePointAt(i);
            int count = Character.charCount(codePoint);
            boolean lineEnd = codePoint == '\n' || codePoint == '\r' && i + 1 < document.length()
                    && document.charAt(i + 1) == '\n';
            if (!lineEnd && UnsafeCharacters.isUnsafe(codePoint)) {
                for (int k = i; k < i + count; k++) {
                    shown.append(escape(document.charAt(k)));
                }
            } else {
                shown.appendCodePoint(codePoint);
            }
            i += count;
        }
        return shown.toString();
    }

    /** The one form of an escaped UTF-16 unit, for both ways: <code>&#92;u202E</code>. */
    private static String escape(int unit) {
        return String.format("\\u%04X", unit);
    }

    /** The escapes: Jackson's standard ones for ASCII plus DEL; every unsafe UTF-16 unit above it. */
    static final class UnsafeEscapes extends CharacterEscapes {

        private static final int[] ASCII = standardAsciiEscapesForJSON();

        static {
            ASCII[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII.clone();
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // a surrogate is unsafe on its own: a pair is written as two escapes, which a JSON reader joins again
            return UnsafeCharacters.isUnsafe(ch) ? new SerializedString(escape(ch)) : null;
        }
    }

    /** Made on first use only: a command that writes text never loads Jackson. */
    private static final class Mapper {
        static final JsonMapper INSTANCE = JsonMapper.builder(JsonFactory.builder()
                        .characterEscapes(new UnsafeEscapes()).build())
                .enable(SerializationFeature.INDENT_OUTPUT)
                // a record's JSON keeps the order of its components (the README's order), never the alphabet's
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .build();
    }
}
