package be.groupsetup.domain.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule of docs/rules.md §1.4: which characters can act, where the first one is, and how output shows them. */
class UnsafeCharactersTest {

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x7F, 0x85, 0x9B, // Cc (TAB too: read as a blank before)
            0x00AD, 0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2069, 0x2060, 0xFEFF,
            0xE0001, 0xE0041, // Cf: soft hyphen, bidi controls and isolates, zero-width characters, BOM, tags
            0xD800, 0xDFFF, // Cs
            0xE000, 0xF8FF, 0xF0000, 0x10FFFD, // Co
            0x2028, 0x2029}) // Zl, Zp
    void givenACharacterOfTheRefusedCategories_thenUnsafe(int codePoint) {
        assertThat(UnsafeCharacters.isUnsafe(codePoint)).as("U+%04X", codePoint).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {' ', 'a', 'Z', '0', '\'', 0x2019, 0x00E9, 0x00A0, 0x202F, 0x2013, 0x00AB, 0x0153, 0x20AC,
            0x1F600, // an emoji beyond the basic plane
            0x0378}) // unassigned (Cn): not refused, which ones are assigned differs between Java versions
    void givenAnOrdinaryOrUnassignedCharacter_thenSafe(int codePoint) {
        assertThat(UnsafeCharacters.isUnsafe(codePoint)).as("U+%04X", codePoint).isFalse();
    }

    @Test
    void givenEveryCodePoint_thenUnsafeExactlyWhenOfTheRefusedCategories_theAsciiShortcutIncluded() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            int type = Character.getType(codePoint);
            boolean refused = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            if (UnsafeCharacters.isUnsafe(codePoint) != refused) {
                assertThat(UnsafeCharacters.isUnsafe(codePoint)).as("U+%04X", codePoint).isEqualTo(refused);
            }
        }
    }

    @Test
    void givenTexts_whenSearched_thenTheFirstUnsafeCharacterWithItsPositionCountedAsAPersonCounts() {
        assertThat(UnsafeCharacters.first("Evil\u001B[31mRED\u001B[0m"))
                .contains(new UnsafeCharacters.Found(0x1B, 5));
        assertThat(UnsafeCharacters.first("\uD83D\uDE00\u202Eabc")).contains(new UnsafeCharacters.Found(0x202E, 2));
        assertThat(UnsafeCharacters.first("Françoise D’Hondt-Van den Broucke")).isEmpty();
        // printable ASCII, a letter beyond it and one beyond the basic plane, each counted once before the bell
        assertThat(UnsafeCharacters.first("a é\uD83D\uDE00\u0007")).contains(new UnsafeCharacters.Found(0x07, 5));
        assertThat(UnsafeCharacters.first("")).isEmpty();
        assertThat(UnsafeCharacters.first(null)).isEmpty();
        assertThat(new UnsafeCharacters.Found(0x1B, 1).name()).isEqualTo("U+001B");
        assertThat(new UnsafeCharacters.Found(0xE0041, 1).name()).isEqualTo("U+E0041");
    }

    @Test
    void givenTexts_whenEscaped_thenEachUnsafeCharacterIsShownAndTheRestKept() {
        assertThat(UnsafeCharacters.escape("Evil\u001B[31mRED")).isEqualTo("Evil\\u001B[31mRED");
        assertThat(UnsafeCharacters.escape("a\nb\u202Ec\uDB40\uDC41")).isEqualTo("a\\u000Ab\\u202Ec\\U000E0041");
        String plain = "Liège – D’Hondt";
        assertThat(UnsafeCharacters.escape(plain)).isSameAs(plain);
        assertThat(UnsafeCharacters.escape(null)).isNull();
    }
}
