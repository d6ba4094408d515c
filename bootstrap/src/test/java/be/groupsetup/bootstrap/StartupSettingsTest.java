package be.groupsetup.bootstrap;

import be.groupsetup.application.error.SettingException;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.presentation.text.Messages;
import be.groupsetup.persistence.directory.DataDirectory;
import be.groupsetup.application.error.RefusedException;
import be.groupsetup.application.error.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.env.PropertiesPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The settings checked when groupsetup starts, as units: each mistake is a {@link SettingException} (exit 2, one
 * line saying what is expected), never a defect. The same cases through a real process: {@link SettingsProcessTest}.
 */
class StartupSettingsTest {

    private static final Messages EN = Messages.forLanguage("en", null);

    @TempDir
    Path temporary;

    private GroupsetupSettings settings(Path dataDir, Duration lockTimeout, String storage) {
        return new GroupsetupSettings(dataDir, "en", null, lockTimeout, storage);
    }

    @Test
    void givenAnEmptyDataDirectorySetting_whenBound_thenRefusedSayingToSetAnExistingFolderOrLeaveItUnset() {
        assertThatThrownBy(() -> settings(null, null, null)).isInstanceOfSatisfying(SettingException.class, e -> {
            assertThat(GroupsetupApplication.startupExitCode(e)).isEqualTo(ExitCode.USAGE);
            assertThat(GroupsetupApplication.startupFailure(e, EN)).isEqualTo("groupsetup cannot start: The setting"
                    + " groupsetup.data-dir (GROUPSETUP_DATA_DIR) is empty: set it to an existing folder, or leave it"
                    + " unset for the default ~/.groupsetup.");
        });
        assertThatThrownBy(() -> settings(Path.of("  "), null, null)).isInstanceOf(SettingException.class);
    }

    @Test
    void givenLockTimeoutsOutOfBounds_whenBound_thenRefusedNamingTheValueAndTheBounds() {
        for (Duration wrong : new Duration[]{Duration.ofDays(1_000_000), Duration.ofSeconds(-5),
                Duration.ofMinutes(61)}) {
            assertThatThrownBy(() -> settings(temporary, wrong, null)).isInstanceOfSatisfying(SettingException.class,
                    e -> assertThat(GroupsetupApplication.startupFailure(e, EN)).contains("GROUPSETUP_LOCKTIMEOUT")
                            .contains("a duration like 30s").contains("from 0s to 1h"));
        }
        assertThat(GroupsetupApplication.startupFailure(
                new SettingException("settings.lock-timeout", null, "1000000d", "1h"), EN)).contains("“1000000d”");
        assertThat(settings(temporary, Duration.ZERO, null).lockTimeout()).isZero();
        assertThat(settings(temporary, Duration.ofHours(1), null).lockTimeout()).isEqualTo(Duration.ofHours(1));
        assertThat(settings(temporary, null, null).lockTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void givenAnUnknownStorage_whenChosen_thenRefusedListingTheStoresOfTheClassPath() {
        StoreRegistry stores = StoreRegistry.onClassPath();

        assertThatThrownBy(() -> stores.chosen(settings(temporary, null, "mongo").storage()))
                .isInstanceOfSatisfying(SettingException.class, e -> {
                    assertThat(GroupsetupApplication.startupFailure(e, EN))
                            .endsWith("is “mongo”. Expected one of: file, postgres.");
                    assertThat(GroupsetupApplication.startupExitCode(e)).isEqualTo(ExitCode.USAGE);
                });
        assertThat(stores.names()).containsExactly("file", "postgres");
        assertThat(stores.chosen(settings(temporary, null, " Postgres ").storage())).isEqualTo("postgres");
        assertThat(stores.chosen(settings(temporary, null, " ").storage())).as("the default store").isEqualTo("file");
    }

    @Test
    void givenFailuresAtStart_whenTheirExitStatusIsChosen_thenTheUsersMistakesAre2AndTheEnvironment3() throws IOException {
        Path shared = Files.createDirectory(temporary.resolve("shared"));
        Files.setAttribute(shared, "unix:mode", 01777);
        Exception refusedDirectory = catchStart(() -> DataDirectory.open(shared));

        assertThat(GroupsetupApplication.startupExitCode(refusedDirectory)).isEqualTo(ExitCode.USAGE);
        assertThat(GroupsetupApplication.startupExitCode(new RefusedException(java.util.List.of())))
                .isEqualTo(ExitCode.USAGE);
        assertThat(GroupsetupApplication.startupExitCode(new IllegalStateException("wrapped",
                new SettingException("settings.storage", null, "x")))).isEqualTo(ExitCode.USAGE);
        assertThat(GroupsetupApplication.startupExitCode(new StorageException("storage.directory", null, "/x", "y")))
                .isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(GroupsetupApplication.startupExitCode(new IllegalStateException("a defect")))
                .isEqualTo(ExitCode.ENVIRONMENT);
    }

    @Test
    void givenTheSettingsFileAsAPlainFile_whenRead_thenItsSettingsInUtf8OrLatin1() throws IOException {
        Path file = Files.writeString(temporary.resolve("groupsetup.properties"),
                "groupsetup.technician=Françoise D'Hondt\n# a comment\ngroupsetup.language=fr\n", StandardCharsets.UTF_8);
        PropertiesPropertySource source = SettingsFile.read(file).orElseThrow();
        assertThat(source.getProperty("groupsetup.technician")).isEqualTo("Françoise D'Hondt");
        assertThat(source.getProperty("groupsetup.language")).isEqualTo("fr");

        Files.write(file, "groupsetup.technician=Fran\u00e7oise\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(SettingsFile.read(file).orElseThrow().getProperty("groupsetup.technician")).isEqualTo("Françoise");

        assertThat(SettingsFile.read(temporary.resolve("absent.properties"))).isEmpty();
    }

    @Test
    void givenTheSettingsFileAsALinkAFolderOrTooLarge_whenRead_thenRefusedWithoutReadingIt() throws IOException {
        Path outside = Files.writeString(temporary.resolve("outside.properties"), "groupsetup.technician=x\n");
        Path link = Files.createSymbolicLink(temporary.resolve("link.properties"), outside);
        Path folder = Files.createDirectory(temporary.resolve("folder.properties"));
        Path large = Files.write(temporary.resolve("large.properties"), new byte[SettingsFile.LIMIT_KIB * 1024 + 1]);

        assertThat(codeOf(link)).isEqualTo("settings.file-link");
        assertThat(codeOf(folder)).isEqualTo("settings.file-not-regular");
        assertThat(codeOf(large)).isEqualTo("settings.file-too-large");
        assertThat(GroupsetupApplication.startupFailure(catchStart(() -> SettingsFile.read(large)), EN))
                .contains("more than 64 KiB");
    }

    @Test
    void givenTheSettingsFileIsAPipe_whenRead_thenRefusedAtOnceNeverWaitingForAWriter() throws Exception {
        Path fifo = temporary.resolve("fifo.properties");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo made the pipe");

        assertThat(codeOf(fifo)).isEqualTo("settings.file-not-regular");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Evil\u001b[31mRED", "Anne\u202eLefèvre", "Zero\u200bWidth", "Line\nbreak"})
    void givenATechnicianWithACharacterThatCanAct_whenTheApplicationIsWired_thenRefusedAtStartWithExit2(String name) {
        GroupsetupSettings withTechnician = new GroupsetupSettings(temporary, "en", name, null, null);

        assertThatThrownBy(() -> new ApplicationWiring().currentTechnicianPort(withTechnician))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(GroupsetupApplication.startupExitCode(e)).isEqualTo(ExitCode.USAGE);
                    assertThat(GroupsetupApplication.startupFailure(e, EN)).startsWith("groupsetup cannot start: ")
                            .contains("U+").doesNotContain("\n").doesNotContain("\u001b");
                });
    }

    @Test
    void givenATechnicianLongerThan100Characters_whenTheApplicationIsWired_thenRefusedAtStart() {
        GroupsetupSettings tooLong = new GroupsetupSettings(temporary, "en", "a".repeat(101), null, null);
        GroupsetupSettings longest = new GroupsetupSettings(temporary, "en", "a".repeat(100), null, null);

        assertThatThrownBy(() -> new ApplicationWiring().currentTechnicianPort(tooLong))
                .isInstanceOf(RefusedException.class);
        assertThat(new ApplicationWiring().currentTechnicianPort(longest).technician()).hasSize(100);
    }

    private static String codeOf(Path file) {
        return ((SettingException) catchStart(() -> SettingsFile.read(file))).code();
    }

    private static Exception catchStart(Runnable start) {
        try {
            start.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("no failure");
    }
}
