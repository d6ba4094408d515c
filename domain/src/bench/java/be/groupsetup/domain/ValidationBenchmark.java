package be.groupsetup.domain;

import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.field.Normalizer;
import be.groupsetup.domain.property.Configurations;
import be.groupsetup.domain.value.GroupNumber;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Validating whole configurations on one core: {@code check} of a stored configuration with every field set
 * (each field against its rules, the rules across fields, required fields), and one change setting every field
 * from typed input (normalisation, parsing, BIC derivation, cross-field rules). 4,096 different configurations
 * from the property tests' seeded generators are taken in turn, so no single value is measured over and over.
 * Run with bench/jmh.sh (never part of the tests).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Threads(1)
public class ValidationBenchmark {

    private static final int CONFIGURATIONS = 4096;

    /** The property tests' fixed clock: the generated configurations are checked as in the tests. */
    private final ConfigurationRules rules =
            ConfigurationRules.standard(Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC));
    private GroupConfiguration[] stored;
    private GroupConfiguration[] empty;
    private Map<be.groupsetup.domain.field.FieldKey, String>[] typed;
    private int next;

    @Setup
    @SuppressWarnings("unchecked")
    public void generate() {
        Random random = new Random(20261126);
        stored = new GroupConfiguration[CONFIGURATIONS];
        empty = new GroupConfiguration[CONFIGURATIONS];
        typed = new Map[CONFIGURATIONS];
        for (int i = 0; i < CONFIGURATIONS; i++) {
            Configurations.CompleteChange change = Configurations.completeChange(random);
            GroupNumber number = new GroupNumber(Normalizer.identifier(change.groupNumber()));
            stored[i] = GroupConfiguration.reconstitute(number, change.stored());
            empty[i] = GroupConfiguration.empty(number);
            typed[i] = change.typed();
        }
    }

    /** One full check of a stored configuration: what `group check`, `show`, `status` and `list` do per group. */
    @Benchmark
    public Object checkStoredConfiguration() {
        next = (next + 1) & (CONFIGURATIONS - 1);
        return stored[next].check(rules);
    }

    /** One change setting all the fields from typed input: what one `group set` with every field does. */
    @Benchmark
    public Object setEveryFieldFromTypedInput() {
        next = (next + 1) & (CONFIGURATIONS - 1);
        return empty[next].change(typed[next], rules);
    }
}
