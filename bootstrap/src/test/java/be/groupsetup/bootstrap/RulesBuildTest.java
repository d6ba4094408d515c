package be.groupsetup.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The build of the rules' code, as the fingerprint of the list's summaries names it. */
class RulesBuildTest {

    @TempDir
    Path folder;

    @Test
    void givenTheDomainOnTheClassPath_whenItsBuildNamed_thenTheChecksumOfTheJarOrFolderItsRulesComeFrom()
            throws Exception {
        Path domain = Path.of(be.groupsetup.domain.configuration.ConfigurationRules.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());

        assertThat(RulesBuild.identity()).matches("[0-9a-f]{64}").isEqualTo(RulesBuild.checksum(domain));
    }

    @Test
    void givenJarsOfTheSameClassesWrittenAtOtherTimes_thenTheSame_andAnotherClassOrTable_thenAnother() throws Exception {
        Path one = jar("one.jar", "class A", "table 1");
        Path again = jar("again.jar", "class A", "table 1");
        Files.setLastModifiedTime(again, java.nio.file.attribute.FileTime.fromMillis(0));

        assertThat(RulesBuild.checksum(again)).isEqualTo(RulesBuild.checksum(one));
        assertThat(RulesBuild.checksum(jar("code.jar", "class B", "table 1"))).isNotEqualTo(RulesBuild.checksum(one));
        assertThat(RulesBuild.checksum(jar("table.jar", "class A", "table 2"))).isNotEqualTo(RulesBuild.checksum(one));
    }

    @Test
    void givenAFolderOfClasses_whenAClassChanges_thenAnother() throws Exception {
        Path classes = Files.createDirectories(folder.resolve("classes/be/groupsetup"));
        Files.writeString(classes.resolve("A.class"), "class A");
        String before = RulesBuild.checksum(folder.resolve("classes"));

        Files.writeString(classes.resolve("A.class"), "class A, changed");

        assertThat(RulesBuild.checksum(folder.resolve("classes"))).isNotEqualTo(before);
    }

    private Path jar(String name, String code, String table) throws IOException {
        Path jar = folder.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("be/groupsetup/domain/A.class"));
            out.write(code.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("be/groupsetup/domain/banks.csv"));
            out.write(table.getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }
}
