package be.groupsetup.presentation.json;

import be.groupsetup.domain.text.UnsafeCharacters;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON output: one document on standard output, built from maps and lists in a fixed key order. Numbers are plain
 * JSON numbers. Jackson escapes the controls of the ASCII range itself; here every other character that could act
 * (SPEC §1.2: DEL and the C1 controls, bidi and zero-width format characters, line and paragraph separators,
 * private use, and every character beyond the basic plane as its surrogate pair) is written as a <code>&#92;u</code> escape with
 * four hexadecimal digits (<code>&#92;u202E</code>) too. The document means the same, and a consumer that prints a string raw is still safe.
 */
public final class Json {

    private Json() {
    }

    public static String write(Object document) {
        return Mapper.INSTANCE.writeValueAsString(document);
    }

    /** An object with keys in the order given: {@code object("group", n, "ready", true)}. */
    public static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
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
            return UnsafeCharacters.isUnsafe(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }

    /** Made on first use only: a command that writes text never loads Jackson. */
    private static final class Mapper {
        static final JsonMapper INSTANCE = JsonMapper.builder(JsonFactory.builder()
                        .characterEscapes(new UnsafeEscapes()).build())
                .enable(SerializationFeature.INDENT_OUTPUT).build();
    }
}
