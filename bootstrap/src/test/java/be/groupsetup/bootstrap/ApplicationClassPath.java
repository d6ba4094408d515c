package be.groupsetup.bootstrap;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
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
 * jars whose size and time are those it was made with, and the build rewrites this project's jars at every run: so
 * the children's class path holds copies of them, and a jar of this module's classes, in a folder named after their
 * contents ({@code target/child-archive/KEY/}); the libraries of the local Maven repository are used where they are.
 * The archive is trained once per contents and JDK, by a child run under {@code -XX:ArchiveClassesAtExit} on a
 * thread of its own; the children started meanwhile, or when it cannot be made, run without it, as before: the
 * archive only saves time, and what the children do is the same.
 */
final class ApplicationClassPath {

    private static final String MAIN = GroupsetupApplication.class.getName();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    /** The launcher's own options (the groupsetup script): C1 only, the serial collector. */
    private static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xshare:auto");
    private static final String ARCHIVE = "children.jsa";

    /** The children's class path and where their archive is (or will be), made once per test JVM. */
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

    /** @param place null when the children run on the tested class path as it is */
    private record Prepared(String classPath, Path place) {

        /** The archive once it is complete: it is moved into place only then. */
        Optional<Path> archive() {
            return place != null && Files.isRegularFile(place.resolve(ARCHIVE)) ? Optional.of(place.resolve(ARCHIVE))
                    : Optional.empty();
        }
    }

    private static synchronized Prepared prepared() {
        if (prepared == null) {
            List<String> entries = testedClassPath();
            try {
                prepared = copied(entries);
                startTraining(prepared);
            } catch (IOException | RuntimeException e) {
                prepared = new Prepared(String.join(File.pathSeparator, entries), null);
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

    /** A class-path entry this build makes (a module's classes or jar), rather than a library of the repository. */
    private static boolean built(Path entry) {
        return Files.isDirectory(entry)
                || entry.getParent() != null && entry.getParent().getFileName().toString().equals("target");
    }

    /**
     * The class path with the build's entries copied (a folder made a jar) into the folder of their contents' key,
     * copied by the first test JVM to get there, under a lock the suite's JVMs share.
     */
    private static Prepared copied(List<String> entries) throws IOException {
        Path folder = entries.stream().map(Path::of).filter(Files::isDirectory).findFirst().orElse(null);
        if (folder == null) {
            return new Prepared(String.join(File.pathSeparator, entries), null);
        }
        Path home = folder.toAbsolutePath().getParent().resolve("child-archive");
        Files.createDirectories(home);
        Path place = home.resolve(key(entries));
        List<String> classPath = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Path entry = Path.of(entries.get(i));
            classPath.add(built(entry) ? place.resolve(i + ".jar").toString() : entries.get(i));
        }
        try (FileChannel lock = FileChannel.open(home.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = lock.lock()) {
            if (!Files.exists(place.resolve("copied"))) {
                // the copies and archives of earlier contents are of no more use
                try (Stream<Path> earlier = Files.list(home)) {
                    for (Path other : earlier.filter(Files::isDirectory).toList()) {
                        deleteTree(other);
                    }
                }
                Files.createDirectories(place);
                for (int i = 0; i < entries.size(); i++) {
                    Path entry = Path.of(entries.get(i));
                    if (Files.isDirectory(entry)) {
                        jar(entry, place.resolve(i + ".jar"));
                    } else if (built(entry)) {
                        Files.copy(entry, place.resolve(i + ".jar"), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                Files.writeString(place.resolve("copied"), "");
            }
        }
        return new Prepared(String.join(File.pathSeparator, classPath), place);
    }

    /**
     * The archive, trained on a thread of its own by the one test JVM that takes the training lock, unless it is made
     * or its training failed before; the children started meanwhile run without it.
     */
    private static void startTraining(Prepared children) {
        Path place = children.place();
        if (place == null || children.archive().isPresent() || Files.exists(place.resolve("failed"))) {
            return;
        }
        Thread training = new Thread(() -> {
            try (FileChannel lock = FileChannel.open(place.resolve(".training"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock held = lock.tryLock()) {
                if (held == null || children.archive().isPresent() || Files.exists(place.resolve("failed"))) {
                    return; // another test JVM trains, or has
                }
                if (!train(place, children.classPath())) {
                    Files.writeString(place.resolve("failed"), "see training.log\n");
                }
            } catch (IOException e) {
                // no archive: the children start without it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "child-archive-training");
        training.setDaemon(true);
        training.start();
    }

    /**
     * A first child run that writes the archive as it exits — a start, a group made, checked, shown, listed — into a
     * partial file moved into place once complete.
     */
    private static boolean train(Path place, String classPath) throws IOException, InterruptedException {
        Path run = Files.createDirectories(place.resolve("training"));
        Path data = run.resolve("data");
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        Path script = Files.writeString(run.resolve("training.txt"), String.join("\n", "group new 94123456001",
                "group set 94123456001 --company \"Soins à domicile\" --iban BE68539007547034", "group check 94123456001",
                "group show 94123456001", "csam status 94123456001", "group sheet 94123456001 --format html",
                "group list", "help", ""), StandardCharsets.UTF_8);
        Path partial = place.resolve(ARCHIVE + ".partial");
        List<String> command = new ArrayList<>(List.of(JAVA.toString()));
        command.addAll(FAST_START);
        command.addAll(List.of("-XX:ArchiveClassesAtExit=" + partial, "-Duser.home=" + run,
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
            return false;
        }
        if (!Files.isRegularFile(partial) || Files.size(partial) == 0) {
            return false;
        }
        Files.move(partial, place.resolve(ARCHIVE), StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** The folder's files in a jar, with the folders' own entries (Spring's scan of a package looks for them). */
    private static void jar(Path folder, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
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
    }

    /**
     * The contents of the class path and the JDK: a library by its path, size and time (the repository's files do not
     * change); what the build makes by its contents ({@link RulesBuild#checksum}: each class's checksum in a jar's
     * directory, each file's in a folder), since the build rewrites the jars at every run with the same contents.
     */
    private static String key(List<String> entries) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder facts = new StringBuilder(System.getProperty("java.home")).append(' ')
                .append(Runtime.version()).append('\n');
        for (String name : entries) {
            Path entry = Path.of(name);
            facts.append(name).append('\n');
            if (built(entry) && Files.exists(entry)) {
                facts.append(RulesBuild.checksum(entry)).append('\n');
            } else if (Files.isRegularFile(entry)) {
                facts.append(Files.size(entry)).append(' ').append(Files.getLastModifiedTime(entry).toMillis())
                        .append('\n');
            }
        }
        return HexFormat.of().formatHex(digest.digest(facts.toString().getBytes(StandardCharsets.UTF_8)), 0, 8);
    }
}
