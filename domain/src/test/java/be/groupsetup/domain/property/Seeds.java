package be.groupsetup.domain.property;

import java.util.Random;

/**
 * Where the randomness of the property tests comes from. One base seed, fixed so that the build is
 * repeatable, overridden with {@code -Dgroupsetup.seed=123} to explore other cases or to replay a failure;
 * every case gets its own {@link Random} derived from the base seed, the property's name and the case's
 * index, so that a case does not change when another property or another case is added.
 * <p>
 * {@code -Dgroupsetup.scale=10} runs ten times as many cases. The build sets it: 0.5 in the default suite, 4 in the
 * profile {@code slow}, which CI runs; 1 (each property's own count) when nothing sets it.
 */
public final class Seeds {

    public static final String SEED_PROPERTY = "groupsetup.seed";
    public static final String SCALE_PROPERTY = "groupsetup.scale";
    public static final long DEFAULT_SEED = 20_260_126L;

    private Seeds() {
    }

    public static long seed() {
        String configured = System.getProperty(SEED_PROPERTY);
        if (configured == null || configured.isBlank()) {
            return DEFAULT_SEED;
        }
        return Long.parseLong(configured.strip());
    }

    /** The number of cases to run for a property that runs {@code cases} by default. */
    public static int scaled(int cases) {
        String configured = System.getProperty(SCALE_PROPERTY);
        if (configured == null || configured.isBlank()) {
            return cases;
        }
        return Math.max(1, (int) Math.round(cases * Double.parseDouble(configured.strip())));
    }

    /** The random source of one case: the same seed, property and index always give the same case. */
    public static Random random(long seed, String property, int index) {
        return new Random(mix(mix(seed) ^ mix(property.hashCode()) + index));
    }

    /** SplitMix64's finaliser: neighbouring seeds and indices give unrelated streams. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
