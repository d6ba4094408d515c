package be.groupsetup.adapters.persistence.document;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.ConfigurationValues;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.csam.AuthorityRole;
import be.groupsetup.domain.csam.CsamService;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;

import java.util.EnumSet;
import java.util.List;

/** Values for the mapper and JSON tests: every field, flag and step filled, with accents, apostrophes, long names. */
final class DocumentSamples {

    static final GroupNumber GROUP = SampleGroups.number("94123456001");

    private DocumentSamples() {
    }

    /** Every one of the twenty fields set, each to a value no other field has (so that a swap would show). */
    static ConfigurationValues everyValue() {
        return new ConfigurationValues(
                "Soins à Domicile L'Aurore – Coopérative des infirmières de l’Entre-Sambre-et-Meuse SRL",
                "Liège", "4000", "Rue de l’Évêché 12 boîte 3", "BE68539007547034", "GKCCBEBB",
                "Françoise-Marie Zoë", "D'Hondt-Van den Broucke", "+32470123456",
                "MyCareNet – tiers payant / n° 42", "41234502001", GROUP.value(), "0428759497", "135",
                "41234502009", "AUCUN", "", "94123456", "NIHII", "GROUP");
    }

    /** The full set-up of the storage contract kit: every field that can be set and every CSAM step. */
    static GroupSetup fullSetup() {
        return SampleGroups.fullSetup(GROUP);
    }

    /** A record with every component set, the flags included (no real step has them all at once). */
    static StepRecord everyComponent(CsamStep step) {
        return new StepRecord(step, "D'HONDT-VAN DEN BROUCKE Françoise-Marie Zoë Ghislaine", AuthorityRole.LOCAL_USER,
                true, EnumSet.allOf(CsamService.class), true, true, "Anne-Sophie Lefèvre",
                SampleGroups.T0.plusSeconds(step.order()));
    }

    /** A history entry with field changes, records added and removed, findings (with and without field), detail. */
    static HistoryEntry richEntry() {
        List<StepRecord> records = fullSetup().procedure().records();
        return new HistoryEntry(SampleGroups.T0.plusMillis(1234), "Jean-Michel D'Hondt", 9, HistoryKind.CSAM_RECORDED,
                List.of(new FieldChange(FieldKey.CITY, "Luik", "Liège"),
                        new FieldChange(FieldKey.STREET, null, "Rue de l’Évêché 12 boîte 3"),
                        new FieldChange(FieldKey.PHONE, "+32470123456", null)),
                records, records.subList(0, 2),
                List.of(Finding.warning(FieldKey.CITY, "city.postal-code-mismatch", "Luik", "4000", "Liège, Luik"),
                        Finding.of(null, Severity.NOTE, "csam.identity-confirmed", "csam.identity-confirmed.detail",
                                "Françoise-Marie D'Hondt", "D'HONDT-VAN DEN BROUCKE Françoise-Marie"),
                        Finding.error(FieldKey.IBAN, "iban.checksum")),
                "détail « spécial » avec l’apostrophe");
    }
}
