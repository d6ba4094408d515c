package be.groupsetup.bootstrap;

import be.groupsetup.domain.configuration.ConfigurationRules;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Names the build of the rules' code and tables for {@link ConfigurationRules#fingerprint()}: a checksum of every
 * class and table of the domain as packaged — the checksums a jar's directory already holds, or each file's in a
 * folder of classes — so that a store's summaries made by other rules are made again, and only then (a time stamp
 * written by the build would change with every build and make every later module compile again). Read once, when a
 * fingerprint is first asked for (a list), not at every start.
 */
final class RulesBuild {

    private RulesBuild() {
    }

    /** The checksum of the domain's classes and tables, from its jar (nested in the executable jar or not) or folder. */
    static String identity() {
        return Read.ONCE;
    }

    private static final class Read {
        static final String ONCE = read();
    }

    private static String read() {
        CodeSource source = ConfigurationRules.class.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null) {
            return "";
        }
        try {
            if ("file".equals(location.getProtocol())) {
                return checksum(Path.of(location.toURI()));
            }
            // inside the executable jar (java -jar, the launcher's fallback): the nested jar, read the same way
            java.net.URLConnection connection = location.openConnection();
            if (connection instanceof java.net.JarURLConnection nested) {
                connection.setUseCaches(false);
                try (ZipFile zip = nested.getJarFile()) {
                    return entries(zip);
                }
            }
            return location.toString();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return location.toString();
        }
    }

    /**
     * The checksum of the classes and files of a jar, or of a folder of classes: of their names and contents, not of
     * when they were written (the tests' child processes key their class-data archive with it too).
     */
    static String checksum(Path classes) throws IOException {
        return Files.isDirectory(classes) ? folder(classes) : jar(classes);
    }

    private static String jar(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return entries(zip);
        }
    }

    private static String entries(ZipFile zip) {
        List<String> entries = new ArrayList<>();
        for (var all = zip.entries(); all.hasMoreElements(); ) {
            ZipEntry entry = all.nextElement();
            if (!entry.isDirectory()) {
                entries.add(entry.getName() + " " + entry.getCrc() + " " + entry.getSize());
            }
        }
        return digest(entries);
    }

    private static String folder(Path folder) throws IOException {
        List<String> entries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                CRC32 crc = new CRC32();
                try (InputStream in = Files.newInputStream(file)) {
                    crc.update(in.readAllBytes());
                }
                entries.add(folder.relativize(file).toString().replace('\\', '/') + " " + crc.getValue() + " "
                        + Files.size(file));
            }
        }
        return digest(entries);
    }

    private static String digest(List<String> entries) {
        entries.sort(null);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String entry : entries) {
                digest.update(entry.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
