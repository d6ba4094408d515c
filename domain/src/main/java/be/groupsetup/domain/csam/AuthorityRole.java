package be.groupsetup.domain.csam;

import be.groupsetup.domain.field.Normalizer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who may grant a group's access rights in CSAM: its responsible, or someone already its local user. Typed by its
 * id in English, French or Dutch ({@link #byName}); stored by its English id.
 */
public enum AuthorityRole {
    GROUP_RESPONSIBLE("group-responsible", "responsable-du-groupe", "groepsverantwoordelijke",
            "responsable-du-groupement"),
    LOCAL_USER("local-user", "utilisateur-local", "lokale-gebruiker");

    private final CsamWords words;

    AuthorityRole(String id, String french, String dutch, String... others) {
        this.words = CsamWords.of(id, french, dutch, others);
    }

    /** The stable id: what is stored and what JSON shows. */
    public String id() {
        return words.id();
    }

    /** The id in a language (en, fr or nl; anything else reads as en). */
    public String id(String language) {
        return words.in(language);
    }

    /** Every role's id in a language. */
    public static List<String> ids(String language) {
        return Arrays.stream(values()).map(role -> role.id(language)).toList();
    }

    /** The role of a stored id ({@code Group_Responsible} reads as {@code group-responsible}). */
    public static Optional<AuthorityRole> byId(String typed) {
        String id = Normalizer.typedId(typed);
        return Arrays.stream(values()).filter(role -> role.id().equals(id)).findFirst();
    }

    /** The role a typed word names, in any of the three languages, case, accents and separators set aside. */
    public static Optional<AuthorityRole> byName(String typed) {
        return CsamWords.named(values(), role -> role.words, typed);
    }

    @Override
    public String toString() {
        return id();
    }
}
