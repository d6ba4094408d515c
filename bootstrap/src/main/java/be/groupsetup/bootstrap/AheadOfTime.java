package be.groupsetup.bootstrap;

import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

import java.util.function.BooleanSupplier;

/**
 * Whether this start uses the wiring Spring AOT worked out when the jar was built ({@code process-aot}, in bootstrap's
 * pom): a fifth of the start saved (docs/performance.md, run J). Decided once Spring has read the settings and
 * before it makes the context, when Spring Boot asks {@link AotDetector} for the wiring (it asks once before, for the
 * generated wiring of profiles, which a build without profiles does not make). Only when:
 * <ul>
 *     <li>asked for ({@code -Dgroupsetup.aot=true}: the launcher's starts; tests and {@code java -jar} run the wiring
 *     as written);</li>
 *     <li>the jar holds that wiring (the classes {@code process-aot} generates);</li>
 *     <li>this start's wiring is the built one: built without the dashboard and without a migration source, so not
 *     for {@code serve}, nor when {@code groupsetup.storage.migrate-from} names a store other than the chosen one
 *     (the two conditions of the wiring);</li>
 *     <li>Spring's own {@code spring.aot.enabled} is not set either way.</li>
 * </ul>
 * The generated wiring also holds what the build's settings decided for Spring itself ({@code spring.shell.*}
 * switches, {@code spring.autoconfigure.exclude}, profiles): groupsetup's released settings fix those.
 */
final class AheadOfTime implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String ASKED = "groupsetup.aot";
    /** The entry point of the generated wiring, present only in a jar {@code process-aot} made. */
    static final String GENERATED = GroupsetupApplication.class.getName() + "__ApplicationContextInitializer";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (System.getProperty(AotDetector.AOT_ENABLED) == null && applies(event.getEnvironment(),
                () -> ClassUtils.isPresent(GENERATED, AheadOfTime.class.getClassLoader()))) {
            System.setProperty(AotDetector.AOT_ENABLED, "true");
        }
    }

    /**
     * Whether the built wiring serves a start of these settings; whether the jar holds it is asked last (looking
     * loads a class).
     */
    static boolean applies(Environment environment, BooleanSupplier generated) {
        return environment.getProperty(ASKED, Boolean.class, false)
                && !environment.getProperty(WebWiring.SERVE, Boolean.class, false)
                && !ApplicationWiring.MigrationSourceConfigured.configured(environment)
                && generated.getAsBoolean();
    }
}
