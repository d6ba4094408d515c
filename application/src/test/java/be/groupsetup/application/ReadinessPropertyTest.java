package be.groupsetup.application;

import be.groupsetup.application.error.ArchiveFormatException;
import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.port.in.AcknowledgeWarningCommand;
import be.groupsetup.application.port.in.ChangeStatus;
import be.groupsetup.application.port.in.ClearFieldsCommand;
import be.groupsetup.application.port.in.CreateGroupCommand;
import be.groupsetup.application.port.in.ExportGroupCommand;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.ImportGroupCommand;
import be.groupsetup.application.port.in.RecordCsamStepCommand;
import be.groupsetup.application.port.in.RenameGroupCommand;
import be.groupsetup.application.port.in.ResetCsamCommand;
import be.groupsetup.application.port.in.SetFieldsCommand;
import be.groupsetup.application.port.in.UndoCsamStepCommand;
import be.groupsetup.application.port.out.ArchiveCodecPort;
import be.groupsetup.application.service.CsamProcedureService;
import be.groupsetup.application.service.GroupConfigurationService;
import be.groupsetup.application.testing.GroupQueries;
import be.groupsetup.application.service.GroupTransferService;
import be.groupsetup.application.service.WarningAcknowledgementService;
import be.groupsetup.application.testing.FixedClock;
import be.groupsetup.application.testing.InMemoryGroupStore;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.csam.StepRequest;
import be.groupsetup.domain.field.FieldKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: over random sequences of set, clear, csam record / undo / reset, rename, import --replace and
 * acknowledge, the services' readiness (status and list) equals the verdict of an independent model of the rules
 * written here: complete configuration, every warning acknowledged for the values it read, the five required steps
 * recorded, and the designation made now still tied to an existing login of the current representing nurse.
 * Seeded: a failure names its seed and the step.
 */
class ReadinessPropertyTest {

    private static final int SEQUENCES = 60;
    private static final int STEPS = 60;
    private static final String[] NUMBERS = {"94123456001", "94654321001"};
    /** Logged-in names: each matches one nurse of {@link #NURSES}, or nobody. */
    private static final String[] LOGINS = {"D'HONDT Françoise Marie", "JANSSENS Marc", "Jan Peeters"};
    private static final String[][] NURSES = {{"Françoise", "D'Hondt"}, {"Marc", "Janssens"}};
    /** Mutualities: 135 is fine, 319 and 320 each raise single-point-of-contact.not-christian. */
    private static final String[] MUTUALITIES = {"135", "319", "320"};
    private static final String NOT_CHRISTIAN = "single-point-of-contact.not-christian";

    static LongStream seeds() {
        return LongStream.range(0, SEQUENCES).map(i -> 0x5EED_0000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void givenRandomSequenceOfCommands_afterEveryStep_thenReadinessEqualsTheModel(long seed) {
        new Run(seed).go();
    }

    /** One sequence: the real services on an in-memory store, and the model beside them. */
    private static final class Run {

        private final Random random;
        private final long seed;
        private final ConfigurationRules rules = ConfigurationRules.standard(SampleGroups.RULES_CLOCK);
        private final InMemoryGroupStore store = new InMemoryGroupStore();
        private final FixedClock clock = new FixedClock(Instant.parse("2026-12-01T08:00:00Z"), Duration.ofSeconds(1));
        private final Codec codec = new Codec();
        private final GroupConfigurationService configure =
                new GroupConfigurationService(rules, store, clock, () -> "tech");
        private final CsamProcedureService csam = new CsamProcedureService(store, clock, () -> "tech");
        private final WarningAcknowledgementService acknowledge =
                new WarningAcknowledgementService(rules, store, clock, () -> "tech");
        private final GroupQueries queries = GroupQueries.on(rules, store, store);
        private final GroupTransferService transfer = new GroupTransferService(rules, store, codec, clock, () -> "tech");

        private Model model = new Model();
        /** Exports of the group under its current number, with the model as it was then. */
        private final List<Map.Entry<String, Model>> exports = new ArrayList<>();
        private final List<String> trace = new ArrayList<>();

        Run(long seed) {
            this.seed = seed;
            this.random = new Random(seed);
        }

        void go() {
            model.number = NUMBERS[0];
            assertThat(configure.create(new CreateGroupCommand(model.number)).status()).isEqualTo(ChangeStatus.APPLIED);
            Map<FieldKey, String> start = new EnumMap<>(FieldKey.class);
            start.putAll(Model.FIXED);
            start.put(FieldKey.FIRST_NAME, NURSES[0][0]);
            start.put(FieldKey.LAST_NAME, NURSES[0][1]);
            start.put(FieldKey.SINGLE_POINT_OF_CONTACT, "135");
            apply("set everything", configure.set(new SetFieldsCommand(model.number, start)).status(), true,
                    () -> model.values.putAll(start));
            for (int step = 0; step < STEPS; step++) {
                oneStep();
                boolean ready = queries.status().status(new GroupQuery(model.number)).readiness().isReady();
                boolean listed = ((GroupListing.Listed) queries.list().list().get(0)).summary().ready();
                assertThat(ready).as(context("status readiness")).isEqualTo(model.ready());
                assertThat(listed).as(context("list readiness")).isEqualTo(model.ready());
            }
        }

        private void oneStep() {
            int choice = random.nextInt(100);
            if (choice < 12) {
                String[] nurse = NURSES[random.nextInt(NURSES.length)];
                Map<FieldKey, String> names = Map.of(FieldKey.FIRST_NAME, nurse[0], FieldKey.LAST_NAME, nurse[1]);
                boolean changes = !names.get(FieldKey.FIRST_NAME).equals(model.values.get(FieldKey.FIRST_NAME))
                        || !names.get(FieldKey.LAST_NAME).equals(model.values.get(FieldKey.LAST_NAME));
                ChangeStatus status = configure.set(new SetFieldsCommand(model.number, names)).status();
                expect("set nurse " + nurse[1], status, changes ? ChangeStatus.APPLIED : ChangeStatus.UNCHANGED,
                        () -> model.values.putAll(names));
            } else if (choice < 22) {
                String mutuality = MUTUALITIES[random.nextInt(MUTUALITIES.length)];
                boolean changes = !mutuality.equals(model.values.get(FieldKey.SINGLE_POINT_OF_CONTACT));
                ChangeStatus status = configure.set(new SetFieldsCommand(model.number,
                        Map.of(FieldKey.SINGLE_POINT_OF_CONTACT, mutuality))).status();
                expect("set mutuality " + mutuality, status, changes ? ChangeStatus.APPLIED : ChangeStatus.UNCHANGED,
                        () -> model.values.put(FieldKey.SINGLE_POINT_OF_CONTACT, mutuality));
            } else if (choice < 27) {
                FieldKey field = random.nextBoolean() ? FieldKey.PHONE : FieldKey.FIRST_NAME;
                boolean changes = model.values.containsKey(field);
                ChangeStatus status = configure.clear(new ClearFieldsCommand(model.number, java.util.Set.of(field))).status();
                expect("clear " + field.key(), status, changes ? ChangeStatus.APPLIED : ChangeStatus.UNCHANGED,
                        () -> model.values.remove(field));
            } else if (choice < 30) {
                boolean changes = !model.values.containsKey(FieldKey.PHONE);
                ChangeStatus status = configure.set(new SetFieldsCommand(model.number,
                        Map.of(FieldKey.PHONE, Model.FIXED.get(FieldKey.PHONE)))).status();
                expect("set phone", status, changes ? ChangeStatus.APPLIED : ChangeStatus.UNCHANGED,
                        () -> model.values.put(FieldKey.PHONE, Model.FIXED.get(FieldKey.PHONE)));
            } else if (choice < 65) {
                recordStep();
            } else if (choice < 78) {
                String step = List.of("authority", "csam-login", "principal-access-manager", "access-rights",
                        "no-mandates").get(random.nextInt(5));
                boolean allowed = model.canUndo(step);
                ChangeStatus status = csam.undo(new UndoCsamStepCommand(model.number, step, null, false)).status();
                expect("undo " + step, status, allowed ? ChangeStatus.APPLIED : ChangeStatus.REFUSED,
                        () -> model.undo(step));
            } else if (choice < 80) {
                boolean any = model.hasRecords();
                ChangeStatus status = csam.reset(new ResetCsamCommand(model.number)).status();
                expect("reset", status, any ? ChangeStatus.APPLIED : ChangeStatus.UNCHANGED, model::reset);
            } else if (choice < 84) {
                String to = model.number.equals(NUMBERS[0]) ? NUMBERS[1] : NUMBERS[0];
                ChangeStatus status = configure.rename(new RenameGroupCommand(model.number, to)).status();
                expect("rename to " + to, status, ChangeStatus.APPLIED, () -> {
                    model.number = to;
                    exports.clear();
                });
            } else if (choice < 89) {
                exports.add(Map.entry(transfer.export(new ExportGroupCommand(model.number)), model.copy()));
                trace.add("export");
            } else if (choice < 92 && !exports.isEmpty()) {
                Map.Entry<String, Model> export = exports.get(random.nextInt(exports.size()));
                transfer.importGroup(new ImportGroupCommand(export.getKey(), true));
                trace.add("import --replace");
                model = export.getValue().copy();
            } else {
                boolean withdraw = random.nextInt(4) == 0;
                String mutuality = model.values.get(FieldKey.SINGLE_POINT_OF_CONTACT);
                boolean open = model.warningOpen();
                boolean allowed = withdraw ? model.acknowledged != null : open;
                ChangeStatus status = acknowledge.acknowledge(new AcknowledgeWarningCommand(model.number,
                        NOT_CHRISTIAN, null, "The group works with " + mutuality, withdraw)).status();
                expect((withdraw ? "withdraw" : "acknowledge") + " at " + mutuality, status,
                        allowed ? ChangeStatus.APPLIED : ChangeStatus.REFUSED,
                        () -> model.acknowledged = withdraw ? null : mutuality);
            }
        }

        private void recordStep() {
            int which = random.nextInt(7);
            StepRequest request;
            boolean allowed;
            Runnable effect;
            switch (which) {
                case 0 -> {
                    request = StepRequest.of("authority").withPerson("Françoise D'Hondt").withRole("group-responsible");
                    allowed = true;
                    effect = () -> model.authorities++;
                }
                case 1, 2 -> {
                    String login = LOGINS[random.nextInt(LOGINS.length)];
                    request = StepRequest.of("csam-login").withPerson(login);
                    allowed = model.authorities > 0;
                    effect = () -> model.logins.add(new Model.Login(model.nextLoginId++, login));
                }
                case 3 -> {
                    request = StepRequest.of("principal-access-manager").withPerson("Françoise D'Hondt");
                    allowed = !model.logins.isEmpty() && model.nurseMatches(model.logins.get(model.logins.size() - 1).person());
                    effect = () -> model.principals.add(new Model.Principal(false,
                            model.logins.get(model.logins.size() - 1).id()));
                }
                case 4 -> {
                    request = StepRequest.of("principal-access-manager").asExisting();
                    allowed = !model.logins.isEmpty();
                    effect = () -> model.principals.add(new Model.Principal(true, -1));
                }
                case 5 -> {
                    request = StepRequest.of("access-rights").withPerson("Françoise D'Hondt")
                            .withServices(List.of("billing", "insurability", "medico-administrative"));
                    allowed = !model.principals.isEmpty();
                    effect = () -> model.rights = true;
                }
                default -> {
                    request = StepRequest.of("no-mandates");
                    allowed = model.rights;
                    effect = () -> model.noMandates = true;
                }
            }
            ChangeStatus status = csam.record(new RecordCsamStepCommand(model.number, request)).status();
            expect("record " + request.stepId() + (request.person() == null ? "" : " " + request.person()), status,
                    allowed ? ChangeStatus.APPLIED : ChangeStatus.REFUSED, effect);
        }

        private void expect(String what, ChangeStatus actual, ChangeStatus expected, Runnable effect) {
            trace.add(what);
            assertThat(actual).as(context("status of " + what)).isEqualTo(expected);
            if (actual == ChangeStatus.APPLIED) {
                effect.run();
            }
        }

        private void apply(String what, ChangeStatus actual, boolean expectedApplied, Runnable effect) {
            expect(what, actual, expectedApplied ? ChangeStatus.APPLIED : ChangeStatus.REFUSED, effect);
        }

        private String context(String what) {
            List<String> last = trace.subList(Math.max(0, trace.size() - 12), trace.size());
            return "seed " + seed + ", " + what + " after: " + String.join(" | ", last) + " — model " + model;
        }
    }

    /** The rules, written again from the issue and docs/rules.md §2, §3 — independent of the domain's own code. */
    private static final class Model {

        static final Map<FieldKey, String> FIXED = fixed();

        record Login(int id, String person) {
        }

        record Principal(boolean existing, int loginId) {
        }

        String number;
        Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
        /** The mutuality value the warning was acknowledged for, or null. */
        String acknowledged;
        int authorities;
        List<Login> logins = new ArrayList<>();
        int nextLoginId;
        List<Principal> principals = new ArrayList<>();
        boolean rights;
        boolean noMandates;

        private static Map<FieldKey, String> fixed() {
            Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
            values.put(FieldKey.COMPANY_NAME, "Soins Chez Vous SRL");
            values.put(FieldKey.CITY, "Bruxelles");
            values.put(FieldKey.POSTAL_CODE, "1000");
            values.put(FieldKey.STREET, "Rue de la Loi 16");
            values.put(FieldKey.IBAN, "BE68539007547034");
            values.put(FieldKey.BIC, "GKCCBEBB");
            values.put(FieldKey.PHONE, "+32470123456");
            values.put(FieldKey.SUBSCRIPTION_TYPE, "MCN-2026-001");
            values.put(FieldKey.INAMI, "41234502001");
            values.put(FieldKey.ENTERPRISE_NUMBER, "0428759497");
            values.put(FieldKey.REFERENCE_CARE_PROVIDER, "41234502001");
            return values;
        }

        /** LOGINS[i] is NURSES[i] as her eID names her; the last login names nobody. */
        boolean nurseMatches(String login) {
            int named = java.util.Arrays.asList(LOGINS).indexOf(login);
            return named < NURSES.length && NURSES[named][0].equals(values.get(FieldKey.FIRST_NAME))
                    && NURSES[named][1].equals(values.get(FieldKey.LAST_NAME));
        }

        boolean warningOpen() {
            String mutuality = values.get(FieldKey.SINGLE_POINT_OF_CONTACT);
            return !"135".equals(mutuality) && mutuality != null && !mutuality.equals(acknowledged);
        }

        boolean complete() {
            return values.keySet().containsAll(FIXED.keySet()) && values.containsKey(FieldKey.FIRST_NAME)
                    && values.containsKey(FieldKey.LAST_NAME) && values.containsKey(FieldKey.SINGLE_POINT_OF_CONTACT);
        }

        boolean designationHolds() {
            if (principals.isEmpty()) {
                return false;
            }
            Principal latest = principals.get(principals.size() - 1);
            if (latest.existing()) {
                return true;
            }
            return logins.stream().filter(l -> l.id() == latest.loginId()).anyMatch(l -> nurseMatches(l.person()));
        }

        boolean ready() {
            return complete() && !warningOpen() && authorities > 0 && !logins.isEmpty() && designationHolds()
                    && rights && noMandates;
        }

        boolean hasRecords() {
            return authorities > 0 || !logins.isEmpty() || !principals.isEmpty() || rights || noMandates;
        }

        /** Undo removes the latest record; refused while the step would no longer be done and a later one is recorded. */
        boolean canUndo(String step) {
            return switch (step) {
                case "authority" -> authorities > 1 || authorities == 1 && logins.isEmpty() && principals.isEmpty()
                        && !rights && !noMandates;
                case "csam-login" -> logins.size() > 1 || logins.size() == 1 && principals.isEmpty() && !rights
                        && !noMandates;
                case "principal-access-manager" -> principals.size() > 1 || principals.size() == 1 && !rights
                        && !noMandates;
                case "access-rights" -> rights && !noMandates;
                default -> noMandates;
            };
        }

        void undo(String step) {
            switch (step) {
                case "authority" -> authorities--;
                case "csam-login" -> logins.remove(logins.size() - 1);
                case "principal-access-manager" -> principals.remove(principals.size() - 1);
                case "access-rights" -> rights = false;
                default -> noMandates = false;
            }
        }

        void reset() {
            authorities = 0;
            logins.clear();
            principals.clear();
            rights = false;
            noMandates = false;
        }

        Model copy() {
            Model copy = new Model();
            copy.number = number;
            copy.values = new EnumMap<>(values);
            copy.acknowledged = acknowledged;
            copy.authorities = authorities;
            copy.logins = new ArrayList<>(logins);
            copy.nextLoginId = nextLoginId;
            copy.principals = new ArrayList<>(principals);
            copy.rights = rights;
            copy.noMandates = noMandates;
            return copy;
        }

        @Override
        public String toString() {
            return "{nurse " + values.get(FieldKey.LAST_NAME) + ", spc " + values.get(FieldKey.SINGLE_POINT_OF_CONTACT)
                    + " ack " + acknowledged + ", authorities " + authorities + ", logins " + logins + ", principals "
                    + principals + ", rights " + rights + ", noMandates " + noMandates + "}";
        }
    }

    /** Exports kept in memory: the file's content is a key. */
    private static final class Codec implements ArchiveCodecPort {

        private final Map<String, GroupArchive> written = new HashMap<>();

        @Override
        public String encode(GroupArchive archive) {
            String key = "export-" + (written.size() + 1);
            written.put(key, archive);
            return key;
        }

        @Override
        public GroupArchive decode(String text) {
            GroupArchive archive = written.get(text);
            if (archive == null) {
                throw new ArchiveFormatException("not an export", null);
            }
            return archive;
        }
    }
}
