package be.groupsetup.bootstrap;

import be.groupsetup.adapters.cli.runner.GroupsetupRunner;
import be.groupsetup.domain.text.UnsafeCharacters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz: hostile and mistaken arguments, values and files for every command, through the real runner in one-shot
 * mode. Whatever comes in, the exit status is 0, 1 or 2 (never 3: the environment did not fail), neither stream
 * shows a stack trace or an exception's name, standard output shows no character that can act, and a command that
 * is refused leaves every stored document and history exactly as it was.
 * <p>
 * Seeded and bounded: the default size runs in seconds. Larger: {@code ./mvnw -pl bootstrap test
 * -Dtest=HostileInputFuzzTest -Dgroupsetup.fuzz.runs=20000 -Dgroupsetup.fuzz.seed=42} (README, "Tests").
 */
@SpringBootTest(properties = {"groupsetup.shell.autorun=false", "groupsetup.technician=tech-fuzz"})
@DirtiesContext
class HostileInputFuzzTest {

    private static final int RUNS = Integer.getInteger("groupsetup.fuzz.runs", 600);
    private static final long SEED = Long.getLong("groupsetup.fuzz.seed", 20261205L);
    private static final String GROUP = "94777000001";
    /** A frame of a stack trace, or the name of an exception or error class. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\n\\s+at [\\w$.]+\\(|\\b[A-Z]\\w*(Exception|Error)\\b|\\bException\\b");

    @TempDir
    static Path folder;
    private static Path files;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("groupsetup.data-dir", () -> folder.resolve("data").toString());
    }

    @BeforeAll
    static void hostileFiles() throws IOException {
        files = Files.createDirectories(folder.resolve("files"));
        Files.writeString(files.resolve("controls.json"), """
                {"format": "groupsetup-export", "schemaVersion": 2, "group": {"schemaVersion": 2, "revision": 1,
                 "configuration": {"companyName": "Evil\\u001b[31mRED", "groupNumber": "94777000001",
                 "mandateType": "aucun", "mandateNumber": ""}, "csamRecords": [], "acknowledgements": []},
                 "history": [{"revision": 1, "time": "2026-01-01T00:00:00Z", "technician": "x\\u202Ey",
                 "kind": "created"}]}
                """);
        Files.writeString(files.resolve("gaps.json"), """
                {"format": "groupsetup-export", "schemaVersion": 2, "group": {"schemaVersion": 2, "revision": 5,
                 "configuration": {"groupNumber": "94777000001", "mandateType": "aucun", "mandateNumber": ""},
                 "csamRecords": [], "acknowledgements": []},
                 "history": [{"revision": 1, "time": "2026-01-01T00:00:00Z", "technician": "x", "kind": "created"},
                             {"revision": 5, "time": "2026-01-01T00:00:00Z", "technician": "x", "kind": "fields-set"}]}
                """);
        Files.writeString(files.resolve("string-revision.json"), """
                {"format": "groupsetup-export", "schemaVersion": 2, "group": {"schemaVersion": 2, "revision": "5",
                 "configuration": {"groupNumber": "94777000001"}, "csamRecords": []}, "history": []}
                """);
        Files.writeString(files.resolve("huge-revision.json"), """
                {"format": "groupsetup-export", "schemaVersion": 2, "group": {"schemaVersion": 2,
                 "revision": 99999999999999999999999, "configuration": {"groupNumber": "94777000001"}}}
                """);
        Files.writeString(files.resolve("newer.json"), """
                {"format": "groupsetup-export", "schemaVersion": 3, "group": {"schemaVersion": 3, "revision": 1}}
                """);
        Files.writeString(files.resolve("script.txt"), "group show 94777000001\ngroup frobnicate\n");
        byte[] noise = new byte[4096];
        new Random(SEED).nextBytes(noise);
        Files.write(files.resolve("noise.bin"), noise);
        Files.writeString(files.resolve("deep.json"), "[".repeat(100_000));
    }

    @Autowired
    private GroupsetupRunner runner;

    record Result(int exit, String out, String err) {
    }

    private Result run(List<String> words) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = runner.run(words.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void givenHostileInputForEveryCommand_whenRun_thenExit012_noStackTrace_noActingCharacter_storeUnchangedOnRefusal()
            throws IOException {
        Random random = new Random(SEED);
        seedGroup();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < RUNS && failures.size() < 5; i++) {
            if (i % 50 == 0) {
                seedGroup();
            }
            List<String> words = command(random);
            Map<String, String> before = snapshot();
            Result result = run(words);
            String where = "run " + i + " (seed " + SEED + "): " + printable(words);
            if (result.exit() < 0 || result.exit() > 2) {
                failures.add(where + " → exit " + result.exit() + "\n" + result.err());
                continue;
            }
            if (STACK_TRACE.matcher(result.out()).find() || STACK_TRACE.matcher(result.err()).find()) {
                failures.add(where + " → a stack trace or exception name:\n" + result.out() + result.err());
            }
            String outWithoutLineEnds = result.out().replace("\n", "").replace("\t", "");
            UnsafeCharacters.first(outWithoutLineEnds).ifPresent(found ->
                    failures.add(where + " → standard output holds " + found.name()));
            if (result.exit() != 0 && !before.equals(snapshot())) {
                failures.add(where + " → refused (exit " + result.exit() + ") but the store changed");
            }
        }
        assertThat(failures).as(RUNS + " runs").isEmpty();
    }

    private void seedGroup() {
        run(List.of("group", "new", GROUP));
        run(List.of("group", "set", GROUP, "--company-name", "Soins SRL", "--first-name", "Marie", "--last-name",
                "Dupont", "--single-point-of-contact", "319"));
        run(List.of("csam", "record", GROUP, "authority", "--person", "Marie Dupont", "--role", "local-user"));
    }

    /** Every stored document and history, by name: what a refused command must leave as it was. */
    private static Map<String, String> snapshot() throws IOException {
        Map<String, String> digests = new TreeMap<>();
        Path groups = folder.resolve("data").resolve("groups");
        if (!Files.isDirectory(groups)) {
            return digests;
        }
        try (Stream<Path> stored = Files.list(groups)) {
            for (Path file : stored.filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                digests.put(file.getFileName().toString(), digest(Files.readAllBytes(file)));
            }
        }
        return digests;
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String[] FIELDS = {"company-name", "city", "postal-code", "street", "iban", "bic",
            "first-name", "last-name", "phone", "subscription-type", "inami", "enterprise-number",
            "single-point-of-contact", "reference-care-provider", "mandate-type", "mandate-number", "ehealth-box",
            "ehealth-box-type", "ehealth-box-quality", "group-number", "no-such-field"};
    private static final String[] STEPS = {"authority", "csam-login", "principal-access-manager",
            "local-access-managers", "access-rights", "no-mandates", "mandate", "étape", ""};

    private List<String> command(Random random) {
        String group = random.nextInt(4) == 0 ? hostile(random) : GROUP;
        return switch (random.nextInt(22)) {
            case 0 -> List.of("group", "new", random.nextBoolean() ? hostile(random) : number(random));
            case 1, 2, 3 -> {
                List<String> words = new ArrayList<>(List.of("group", "set", group));
                int n = 1 + random.nextInt(3);
                for (int k = 0; k < n; k++) {
                    words.add("--" + FIELDS[random.nextInt(FIELDS.length)]);
                    words.add(hostile(random));
                }
                yield words;
            }
            case 4 -> List.of("group", "clear", group, FIELDS[random.nextInt(FIELDS.length)]);
            case 5 -> List.of("group", pick(random, "show", "check", "status", "history"), group,
                    "--format", pick(random, "json", "text", "xml", hostile(random)));
            case 6 -> List.of("group", "list", "--format", pick(random, "json", "text"));
            case 7 -> List.of("group", "sheet", group, "--format", pick(random, "text", "markdown", "html", "json"),
                    "--output", pick(random, "/", "/dev/null", "-", files.toString(),
                            files.resolve("sheet-" + random.nextInt(3) + ".html").toString(), hostileOutput(random)));
            case 8 -> List.of("group", "rename", group, random.nextBoolean() ? hostile(random) : number(random));
            case 9 -> List.of("group", "delete", hostile(random), "--force");
            case 10 -> List.of("group", "export", group, "--output",
                    pick(random, "/", "/dev/null", files.resolve("export.json").toString(), hostileOutput(random)));
            case 11 -> List.of("group", "import", pick(random, "/dev/zero", "/", "/dev/null",
                    files.resolve("controls.json").toString(), files.resolve("gaps.json").toString(),
                    files.resolve("string-revision.json").toString(), files.resolve("huge-revision.json").toString(),
                    files.resolve("newer.json").toString(), files.resolve("noise.bin").toString(),
                    files.resolve("deep.json").toString(), files.resolve("missing.json").toString(), hostile(random)),
                    "--replace");
            case 12 -> List.of("group", "wizard", group);
            case 13, 14, 15 -> {
                List<String> words = new ArrayList<>(List.of("csam", "record", group, STEPS[random.nextInt(STEPS.length)]));
                if (random.nextBoolean()) {
                    words.addAll(List.of("--person", hostile(random)));
                }
                if (random.nextInt(3) == 0) {
                    words.addAll(List.of("--role", hostile(random)));
                }
                if (random.nextInt(3) == 0) {
                    words.addAll(List.of("--services", hostile(random)));
                }
                if (random.nextInt(4) == 0) {
                    words.add(pick(random, "--existing", "--skipped", "--confirmed", "--cascade", "--nope"));
                }
                yield words;
            }
            case 16 -> List.of("csam", "undo", group, STEPS[random.nextInt(STEPS.length)], "--person", hostile(random));
            case 17 -> List.of("csam", pick(random, "status", "reset"), group, "--force");
            case 18 -> List.of("group", "acknowledge", group, pick(random, "single-point-of-contact.not-christian",
                    hostile(random)), "--reason", hostile(random));
            case 19 -> List.of("@" + pick(random, "/dev/zero", "/", files.resolve("script.txt").toString(),
                    files.resolve("noise.bin").toString(), hostile(random)));
            case 20 -> List.of(hostile(random), hostile(random));
            default -> List.of(pick(random, "help", "version"), hostile(random));
        };
    }

    /** An output name chosen to hurt, always inside the test's folder (never the working directory). */
    private static String hostileOutput(Random random) {
        return files + "/" + pick(random, "evil\u001b[31m.html", "line\nbreak.html", "\u202Elmth.exe", "",
                "missing-folder/out.html", "export.json/inside", "..", "x".repeat(300));
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String number(Random random) {
        return pick(random, "94777000002", "45612368401", "99999999999999999999999", "-1", "0", "94777000001");
    }

    /** A value chosen to hurt: terminal escapes, forged lines, bidi and zero-width, huge, odd numbers, paths. */
    private static String hostile(Random random) {
        return switch (random.nextInt(16)) {
            case 0 -> "Evil\u001b[31mRED\u001b[0m";
            case 1 -> "line one\nERROR forged line";
            case 2 -> "abc\u202Etxt.exe";
            case 3 -> "Ma\u200Brie";
            case 4 -> "x".repeat(1 + random.nextInt(200_000));
            case 5 -> "\u0000\u0007\u0008\u007F";
            case 6 -> "\uD800";
            case 7 -> "\uE000private";
            case 8 -> "\u2028\u2029";
            case 9 -> "../../etc/passwd";
            case 10 -> "%s%n%x{0}${jndi:ldap://127.0.0.1/a}";
            case 11 -> "'; DROP TABLE stored_group; --";
            case 12 -> "";
            case 13 -> "--output";
            case 14 -> "\t Françoise \t D'Hondt ";
            default -> randomText(random);
        };
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x20) : random.nextInt(0x3000);
            if (Character.isValidCodePoint(codePoint) && !Character.isSurrogate((char) codePoint)) {
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }

    private static String printable(List<String> words) {
        List<String> shown = new ArrayList<>();
        for (String word : words) {
            String escaped = UnsafeCharacters.escape(word);
            shown.add(escaped.length() > 80 ? escaped.substring(0, 80) + "…(" + word.length() + ")" : escaped);
        }
        return String.join(" ", shown);
    }
}
