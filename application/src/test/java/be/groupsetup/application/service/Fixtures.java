package be.groupsetup.application.service;

import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.CsamOutcome;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.StepRequest;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Stored states the service tests hand to their mocked ports. Values are canonical, as a store keeps them. */
final class Fixtures {

    static final GroupNumber GROUP = new GroupNumber("94123456001");
    static final Instant EARLIER = Instant.parse("2024-01-10T08:00:00Z");
    static final String COLLEAGUE = "colleague";

    private Fixtures() {
    }

    /** Every required field set with a valid value (IBAN bank 539 is not in the table, so any BE BIC fits). */
    static Map<FieldKey, String> completeValues() {
        Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
        values.put(FieldKey.COMPANY_NAME, "Soins Chez Vous SRL");
        values.put(FieldKey.CITY, "Bruxelles");
        values.put(FieldKey.POSTAL_CODE, "1000");
        values.put(FieldKey.STREET, "Rue de la Loi 16");
        values.put(FieldKey.IBAN, "BE68539007547034");
        values.put(FieldKey.BIC, "GKCCBEBB");
        values.put(FieldKey.FIRST_NAME, "Marie");
        values.put(FieldKey.LAST_NAME, "Dupont");
        values.put(FieldKey.PHONE, "+32470123456");
        values.put(FieldKey.SUBSCRIPTION_TYPE, "MyCareNet");
        values.put(FieldKey.INAMI, "41234502001");
        values.put(FieldKey.ENTERPRISE_NUMBER, "0428759497");
        values.put(FieldKey.SINGLE_POINT_OF_CONTACT, "135");
        values.put(FieldKey.REFERENCE_CARE_PROVIDER, "41234502001");
        return values;
    }

    static Map<FieldKey, String> values(Object... keysAndValues) {
        Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((FieldKey) keysAndValues[i], (String) keysAndValues[i + 1]);
        }
        return values;
    }

    static GroupConfiguration configuration(Map<FieldKey, String> values) {
        return GroupConfiguration.reconstitute(GROUP, values);
    }

    static StoredGroup stored(Map<FieldKey, String> values, long revision) {
        return stored(configuration(values), CsamProcedure.notStarted(), revision);
    }

    static StoredGroup stored(GroupConfiguration configuration, CsamProcedure procedure, long revision) {
        return new StoredGroup(new GroupSetup(configuration, procedure), revision);
    }

    /** The procedure after these requests, each recorded by a colleague earlier on (each must be accepted). */
    static CsamProcedure procedure(GroupConfiguration configuration, StepRequest... requests) {
        CsamProcedure procedure = CsamProcedure.notStarted();
        for (StepRequest request : requests) {
            CsamOutcome outcome = procedure.record(request, configuration, COLLEAGUE, EARLIER);
            if (!(outcome instanceof CsamOutcome.Accepted accepted)) {
                throw new IllegalStateException("fixture request refused: " + outcome.findings());
            }
            procedure = accepted.procedure();
        }
        return procedure;
    }

    static StepRequest authority() {
        return StepRequest.of("authority").withPerson("Marie Dupont").withRole("group-responsible");
    }

    static StepRequest login(String person) {
        return StepRequest.of("csam-login").withPerson(person);
    }

    static StepRequest principalDesignated(String person) {
        return StepRequest.of("principal-access-manager").withPerson(person);
    }

    static StepRequest accessRights(String person, String... services) {
        return StepRequest.of("access-rights").withPerson(person).withServices(List.of(services));
    }

    static StepRequest noMandates() {
        return StepRequest.of("no-mandates");
    }

    /** The five required steps done (local access managers skipped). */
    static CsamProcedure fullProcedure(GroupConfiguration configuration) {
        return procedure(configuration, authority(), login("Marie Anne Dupont"), principalDesignated("Marie Dupont"),
                StepRequest.of("local-access-managers").asSkipped(),
                accessRights("Marie Dupont", "billing", "insurability", "medico-administrative"), noMandates());
    }
}
