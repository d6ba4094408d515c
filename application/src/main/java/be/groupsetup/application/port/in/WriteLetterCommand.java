package be.groupsetup.application.port.in;

import java.util.Objects;

/**
 * @param groupNumber the group, in any accepted form
 * @param language    the language the letter is written in (two lower-case letters), kept in the history entry
 */
public record WriteLetterCommand(String groupNumber, String language) {

    public WriteLetterCommand {
        Objects.requireNonNull(groupNumber, "groupNumber");
        Objects.requireNonNull(language, "language");
        if (!language.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("a language is two lower-case letters");
        }
    }
}
