package be.groupsetup.domain.property;

/**
 * A value as a user may type it, with its plain spelling (digits and upper-case letters only, nothing else)
 * and the value that must be stored.
 *
 * @param typed   with separators, blanks, mixed case, prefixes
 * @param compact the same content without any reformatting: it must give the same findings as {@code typed}
 * @param stored  the canonical value docs/rules.md §1.5 says is stored; {@code null} when the value must be refused
 */
public record Spelled(String typed, String compact, String stored) {
}
