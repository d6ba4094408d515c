package be.groupsetup.adapters.persistence.file;

import be.groupsetup.persistence.directory.DataDirectoryRefusedException;
import be.groupsetup.persistence.directory.DataDirectory;
import be.groupsetup.application.error.StorageException;
import be.groupsetup.application.testing.SampleGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;

import static be.groupsetup.adapters.persistence.file.StoreFixtures.GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The data directory's own rules (docs/rules.md §6): created 0700 when the tool creates it; an existing one's mode never
 * changed; refused when other users can write to it or another user owns it, with the command that fixes it; a
 * symbolic link to it resolved once. Modes and owners are set and read as such (the tests run as root, which
 * permissions do not stop): what is checked is what the tool decides from them, never an access the system refused.
 */
class DataDirectoryTest {

    @TempDir
    Path temporary;

    @BeforeEach
    void onlyWhereUnix() {
        assumeTrue(temporary.getFileSystem().supportedFileAttributeViews().contains("unix"),
                "modes and owners of a Unix file system");
    }

    @Test
    void givenNoDataDirectory_whenOpened_thenItAndItsNewParentsAndGroupsFolderAreCreated0700() throws IOException {
        Path root = temporary.resolve("new-parent").resolve("data");

        StoreFixtures.open(root).create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));

        assertThat(mode(temporary.resolve("new-parent"))).isEqualTo(0700);
        assertThat(mode(root)).isEqualTo(0700);
        assertThat(mode(root.resolve("groups"))).isEqualTo(0700);
    }

    @ParameterizedTest
    @ValueSource(ints = {0755, 0700, 0500, 0711})
    void givenAnExistingDataDirectoryNobodyElseCanWriteTo_whenOpened_thenUsedAndItsModeIsNeverChanged(int mode)
            throws IOException {
        Path root = Files.createDirectory(temporary.resolve("data"));
        Files.createDirectory(root.resolve("groups"));
        setMode(root, mode);
        setMode(root.resolve("groups"), mode);

        DataDirectory directory = DataDirectory.open(root);
        new FileGroupStore(directory, new be.groupsetup.persistence.document.JsonDocuments(),
                java.time.Duration.ofSeconds(5), java.time.Clock.systemUTC()).numbers();

        assertThat(mode(root)).isEqualTo(mode);
        assertThat(mode(root.resolve("groups"))).isEqualTo(mode);
    }

    @ParameterizedTest
    @ValueSource(ints = {01777, 0777, 0770, 0730, 0702, 01770})
    void givenADataDirectoryOthersCanWriteTo_whenOpened_thenRefusedSayingWhatToRunAndLeftAsItWas(int mode)
            throws IOException {
        Path root = Files.createDirectory(temporary.resolve("shared data"));
        setMode(root, mode);

        assertThatThrownBy(() -> DataDirectory.open(root))
                .isInstanceOfSatisfying(DataDirectoryRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("storage.directory-shared");
                    assertThat(e.isEnvironmentFailure()).as("a setting the user can fix").isFalse();
                    assertThat(e.arguments()).containsExactly(root.toString(), String.format("%04o", mode),
                            "'" + root + "'");
                });

        assertThat(mode(root)).as("never changed, the sticky bit included").isEqualTo(mode);
        assertThat(root.resolve("groups")).doesNotExist();
    }

    @Test
    void givenAGroupsFolderOthersCanWriteTo_whenOpened_thenRefusedNamingThatFolder() throws IOException {
        Path root = Files.createDirectory(temporary.resolve("data"));
        Path groups = Files.createDirectory(root.resolve("groups"));
        setMode(groups, 0777);

        assertThatThrownBy(() -> StoreFixtures.open(root))
                .isInstanceOfSatisfying(DataDirectoryRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("storage.directory-shared");
                    assertThat(e.arguments()).containsExactly(groups.toString(), "0777", groups.toString());
                });
        assertThat(mode(groups)).isEqualTo(0777);
    }

    @Test
    void givenADataDirectoryAnotherUserOwns_whenOpened_thenRefusedSayingWhatToRunAndLeftAsItWas() throws IOException {
        Path root = Files.createDirectory(temporary.resolve("data"));
        setMode(root, 0700);
        int other = new com.sun.security.auth.module.UnixSystem().getUid() == 65534 ? 65533 : 65534;
        try {
            Files.setAttribute(root, "unix:uid", other);
        } catch (IOException e) {
            assumeTrue(false, "giving a folder to another user needs root: " + e);
        }
        UserPrincipal owner = Files.getOwner(root);

        assertThatThrownBy(() -> DataDirectory.open(root))
                .isInstanceOfSatisfying(DataDirectoryRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("storage.directory-foreign");
                    assertThat(e.arguments()).containsExactly(root.toString(), owner.getName(),
                            System.getProperty("user.name"), root.toString());
                });

        assertThat(Files.getAttribute(root, "unix:uid")).isEqualTo(other);
        assertThat(mode(root)).isEqualTo(0700);
        assertThat(root.resolve("groups")).doesNotExist();
    }

    @Test
    void givenADataDirectoryThatIsASymbolicLink_whenOpened_thenResolvedOnceAndTheGroupsAreStoredInItsTarget()
            throws IOException {
        Path target = Files.createDirectory(temporary.resolve("real-data"));
        setMode(target, 0700);
        Path link = Files.createSymbolicLink(temporary.resolve("data-link"), target);

        DataDirectory directory = DataDirectory.open(link);
        new FileGroupStore(directory, new be.groupsetup.persistence.document.JsonDocuments(),
                java.time.Duration.ofSeconds(5), java.time.Clock.systemUTC())
                .create(SampleGroups.emptySetup(GROUP), SampleGroups.created(GROUP));

        assertThat(directory.root()).isEqualTo(target.toRealPath());
        assertThat(target.resolve("groups").resolve(GROUP.value() + ".json")).isRegularFile();
        assertThat(Files.isSymbolicLink(link)).as("the link itself is left as it is").isTrue();
    }

    @Test
    void givenAGroupsFolderThatIsASymbolicLink_whenOpened_thenRefusedAndNothingIsWrittenThrough() throws IOException {
        Path root = Files.createDirectory(temporary.resolve("data"));
        setMode(root, 0700);
        Path elsewhere = Files.createDirectory(temporary.resolve("elsewhere"));
        Files.createSymbolicLink(root.resolve("groups"), elsewhere);

        assertThatThrownBy(() -> StoreFixtures.open(root))
                .isInstanceOfSatisfying(DataDirectoryRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("storage.directory-link");
                    assertThat(e.arguments()).containsExactly(root.resolve("groups").toString());
                });
        try (var files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void givenADataDirectoryPathUnderARegularFile_whenOpened_thenAStorageDirectoryError() throws IOException {
        Path file = Files.writeString(temporary.resolve("a-file"), "x");

        assertThatThrownBy(() -> DataDirectory.open(file.resolve("data")))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.code()).isEqualTo("storage.directory"));
    }

    @Test
    void givenPathsWithBlanksOrQuotes_whenShownAsAShellWord_thenQuotedSoThatTheCommandCanBePasted() {
        assertThat(DataDirectory.shellWord("/home/anne/.groupsetup")).isEqualTo("/home/anne/.groupsetup");
        assertThat(DataDirectory.shellWord("/data/Anne's files")).isEqualTo("'/data/Anne'\\''s files'");
        assertThat(DataDirectory.shellWord("/tmp/$(rm -rf ~)")).isEqualTo("'/tmp/$(rm -rf ~)'");
    }

    private static int mode(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
    }

    private static void setMode(Path path, int mode) throws IOException {
        Files.setAttribute(path, "unix:mode", mode);
    }
}
