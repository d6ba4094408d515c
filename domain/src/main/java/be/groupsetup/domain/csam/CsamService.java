package be.groupsetup.domain.csam;

import be.groupsetup.domain.field.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The services a group must grant access rights for: Facturation, Assurabilité and Demande de documents
 * médico-administratifs. Typed by id, or by the French or Dutch name.
 */
public enum CsamService {
    BILLING("billing", "facturation", "facturatie"),
    INSURABILITY("insurability", "assurabilite", "verzekerbaarheid"),
    MEDICO_ADMINISTRATIVE("medico-administrative", "medico-administratif", "medico-administratifs",
            "documents-medico-administratifs", "medisch-administratief", "medico-administratieve-documenten");

    private final String id;
    private final List<String> names;

    CsamService(String id, String... otherNames) {
        this.id = id;
        this.names = java.util.stream.Stream.concat(java.util.stream.Stream.of(id), Arrays.stream(otherNames))
                .map(CsamService::compact).toList();
    }

    public String id() {
        return id;
    }

    public static Optional<CsamService> byName(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String wanted = compact(typed);
        return Arrays.stream(values()).filter(service -> service.names.contains(wanted)).findFirst();
    }

    private static String compact(String name) {
        return Normalizer.fold(name).replaceAll("[^a-z]", "");
    }

    @Override
    public String toString() {
        return id;
    }
}
