package be.groupsetup.bootstrap;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The interactive shell and {@code group wizard} end to end, as a technician meets them: the real application
 * in a child JVM on a real pseudo-terminal (pty4j, so {@code System.console()} is there and JLine is not dumb),
 * keystrokes written to the terminal, the screen read back without its escape sequences. Every wait is
 * bounded; none is a timing assertion.
 */
@Execution(ExecutionMode.CONCURRENT)
class WizardInTerminalTest {

    /** Upper bound for one expectation (the child JVM's start included); a bound, not a timing assertion. */
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String PROMPT = "groupsetup:>";
    private static final String ENTER = "\r";
    private static final String CTRL_D = "\u0004";

    @TempDir
    Path temp;

    @Test
    void exitAtThePromptEndsTheProcessAtOnce() throws Exception {
        try (Screen screen = Screen.start(temp)) {
            screen.expect(PROMPT);
            screen.type("exit" + ENTER);

            assertThat(screen.exitStatus()).as(screen.transcript()).isZero();
            assertThat(screen.transcript()).contains("Bye.");
        }
    }

    @Test
    void keysTypedAtTheFirstPromptWhileTheShellStartsAreKeptAndRun() throws Exception {
        try (Screen screen = Screen.start(temp)) {
            // written before the application is assembled (EarlyPrompt): typed at once, the keys wait in the terminal
            screen.expect("groupsetup — type help for the commands, exit to leave.");
            screen.expect(PROMPT);
            screen.type("group new 94123456" + ENTER + "group li");
            screen.expect("94123456001");
            screen.type("st" + ENTER);
            screen.expect("COMPANY");
            screen.expect("94123456001");
            screen.expect(PROMPT);
            screen.type("exit" + ENTER);

            assertThat(screen.exitStatus()).as(screen.transcript()).isZero();
            // the early prompt was written (the cursor saved where it begins), and the line reader's prompt took its
            // place: one welcome
            assertThat(screen.raw()).contains("leave.\r\n\r\n\u001B[A\u001B7\u001B[36mgroupsetup:>");
            assertThat(screen.transcript().split("type help for the commands", -1)).as(screen.transcript()).hasSize(2);
        }
        assertThat(stored("94123456001")).isNotNull();
    }

    @Test
    void theWizardCreatesACompleteGroupFromNothingAndAsksARefusedValueAgain() throws Exception {
        try (Screen screen = Screen.start(temp)) {
            screen.expect(PROMPT);
            screen.type("group wizard 94123456" + ENTER);
            screen.expect("Group 94123456001 created.");

            screen.answer("Nom de l’entreprise: ", "Soins à Domicile L'Aurore SRL");
            // ? explains, then the same field is asked again
            screen.answer("Ville: ", "?");
            screen.expect("City");
            screen.answer("Ville: ", "Bruxelles");
            screen.answer("Code Postal: ", "1000");
            screen.answer("Rue: ", "Rue de la Loi 16");
            // a wrong check digit: refused, explained, asked again
            screen.answer("IBAN: ", "BE68 5390 0754 7035");
            screen.expect("[iban.checksum]");
            screen.expect("Please type it again");
            screen.answer("IBAN: ", "BE68 5390 0754 7034");
            // bank 539 is not in the table: no BIC proposed
            screen.answer("BIC: ", "GKCCBEBB");
            screen.answer("Prénom: ", "Marie");
            screen.answer("Nom: ", "Dupont");
            screen.answer("Tél: ", "0470 12 34 56");
            screen.answer("Type de souscription: ", "Standard");
            screen.answer("Numéro INAMI: ", "41234502001");
            screen.expect("Partie Tiers Payant / Nr de groupe: 94123456-001 (fixed, not asked)");
            screen.answer("Numéro de société: ", "0428.759.497");
            screen.answer("Unique Point de Contact: ", "135");
            // the proposal is the representing nurse's INAMI: Enter takes it
            screen.answer("Prest. de soins de refs [4-12345-02-001]: ", "");
            screen.expect("Type de mandat: aucun (fixed, not asked)");
            screen.answer("Ehealth box (optional): ", "");
            screen.answer("EHealth box type (optional): ", "");
            screen.answer("EHealth Box Qualité (optional): ", "");
            screen.expect("Group 94123456001 is complete.");
            screen.expect(PROMPT);

            screen.type("group check 94123456001" + ENTER);
            screen.expect("Group 94123456001 is complete.");
            screen.expect(PROMPT);
            screen.type("exit" + ENTER);
            assertThat(screen.exitStatus()).as(screen.transcript()).isZero();
        }

        JsonNode values = stored("94123456001");
        assertThat(text(values, "companyName")).isEqualTo("Soins à Domicile L'Aurore SRL");
        assertThat(text(values, "city")).isEqualTo("Bruxelles");
        assertThat(text(values, "postalCode")).isEqualTo("1000");
        assertThat(text(values, "street")).isEqualTo("Rue de la Loi 16");
        assertThat(text(values, "iban")).isEqualTo("BE68539007547034");
        assertThat(text(values, "bic")).isEqualTo("GKCCBEBB");
        assertThat(text(values, "firstName")).isEqualTo("Marie");
        assertThat(text(values, "lastName")).isEqualTo("Dupont");
        assertThat(text(values, "phone")).isEqualTo("+32470123456");
        assertThat(text(values, "subscriptionType")).isEqualTo("Standard");
        assertThat(text(values, "inami")).isEqualTo("41234502001");
        assertThat(text(values, "groupNumber")).isEqualTo("94123456001");
        assertThat(text(values, "enterpriseNumber")).isEqualTo("0428759497");
        assertThat(text(values, "singlePointOfContact")).isEqualTo("135");
        assertThat(text(values, "referenceCareProvider")).isEqualTo("41234502001");
        assertThat(text(values, "ehealthBox")).isNull();
        // nothing is written in the current folder
        try (Stream<Path> left = Files.list(workingDirectory(temp))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theWizardLeftHalfWayResumesInANewProcessWithTheEarlierAnswers() throws Exception {
        try (Screen screen = Screen.start(temp)) {
            screen.expect(PROMPT);
            screen.type("group wizard 94.55.66.77" + ENTER);
            screen.expect("Group 94556677001 created.");
            screen.answer("Nom de l’entreprise: ", "Thuiszorg De Linde BV");
            screen.answer("Ville: ", "Gent");
            screen.answer("Code Postal: ", "9000");
            screen.answer("Rue: ", "Veldstraat 1");
            screen.answer("IBAN: ", "BE68 5390 0754 7034");
            screen.answer("BIC: ", ":q");
            screen.expect("Left the wizard; what you entered is saved. Resume with: group wizard 94556677001");
            screen.expect(PROMPT);
            // in the same shell, Ctrl-D at a wizard prompt leaves the wizard, not the shell
            screen.type("group wizard 94556677001" + ENTER);
            screen.expect("Nom de l’entreprise [Thuiszorg De Linde BV]: ");
            screen.type(CTRL_D);
            screen.expect("Left the wizard");
            screen.expect(PROMPT);
            screen.type("exit" + ENTER);
            assertThat(screen.exitStatus()).as(screen.transcript()).isZero();
        }
        JsonNode halfWay = stored("94556677001");
        assertThat(text(halfWay, "street")).isEqualTo("Veldstraat 1");
        assertThat(text(halfWay, "bic")).isNull();

        try (Screen screen = Screen.start(temp)) {
            screen.expect(PROMPT);
            screen.type("group wizard 94556677001" + ENTER);
            // the earlier answers are the defaults, kept with Enter
            screen.answer("Nom de l’entreprise [Thuiszorg De Linde BV]: ", "");
            screen.answer("Ville [Gent]: ", "");
            screen.answer("Code Postal [9000]: ", "");
            screen.answer("Rue [Veldstraat 1]: ", "");
            screen.answer("IBAN [BE68 5390 0754 7034]: ", "");
            screen.answer("BIC: ", "GKCCBEBB");
            screen.answer("Prénom: ", "Jan");
            screen.answer("Nom: ", "Peeters");
            screen.answer("Tél: ", "0470 98 76 54");
            screen.answer("Type de souscription: ", "Standard");
            screen.answer("Numéro INAMI: ", "41234502001");
            screen.answer("Numéro de société: ", "0428.759.497");
            screen.answer("Unique Point de Contact: ", "135");
            screen.answer("Prest. de soins de refs [4-12345-02-001]: ", "");
            screen.answer("Ehealth box (optional): ", "");
            screen.answer("EHealth box type (optional): ", "");
            screen.answer("EHealth Box Qualité (optional): ", "");
            screen.expect("Group 94556677001 is complete.");
            screen.expect(PROMPT);

            screen.type("group show 94556677001" + ENTER);
            screen.expect("Thuiszorg De Linde BV");
            screen.expect("Veldstraat 1");
            screen.expect("Peeters");
            screen.expect("Group 94556677001 is complete.");
            screen.expect(PROMPT);
            screen.type("exit" + ENTER);
            assertThat(screen.exitStatus()).as(screen.transcript()).isZero();
        }
        JsonNode values = stored("94556677001");
        // the answers of the first process
        assertThat(text(values, "companyName")).isEqualTo("Thuiszorg De Linde BV");
        assertThat(text(values, "city")).isEqualTo("Gent");
        assertThat(text(values, "postalCode")).isEqualTo("9000");
        assertThat(text(values, "street")).isEqualTo("Veldstraat 1");
        assertThat(text(values, "iban")).isEqualTo("BE68539007547034");
        // and those of the second
        assertThat(text(values, "bic")).isEqualTo("GKCCBEBB");
        assertThat(text(values, "lastName")).isEqualTo("Peeters");
        assertThat(text(values, "phone")).isEqualTo("+32470987654");
        assertThat(text(values, "referenceCareProvider")).isEqualTo("41234502001");
    }

    /** The values of a group as stored in the data directory. */
    private JsonNode stored(String number) throws IOException {
        Path file = dataDirectory(temp).resolve("groups").resolve(number + ".json");
        assertThat(file).exists();
        return JsonMapper.builder().build().readTree(Files.readString(file)).get("configuration");
    }

    private static String text(JsonNode values, String key) {
        JsonNode value = values.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Path dataDirectory(Path temp) {
        return temp.resolve("data");
    }

    private static Path workingDirectory(Path temp) {
        return temp.resolve("work");
    }

    /** The application on a pseudo-terminal: what it printed so far, and a keyboard. */
    private static final class Screen implements AutoCloseable {

        /** CSI, OSC, DCS/PM/APC strings, then any other escape; then control characters but tab and line feed. */
        private static final Pattern ESCAPES = Pattern.compile(
                "\u001B\\[[0-?]*[ -/]*[@-~]"
                        + "|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)"
                        + "|\u001B[PX^_][^\u001B]*\u001B\\\\"
                        + "|\u001B[ -/]*[0-~]"
                        + "|[\u0000-\u0008\u000B-\u001F\u007F]");

        private final PtyProcess process;
        private final OutputStream keyboard;
        private final StringBuilder output = new StringBuilder();
        private final Thread reader;
        private int seen;

        private Screen(PtyProcess process) {
            this.process = process;
            this.keyboard = process.getOutputStream();
            this.reader = new Thread(this::read, "pty-reader");
            this.reader.setDaemon(true);
            this.reader.start();
        }

        /** Starts groupsetup's interactive shell (no arguments) on a 200×50 pseudo-terminal. */
        static Screen start(Path temp) throws IOException {
            Path work = Files.createDirectories(workingDirectory(temp));
            Path home = Files.createDirectories(temp.resolve("home"));
            // the classes under test (ApplicationClassPath), not bootstrap/target/groupsetup.jar: in `mvnw verify` the
            // tests run before the jar is packaged, so a jar found there would be an earlier build's
            List<String> command = ApplicationClassPath.javaCommand("-Dfile.encoding=UTF-8", "-Duser.home=" + home,
                    "-Dgroupsetup.data-dir=" + dataDirectory(temp), "-Dgroupsetup.language=en",
                    "-Dgroupsetup.technician=pty-test");
            Map<String, String> environment = new HashMap<>(System.getenv());
            environment.keySet().removeIf(name -> name.startsWith("GROUPSETUP_") || name.startsWith("SPRING_")
                    || name.startsWith("JAVA_TOOL_OPTIONS") || name.startsWith("JDK_JAVA_OPTIONS"));
            environment.put("TERM", "xterm-256color");
            environment.put("LANG", "C.UTF-8");
            environment.put("LC_ALL", "C.UTF-8");
            environment.put("HOME", home.toString());
            PtyProcess process = new PtyProcessBuilder(command.toArray(String[]::new))
                    .setEnvironment(environment)
                    .setDirectory(work.toString())
                    .setInitialColumns(200)
                    .setInitialRows(50)
                    .setRedirectErrorStream(true)
                    .start();
            return new Screen(process);
        }

        private void read() {
            try (Reader in = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
                char[] chunk = new char[4096];
                int count;
                while ((count = in.read(chunk)) >= 0) {
                    synchronized (output) {
                        output.append(chunk, 0, count);
                        output.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the terminal closes when the process ends
            }
        }

        /** What the application wrote so far, escape sequences included. */
        String raw() {
            synchronized (output) {
                return output.toString();
            }
        }

        /** What the screen showed so far, without escape sequences and carriage returns. */
        String transcript() {
            String raw;
            synchronized (output) {
                raw = output.toString();
            }
            return ESCAPES.matcher(raw).replaceAll("");
        }

        /** Waits (bounded) until {@code text} appears after what was expected before, and moves past it. */
        void expect(String text) throws InterruptedException {
            long deadline = System.nanoTime() + BOUND.toNanos();
            while (true) {
                // looked at before the screen, so that the last output of an ended process is still searched
                boolean ended = !process.isAlive() && !reader.isAlive();
                int length;
                synchronized (output) {
                    length = output.length();
                }
                String screen = transcript();
                int at = screen.indexOf(text, seen);
                if (at >= 0) {
                    seen = at + text.length();
                    return;
                }
                if (ended || System.nanoTime() > deadline) {
                    fail("Expected \"%s\" after:%n%s%n--- whole transcript ---%n%s",
                            text, screen.substring(Math.min(seen, screen.length())), screen);
                }
                // woken by the next output, or at the latest after 50 ms to look at the process and the bound
                synchronized (output) {
                    if (output.length() == length) {
                        output.wait(50);
                    }
                }
            }
        }

        /** Waits for a wizard prompt, then types the answer and Enter. */
        void answer(String prompt, String value) throws Exception {
            expect(prompt);
            type(value + ENTER);
            if (!value.isEmpty()) {
                expect(value);
            }
        }

        void type(String keys) throws IOException {
            keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
        }

        /** The exit status, waited for within the bound; fails when the process is still running then. */
        int exitStatus() throws InterruptedException {
            if (!process.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)) {
                fail("The process did not end:%n%s", transcript());
            }
            return process.exitValue();
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            reader.join(TimeUnit.SECONDS.toMillis(5));
        }
    }
}
