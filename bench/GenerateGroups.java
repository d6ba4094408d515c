import be.groupsetup.persistence.document.JsonDocuments;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.CsamOutcome;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.StepRequest;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes COUNT valid, varied groups into DATA_DIR/groups in the file storage's format (through its own JSON
 * code), for the `group list` benchmark. Usage: java -cp <app classpath> GenerateGroups.java DATA_DIR COUNT
 */
public class GenerateGroups {

    public static void main(String[] args) throws Exception {
        Path groups = Path.of(args[0]).resolve("groups");
        int count = Integer.parseInt(args[1]);
        Files.createDirectories(groups, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        JsonDocuments json = new JsonDocuments();
        Random random = new Random(42);
        Instant at = Instant.parse("2026-11-01T09:00:00Z");
        String[] cities = {"Bruxelles", "Liège", "Gent", "Namur", "Antwerpen"};
        String[] codes = {"1000", "4000", "9000", "5000", "2000"};
        for (int i = 0; i < count; i++) {
            GroupNumber number = new GroupNumber(String.format("94%06d001", i));
            Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
            int c = random.nextInt(cities.length);
            values.put(FieldKey.COMPANY_NAME, "Soins à Domicile n°" + i + " SRL");
            values.put(FieldKey.CITY, cities[c]);
            values.put(FieldKey.POSTAL_CODE, codes[c]);
            values.put(FieldKey.STREET, "Rue " + i);
            values.put(FieldKey.IBAN, belgianIban(random));
            values.put(FieldKey.BIC, "GKCCBEBB");
            values.put(FieldKey.FIRST_NAME, "Anne");
            values.put(FieldKey.LAST_NAME, "D'Hondt " + i);
            values.put(FieldKey.PHONE, "+3247" + String.format("%07d", random.nextInt(10_000_000)));
            values.put(FieldKey.SUBSCRIPTION_TYPE, "S-" + i);
            String inami = inami(random);
            values.put(FieldKey.INAMI, inami);
            values.put(FieldKey.ENTERPRISE_NUMBER, enterprise(random));
            values.put(FieldKey.SINGLE_POINT_OF_CONTACT, String.valueOf(101 + random.nextInt(99)));
            values.put(FieldKey.REFERENCE_CARE_PROVIDER, inami);
            GroupConfiguration configuration = GroupConfiguration.reconstitute(number, values);
            CsamProcedure procedure = CsamProcedure.notStarted();
            int steps = random.nextInt(7);
            List<StepRequest> requests = List.of(
                    StepRequest.of("authority").withPerson("Anne D'Hondt").withRole("group-responsible"),
                    StepRequest.of("csam-login").withPerson("Anne D'Hondt " + i),
                    StepRequest.of("principal-access-manager").asExisting(),
                    StepRequest.of("local-access-managers").asSkipped(),
                    StepRequest.of("access-rights").withPerson("Anne").withServices(
                            List.of("billing", "insurability", "medico-administrative")),
                    StepRequest.of("no-mandates"));
            for (int s = 0; s < steps && s < requests.size(); s++) {
                procedure = ((CsamOutcome.Accepted) procedure.record(requests.get(s), configuration, "bench", at)).procedure();
            }
            StoredGroup stored = new StoredGroup(new GroupSetup(configuration, procedure), 1);
            Files.write(groups.resolve(number.value() + ".json"), json.write(stored));
            HistoryEntry created = new HistoryEntry(at, "bench", 1, HistoryKind.CREATED,
                    List.of(new FieldChange(FieldKey.GROUP_NUMBER, null, number.value())), List.of(), List.of(),
                    List.of(), null);
            Files.writeString(groups.resolve(number.value() + ".history.jsonl"), json.writeLine(created) + "\n",
                    StandardCharsets.UTF_8);
        }
    }

    private static String belgianIban(Random random) {
        long first10 = 5390000000L + random.nextInt(9_999_999);
        long check = first10 % 97 == 0 ? 97 : first10 % 97;
        String bban = String.format("%010d%02d", first10, check);
        String rearranged = bban + "1114" + "00";
        int mod = new java.math.BigInteger(rearranged).mod(java.math.BigInteger.valueOf(97)).intValue();
        return String.format("BE%02d", 98 - mod) + bban;
    }

    private static String inami(Random random) {
        int serial = random.nextInt(100_000);
        long first6 = 400_000 + serial;
        return String.format("%06d%02d%03d", first6, 97 - first6 % 97, 1 + random.nextInt(3));
    }

    private static String enterprise(Random random) {
        long first8 = 4_000_000 + random.nextInt(5_000_000);
        return String.format("%08d%02d", first8, 97 - first8 % 97);
    }
}
