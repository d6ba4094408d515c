package be.groupsetup.adapters.cli.output;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/** JSON output: one document on standard output, built from maps and lists in a fixed key order. */
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

    /** Made on first use only: a command that writes text never loads Jackson. */
    private static final class Mapper {
        static final JsonMapper INSTANCE = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }
}
