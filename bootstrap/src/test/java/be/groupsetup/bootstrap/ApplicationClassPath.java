package be.groupsetup.bootstrap;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * How the tests that start a child {@code groupsetup} process start it: the application's class path, and the
 * {@code java} command with the options of the launcher's fast start.
 * <p>
 * The children share a class-data archive, as the launcher's own runs do: about two dozen children start in the
 * default suite, and each start reads and links the same few thousand classes. Java 17 archives classes only from
 * jars, so this module's classes (a folder in the tests' class path) are copied into a jar first. The archive is made
 * once per class path and JDK, by a first child run under {@code -XX:ArchiveClassesAtExit}, under a file lock (the
 * suite runs in two JVMs); the jar and archive live in {@code target/child-archive/KEY/}. When it cannot be made the
 * children start without it, as before: the archive only saves time, and what the children do is the same.
 */
final class ApplicationClassPath {

    private static final String MAIN = GroupsetupApplication.class.getName();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    /** The launcher's own options (the groupsetup script): C1 only, the serial collector. */
    private static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xshare:auto");

    /** The class path and archive the children use, made once per test JVM. */
    private static Prepared prepared;

    private ApplicationClassPath() {
    }

    /**
     * {@code java}, the fast-start options and the shared archive when there is one, the options given, then the class
     * path and the main class: the command's words follow.
     */
    static List<String> javaCommand(List<String> options) {
        Prepared children = prepared();
        List<String> command = new ArrayList<>();
        command.add(JAVA.toString());
        command.addAll(FAST_START);
        children.archive().ifPresent(archive -> command.add("-XX:SharedArchiveFile=" + archive));
        command.addAll(options);
        command.addAll(List.of("-cp", children.classPath(), MAIN));
        return command;
    }

    static List<String> javaCommand(String... options) {
        return javaCommand(List.of(options));
    }

    private record Prepared(String classPath, java.util.Optional<Path> archive) {
    }

    private static synchronized Prepared prepared() {
        if (prepared == null) {
            List<String> entries = testedClassPath();
            try {
                prepared = withArchive(entries);
            } catch (IOException | RuntimeException e) {
                prepared = new Prepared(String.join(File.pathSeparator, entries), java.util.Optional.empty());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                prepared = new Prepared(String.join(File.pathSeparator, entries), java.util.Optional.empty());
            }
        }
        return prepared;
    }

    /** Surefire's own property holds the whole class path even when java.class.path is only its manifest jar. */
    private static List<String> testedClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .toList();
    }

    /** The class path with every folder made a jar, and the archive trained on it (made when missing). */
    private static Prepared withArchive(List<String> entries) throws IOException, InterruptedException {
        List<Path> folders = entries.stream().map(Path::of).filter(Files::isDirectory).toList();
        if (folders.isEmpty()) {
            return new Prepared(String.join(File.pathSeparator, entries), java.util.Optional.empty());
        }
        Path home = folders.get(0).toAbsolutePath().getParent().resolve("child-archive");
        Files.createDirectories(home);
        String key = key(entries, folders);
        Path place = home.resolve(key);
        Path archive = place.resolve("children.jsa");
        Path failed = place.resolve("failed");
        List<String> jarred = new ArrayList<>();
        for (String entry : entries) {
            Path path = Path.of(entry);
            jarred.add(Files.isDirectory(path) ? place.resolve(folders.indexOf(path) + ".jar").toString() : entry);
        }
        String classPath = String.join(File.pathSeparator, jarred);
        try (FileChannel lock = FileChannel.open(home.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = lock.lock()) {
            if (Files.isRegularFile(archive) && Files.size(archive) > 0) {
                return new Prepared(classPath, java.util.Optional.of(archive));
            }
            if (Files.exists(failed)) {
                return new Prepared(classPath, java.util.Optional.empty());
            }
            // the archives of earlier class paths are of no more use
            try (Stream<Path> earlier = Files.list(home)) {
                for (Path other : earlier.filter(Files::isDirectory).filter(other -> !other.equals(place)).toList()) {
                    deleteTree(other);
                }
            }
            Files.createDirectories(place);
            for (Path folder : folders) {
                jar(folder, place.resolve(folders.indexOf(folder) + ".jar"));
            }
            boolean made = train(place, classPath, archive);
            if (!made) {
                Files.writeString(failed, "see training.log\n");
            }
            return new Prepared(classPath, made ? java.util.Optional.of(archive) : java.util.Optional.empty());
        }
    }

    /** A first child run that writes the archive as it exits: a start, a group made, checked, shown, listed. */
    private static boolean train(Path place, String classPath, Path archive) throws IOException, InterruptedException {
        Path run = Files.createDirectories(place.resolve("training"));
        Path data = run.resolve("data");
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        Path script = Files.writeString(run.resolve("training.txt"), String.join("\n", "group new 94123456001",
                "group set 94123456001 --company \"Soins à domicile\" --iban BE68539007547034", "group check 94123456001",
                "group show 94123456001", "csam status 94123456001", "group sheet 94123456001 --format html",
                "group list", "help", ""), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(JAVA.toString()));
        command.addAll(FAST_START);
        command.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Duser.home=" + run,
                "-Dgroupsetup.data-dir=" + data, "-Dgroupsetup.technician=tech-training", "-Dgroupsetup.language=en",
                "-cp", classPath, MAIN, "@" + script));
        ProcessBuilder builder = new ProcessBuilder(command).directory(run.toFile())
                .redirectErrorStream(true).redirectOutput(place.resolve("training.log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().keySet().removeIf(name -> name.startsWith("GROUPSETUP_") || name.startsWith("SPRING_")
                || name.startsWith("LOGGING_"));
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            Files.deleteIfExists(archive);
            return false;
        }
        return Files.isRegularFile(archive) && Files.size(archive) > 0;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** The folder's files in a jar, with the folders' own entries (Spring's scan of a package looks for them). */
    private static void jar(Path folder, Path jar) throws IOException {
        Path partial = jar.resolveSibling(jar.getFileName() + ".partial");
        try (OutputStream file = Files.newOutputStream(partial); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted().toList()) {
                if (path.equals(folder)) {
                    continue;
                }
                String name = folder.relativize(path).toString().replace(File.separatorChar, '/');
                if (Files.isDirectory(path)) {
                    out.putNextEntry(new JarEntry(name + "/"));
                } else {
                    out.putNextEntry(new JarEntry(name));
                    Files.copy(path, out);
                }
                out.closeEntry();
            }
        }
        Files.move(partial, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The class path, the JDK, and each folder's files with their sizes and times: a change makes a new archive. */
    private static String key(List<String> entries, List<Path> folders) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder facts = new StringBuilder(String.join(File.pathSeparator, entries)).append('\n')
                .append(System.getProperty("java.home")).append(' ').append(Runtime.version()).append('\n');
        for (Path folder : folders) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                    facts.append(path).append(' ').append(Files.size(path)).append(' ')
                            .append(Files.getLastModifiedTime(path).toMillis()).append('\n');
                }
            }
        }
        for (String entry : entries) {
            Path path = Path.of(entry);
            if (Files.isRegularFile(path)) {
                facts.append(path).append(' ').append(Files.size(path)).append(' ')
                        .append(Files.getLastModifiedTime(path).toMillis()).append('\n');
            }
        }
        return HexFormat.of().formatHex(digest.digest(facts.toString().getBytes(StandardCharsets.UTF_8)), 0, 8);
    }
}
