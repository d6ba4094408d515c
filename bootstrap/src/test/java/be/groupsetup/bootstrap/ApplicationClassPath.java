package be.groupsetup.bootstrap;

import java.io.File;
import java.util.Arrays;

/** The class path a child {@code groupsetup} process is started with, for the tests that start one. */
final class ApplicationClassPath {

    private ApplicationClassPath() {
    }

    /** The application's classes and libraries, without the test classes (whose configurations would be scanned). */
    static String applicationClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
    }
}
