package be.groupsetup.bootstrap;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a start uses the wiring worked out at build time: asked for, present in the jar, and the same as the wiring
 * these settings give (no dashboard, no migration source). The generated wiring itself is checked against the wiring
 * as written, command by command, on the packaged jar: scripts/aot-check.sh (in .ci/run).
 */
class AheadOfTimeTest {

    @Test
    void givenTheLaunchersStartOfAnOrdinaryCommand_whenDecided_thenTheBuiltWiring() {
        assertThat(AheadOfTime.applies(settings("groupsetup.aot", "true"), () -> true)).isTrue();
        // the migration source of the released settings is the chosen store itself: no other wiring
        assertThat(AheadOfTime.applies(settings("groupsetup.aot", "true", "groupsetup.storage", "file",
                "groupsetup.storage.migrate-from", "file"), () -> true)).isTrue();
    }

    @Test
    void givenNoAsking_whenDecided_thenTheWiringAsWritten_withoutLookingForTheBuiltOne() {
        AtomicBoolean looked = new AtomicBoolean();

        assertThat(AheadOfTime.applies(settings(), () -> looked.getAndSet(true))).isFalse();
        assertThat(AheadOfTime.applies(settings("groupsetup.aot", "false"), () -> looked.getAndSet(true))).isFalse();
        assertThat(looked).isFalse();
    }

    @Test
    void givenAJarWithoutTheBuiltWiring_whenAsked_thenTheWiringAsWritten() {
        assertThat(AheadOfTime.applies(settings("groupsetup.aot", "true"), () -> false)).isFalse();
    }

    @Test
    void givenServe_whenAsked_thenTheWiringAsWritten_whichHasTheDashboard() {
        assertThat(AheadOfTime.applies(settings("groupsetup.aot", "true", WebWiring.SERVE, "true"), () -> true))
                .isFalse();
    }

    @Test
    void givenAMigrationSourceOtherThanTheChosenStore_whenAsked_thenTheWiringAsWritten_whichHasStorageMigrate() {
        assertThat(AheadOfTime.applies(settings("groupsetup.aot", "true", "groupsetup.storage.migrate-from", "postgres"),
                () -> true)).isFalse();
        assertThat(AheadOfTime.applies(settings("groupsetup.aot", "true", "groupsetup.storage", "postgres",
                "groupsetup.storage.migrate-from", "file"), () -> true)).isFalse();
    }

    private static StandardEnvironment settings(String... namesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", values));
        // the machine's own groupsetup settings (environment variables) must not decide
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        return environment;
    }
}
