package be.groupsetup.domain.property;

import be.groupsetup.domain.field.FieldKey;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Whole configurations: every settable field valid, typed loosely, with the values docs/rules.md §1.5 says are stored.
 */
public final class Configurations {

    private Configurations() {
    }

    /**
     * One change that sets every settable field. The BIC is Belgian like the IBAN (another country would be an
     * error), and the nurse's INAMI number starts with 4 while the group number starts with 94, so that the
     * group number is never the nurse's own.
     */
    public record CompleteChange(String groupNumber, Map<FieldKey, String> typed, Map<FieldKey, String> stored) {
    }

    public static CompleteChange completeChange(Random random) {
        Map<FieldKey, String> typed = new EnumMap<>(FieldKey.class);
        Map<FieldKey, String> stored = new EnumMap<>(FieldKey.class);
        for (FieldKey field : List.of(FieldKey.COMPANY_NAME, FieldKey.CITY, FieldKey.STREET, FieldKey.FIRST_NAME,
                FieldKey.LAST_NAME)) {
            put(typed, stored, field, Names.name(random, 100));
        }
        put(typed, stored, FieldKey.SUBSCRIPTION_TYPE, Names.name(random, 50));
        put(typed, stored, FieldKey.POSTAL_CODE, Spellings.identifier(random, Generators.postalCode(random)));
        put(typed, stored, FieldKey.IBAN, Spellings.identifier(random, Generators.belgianIban(random)));
        put(typed, stored, FieldKey.BIC, Spellings.identifier(random, Generators.bic(random, "BE")));
        put(typed, stored, FieldKey.PHONE, Spellings.belgianPhone(random));
        put(typed, stored, FieldKey.INAMI,
                Spellings.identifier(random, Generators.inami(random, '4', Generators.inamiRule(random))));
        char referenceProfession = random.nextBoolean() ? '4' : Generators.otherProfession(random);
        put(typed, stored, FieldKey.REFERENCE_CARE_PROVIDER, Spellings.identifier(random,
                Generators.inami(random, referenceProfession, Generators.inamiRule(random))));
        String enterprise = Generators.enterpriseNumber(random);
        put(typed, stored, FieldKey.ENTERPRISE_NUMBER,
                new Spelled(Spellings.respellEnterpriseNumber(random, enterprise), enterprise, enterprise));
        put(typed, stored, FieldKey.SINGLE_POINT_OF_CONTACT,
                Spellings.identifier(random, String.valueOf(101 + random.nextInt(99))));
        if (random.nextBoolean()) {
            putEHealthBox(random, typed, stored);
        }
        String groupNumber = Spellings.respell(random, Generators.groupNumber(random, 11));
        return new CompleteChange(groupNumber, typed, stored);
    }

    /** The three eHealthBox fields: an INSS box, or a group's NIHII box (an 11-digit number is shortened). */
    private static void putEHealthBox(Random random, Map<FieldKey, String> typed, Map<FieldKey, String> stored) {
        if (random.nextBoolean()) {
            put(typed, stored, FieldKey.EHEALTH_BOX,
                    Spellings.identifier(random, Generators.inss(random, Generators.inssRule(random))));
            String type = Generators.pick(random, "inss", "ssin", "niss");
            put(typed, stored, FieldKey.EHEALTH_BOX_TYPE, new Spelled(Spellings.respell(random, type), type, "INSS"));
            put(typed, stored, FieldKey.EHEALTH_BOX_QUALITY, new Spelled("Nurse", "NURSE", "NURSE"));
        } else {
            String group = Generators.groupNumber(random, 11);
            put(typed, stored, FieldKey.EHEALTH_BOX,
                    new Spelled(Spellings.respell(random, group), group, group.substring(0, 8)));
            String type = Generators.pick(random, "nihii", "inami", "riziv");
            put(typed, stored, FieldKey.EHEALTH_BOX_TYPE, new Spelled(Spellings.respell(random, type), type, "NIHII"));
            put(typed, stored, FieldKey.EHEALTH_BOX_QUALITY, new Spelled("group", "GROUP", "GROUP"));
        }
    }

    private static void put(Map<FieldKey, String> typed, Map<FieldKey, String> stored, FieldKey field, Spelled value) {
        typed.put(field, value.typed());
        stored.put(field, value.stored());
    }
}
