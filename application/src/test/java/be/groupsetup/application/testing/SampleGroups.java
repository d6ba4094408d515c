package be.groupsetup.application.testing;

import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.CsamOutcome;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.StepRequest;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Groups for storage tests: every field filled (accents, apostrophes, long names) and every CSAM step. */
public final class SampleGroups {

    public static final Instant T0 = Instant.parse("2026-11-26T09:15:30.123Z");
    public static final String TECHNICIAN = "Anne-Sophie Lefèvre";

    private SampleGroups() {
    }

    public static GroupNumber number(String digits) {
        return new GroupNumber(digits);
    }

    /** A configuration with every field set to a valid, personal-looking value. */
    public static GroupConfiguration fullConfiguration(GroupNumber number) {
        Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
        values.put(FieldKey.COMPANY_NAME, "Soins à Domicile L'Aurore – Coopérative des infirmières de l’Entre-Sambre-et-Meuse SRL");
        values.put(FieldKey.CITY, "Liège");
        values.put(FieldKey.POSTAL_CODE, "4000");
        values.put(FieldKey.STREET, "Rue de l’Évêché 12 boîte 3");
        values.put(FieldKey.IBAN, "BE68539007547034");
        values.put(FieldKey.BIC, "GKCCBEBB");
        values.put(FieldKey.FIRST_NAME, "Françoise-Marie Zoë");
        values.put(FieldKey.LAST_NAME, "D'Hondt-Van den Broucke");
        values.put(FieldKey.PHONE, "+32470123456");
        values.put(FieldKey.SUBSCRIPTION_TYPE, "MyCareNet – tiers payant / n° 42");
        values.put(FieldKey.INAMI, "41234502001");
        values.put(FieldKey.ENTERPRISE_NUMBER, "0428759497");
        values.put(FieldKey.SINGLE_POINT_OF_CONTACT, "135");
        values.put(FieldKey.REFERENCE_CARE_PROVIDER, "41234502001");
        values.put(FieldKey.EHEALTH_BOX, "94123456");
        values.put(FieldKey.EHEALTH_BOX_TYPE, "NIHII");
        values.put(FieldKey.EHEALTH_BOX_QUALITY, "GROUP");
        return GroupConfiguration.reconstitute(number, values);
    }

    /** The configuration above with the whole CSAM procedure recorded (local managers included). */
    public static GroupSetup fullSetup(GroupNumber number) {
        GroupConfiguration configuration = fullConfiguration(number);
        CsamProcedure procedure = CsamProcedure.notStarted();
        List<StepRequest> steps = List.of(
                StepRequest.of("authority").withPerson("Françoise-Marie D'Hondt").withRole("group-responsible"),
                StepRequest.of("csam-login").withPerson("D'HONDT-VAN DEN BROUCKE Françoise-Marie Zoë Ghislaine"),
                StepRequest.of("principal-access-manager").withPerson("Françoise-Marie D'Hondt"),
                StepRequest.of("local-access-managers").withPerson("Jean-Pierre Müller"),
                StepRequest.of("access-rights").withPerson("Françoise-Marie D'Hondt")
                        .withServices(List.of("billing", "insurability")),
                StepRequest.of("access-rights").withPerson("Jean-Pierre Müller")
                        .withServices(List.of("medico-administrative")),
                StepRequest.of("no-mandates"));
        int second = 0;
        for (StepRequest step : steps) {
            CsamOutcome outcome = procedure.record(step, configuration, TECHNICIAN, T0.plusSeconds(second++));
            if (!(outcome instanceof CsamOutcome.Accepted accepted)) {
                throw new IllegalStateException("sample step refused: " + outcome.findings());
            }
            procedure = accepted.procedure();
        }
        return new GroupSetup(configuration, procedure);
    }

    /** A set-up with only the number: what creation stores. */
    public static GroupSetup emptySetup(GroupNumber number) {
        return GroupSetup.start(GroupConfiguration.empty(number));
    }

    public static HistoryEntry created(GroupNumber number) {
        return new HistoryEntry(T0, TECHNICIAN, 1, HistoryKind.CREATED,
                List.of(new FieldChange(FieldKey.GROUP_NUMBER, null, number.value())), List.of(), List.of(),
                List.of(), null);
    }

    /** An entry for a change of one field, with a warning kept, as the services write them. */
    public static HistoryEntry fieldSet(FieldKey field, String oldValue, String newValue) {
        return new HistoryEntry(T0.plusSeconds(60), TECHNICIAN, 0, HistoryKind.FIELDS_SET,
                List.of(new FieldChange(field, oldValue, newValue)), List.of(), List.of(),
                List.of(Finding.warning(field, "city.postal-code-mismatch", "Luik", "4000", "Liège, Luik")), null);
    }

    /** The clock the tests' rules read: 5 December 2026 (the eHealthBox INSS rule reads the current year). */
    public static final Clock RULES_CLOCK = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);

    public static ConfigurationRules rules() {
        return ConfigurationRules.standard(RULES_CLOCK);
    }

    /** The values a configuration keeps of its settable fields (not the group number, not the fixed fields). */
    public static java.util.Map<be.groupsetup.domain.field.FieldKey, String> settableValues(GroupConfiguration configuration) {
        java.util.Map<be.groupsetup.domain.field.FieldKey, String> values = configuration.values().asMap();
        values.keySet().removeIf(field -> field == be.groupsetup.domain.field.FieldKey.GROUP_NUMBER || field.isFixed());
        return values;
    }
}
