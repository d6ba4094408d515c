package be.groupsetup.persistence.document;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.ConfigurationValues;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.csam.AuthorityRole;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.CsamService;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.LoginCheck;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.setup.Acknowledgement;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Values for the mapper and JSON tests: every field, flag and step filled, with accents, apostrophes, long names. */
final class DocumentSamples {

    static final GroupNumber GROUP = SampleGroups.number("94123456001");

    /**
     * The full set-up at revision 12 exactly as the previous release wrote it (schemaVersion 1): no
     * {@code acknowledgements}, no {@code loginCheck} on the CSAM records.
     */
    static final String VERSION_1_DOCUMENT = """
            {
              "schemaVersion" : 1,
              "revision" : 12,
              "configuration" : {
                "companyName" : "Soins à Domicile L'Aurore – Coopérative des infirmières de l’Entre-Sambre-et-Meuse SRL",
                "city" : "Liège",
                "postalCode" : "4000",
                "street" : "Rue de l’Évêché 12 boîte 3",
                "iban" : "BE68539007547034",
                "bic" : "GKCCBEBB",
                "firstName" : "Françoise-Marie Zoë",
                "lastName" : "D'Hondt-Van den Broucke",
                "phone" : "+32470123456",
                "subscriptionType" : "MyCareNet – tiers payant / n° 42",
                "inami" : "41234502001",
                "groupNumber" : "94123456001",
                "enterpriseNumber" : "0428759497",
                "singlePointOfContact" : "135",
                "referenceCareProvider" : "41234502001",
                "mandateType" : "aucun",
                "mandateNumber" : "",
                "ehealthBox" : "94123456",
                "ehealthBoxType" : "NIHII",
                "ehealthBoxQuality" : "GROUP"
              },
              "csamRecords" : [ {
                "step" : "authority",
                "person" : "Françoise-Marie D'Hondt",
                "role" : "group-responsible",
                "existing" : false,
                "services" : [ ],
                "skipped" : false,
                "identityConfirmed" : false,
                "recordedBy" : "Anne-Sophie Lefèvre",
                "recordedAt" : "2026-11-26T09:15:30.123Z"
              }, {
                "step" : "csam-login",
                "person" : "D'HONDT-VAN DEN BROUCKE Françoise-Marie Zoë Ghislaine",
                "role" : null,
                "existing" : false,
                "services" : [ ],
                "skipped" : false,
                "identityConfirmed" : false,
                "recordedBy" : "Anne-Sophie Lefèvre",
                "recordedAt" : "2026-11-26T09:15:31.123Z"
              }, {
                "step" : "principal-access-manager",
                "person" : "Françoise-Marie D'Hondt",
                "role" : null,
                "existing" : false,
                "services" : [ ],
                "skipped" : false,
                "identityConfirmed" : false,
                "recordedBy" : "Anne-Sophie Lefèvre",
                "recordedAt" : "2026-11-26T09:15:32.123Z"
              }, {
                "step" : "local-access-managers",
                "person" : "Jean-Pierre Müller",
                "role" : null,
                "existing" : false,
                "services" : [ ],
                "skipped" : false,
                "identityConfirmed" : false,
                "recordedBy" : "Anne-Sophie Lefèvre",
                "recordedAt" : "2026-11-26T09:15:33.123Z"
              }, {
                "step" : "access-rights",
                "person" : "Françoise-Marie D'Hondt",
                "role" : null,
                "existing" : false,
                "services" : [ "billing", "insurability" ],
                "skipped" : false,
                "identityConfirmed" : false,
                "recordedBy" : "Anne-Sophie Lefèvre",
                "recordedAt" : "2026-11-26T09:15:34.123Z"
              }, {
                "step" : "access-rights",
                "person" : "Jean-Pierre Müller",
                "role" : null,
                "existing" : false,
                "services" : [ "medico-administrative" ],
                "skipped" : false,
                "identityConfirmed" : false,
                "recordedBy" : "Anne-Sophie Lefèvre",
                "recordedAt" : "2026-11-26T09:15:35.123Z"
              }, {
                "step" : "no-mandates",
                "person" : null,
                "role" : null,
                "existing" : false,
                "services" : [ ],
                "skipped" : false,
                "identityConfirmed" : false,
                "recordedBy" : "Anne-Sophie Lefèvre",
                "recordedAt" : "2026-11-26T09:15:36.123Z"
              } ]
            }
            """;

    /** A history line of the previous release: the principal access manager recorded, without a login check. */
    static final String VERSION_1_LINE = """
            {"revision":4,"time":"2026-11-26T09:15:32.123Z","technician":"Anne-Sophie Lefèvre","kind":"csam-recorded","fieldChanges":[],"recorded":[{"step":"principal-access-manager","person":"Françoise-Marie D'Hondt","role":null,"existing":false,"services":[],"skipped":false,"identityConfirmed":false,"recordedBy":"Anne-Sophie Lefèvre","recordedAt":"2026-11-26T09:15:32.123Z"}],"removed":[],"findings":[],"detail":null}""";

    /** The creation line of {@link #VERSION_1_DOCUMENT}'s group, as the previous release wrote it. */
    static final String VERSION_1_CREATED_LINE = """
            {"revision":1,"time":"2026-11-26T09:15:30.123Z","technician":"Anne-Sophie Lefèvre","kind":"created","fieldChanges":[{"field":"group-number","oldValue":null,"newValue":"94123456001"}],"recorded":[],"removed":[],"findings":[],"detail":null}""";

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

    /** A record with every component set, the flags and a confirmed login check included (no real step has them all). */
    static StepRecord everyComponent(CsamStep step) {
        return new StepRecord(step, "D'HONDT-VAN DEN BROUCKE Françoise-Marie Zoë Ghislaine", AuthorityRole.LOCAL_USER,
                true, EnumSet.allOf(CsamService.class), true, true, "Anne-Sophie Lefèvre",
                SampleGroups.T0.plusSeconds(step.order()), confirmedLogin());
    }

    /** A login check naming the sample's {@code csam-login} record, with the nurse's name the technician confirmed. */
    static LoginCheck confirmedLogin() {
        return new LoginCheck("D'HONDT-VAN DEN BROUCKE Françoise-Marie Zoë Ghislaine", SampleGroups.T0.plusSeconds(1),
                "Françoise-Marie Zoë D'Hondt-Van den Broucke");
    }

    /**
     * The full set-up with two warnings acknowledged, one on a field (with the values its rule read) and one about
     * the configuration as a whole (no field, nothing read), and its principal access manager's identity confirmed
     * (a login check with the nurse's name).
     */
    static GroupSetup acknowledgedSetup() {
        GroupSetup full = fullSetup();
        Map<FieldKey, String> read = new EnumMap<>(FieldKey.class);
        read.put(FieldKey.POSTAL_CODE, "4000");
        read.put(FieldKey.CITY, "Liège");
        List<Acknowledgement> acknowledgements = List.of(
                new Acknowledgement("city.postal-code-mismatch", FieldKey.CITY,
                        "Le siège est à Liège – « vérifié » par l’infirmière", "Jean D'Hondt",
                        SampleGroups.T0.plusSeconds(3600), read),
                new Acknowledgement("configuration.reviewed", null, "Revu", "Anne-Sophie Lefèvre",
                        SampleGroups.T0.plusMillis(3_600_456), Map.of()));
        CsamProcedure confirmed = full.procedure().withRecordsReplaced(r -> r.step() != CsamStep.PRINCIPAL_ACCESS_MANAGER
                ? r : new StepRecord(r.step(), r.person(), r.role(), r.existing(), r.services(), r.skipped(), true,
                r.recordedBy(), r.recordedAt(), confirmedLogin()));
        return new GroupSetup(full.configuration(), confirmed, acknowledgements);
    }

    /** The principal access manager's record of a set-up. */
    static StepRecord principal(GroupSetup setup) {
        return setup.procedure().records().stream().filter(r -> r.step() == CsamStep.PRINCIPAL_ACCESS_MANAGER)
                .findFirst().orElseThrow();
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
