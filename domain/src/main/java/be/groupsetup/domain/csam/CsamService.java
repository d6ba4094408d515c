package be.groupsetup.domain.csam;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The services a group must grant access rights for: Facturation, Assurabilité and Demande de documents
 * médico-administratifs. Typed by its id in English, French or Dutch, or by its French or Dutch name
 * ({@link #byName}); stored by its English id.
 */
public enum CsamService {
    BILLING("billing", "facturation", "facturatie"),
    INSURABILITY("insurability", "assurabilite", "verzekerbaarheid"),
    MEDICO_ADMINISTRATIVE("medico-administrative", "medico-administratif", "medisch-administratief",
            "medico-administratifs", "documents-medico-administratifs", "medico-administratieve-documenten");

    private final CsamWords words;

    CsamService(String id, String french, String dutch, String... otherNames) {
        this.words = CsamWords.of(id, french, dutch, otherNames);
    }

    /** The stable id: what is stored and what JSON shows. */
    public String id() {
        return words.id();
    }

    /** The id in a language (en, fr or nl; anything else reads as en). */
    public String id(String language) {
        return words.in(language);
    }

    /** Every service's id in a language. */
    public static List<String> ids(String language) {
        return Arrays.stream(values()).map(service -> service.id(language)).toList();
    }

    /** The service a typed word names, in any of the three languages, case, accents and separators set aside. */
    public static Optional<CsamService> byName(String typed) {
        return CsamWords.named(values(), service -> service.words, typed);
    }

    @Override
    public String toString() {
        return id();
    }
}
