package be.groupsetup.presentation.json;

import be.groupsetup.domain.text.UnsafeCharacters;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON documents: no character that can act is written raw, and the document means the same. */
class JsonTest {

    /** A record like the documents of the view package: written in the order of its components. */
    record Sample(String name, long revision, List<String> list) {
    }

    private static final String HOSTILE = "a\u001b[31mb\u202Ec\u200Bd\u2028e\u0085f\u00ADg\uDB40\uDC01h\uD800i\u007Fj\uE000k";

    @Test
    void givenAnyDocument_whenWrittenAsJson_thenNoUnsafeCharacterRawAndItReadsBackTheSame() {
        String json = Json.write(new Sample(HOSTILE, 1164L, List.of(HOSTILE)));

        assertThat(UnsafeCharacters.first(json.replace("\n", ""))).isEmpty();
        assertThat(json).startsWith("{\n  \"name\"").contains("\\u202E").contains("\\u2028").contains("\\u007F").contains("\\uDB40\\uDC01")
                .contains("\"revision\" : 1164");
        assertThat(JsonMapper.builder().build().readTree(json).get("name").stringValue()).isEqualTo(HOSTILE);
        // ordinary letters stay readable
        assertThat(Json.write(Map.of("city", "Liège"))).contains("Liège");
    }

    @Test
    void givenAJsonDocumentWithRawUnsafeCharacters_whenEscaped_thenJsonEscapesThatReadBackTheSame() {
        String document = "{\n  \"name\": \"" + HOSTILE + "\"\n}\n";

        String safe = Json.escapeUnsafe(document);

        assertThat(UnsafeCharacters.first(safe.replace("\n", ""))).isEmpty();
        assertThat(JsonMapper.builder().build().readTree(safe).get("name").stringValue()).isEqualTo(HOSTILE);
    }
}
