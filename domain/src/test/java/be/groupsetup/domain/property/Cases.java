package be.groupsetup.domain.property;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Generated cases as arguments of a {@code @ParameterizedTest}, each named with its property, index and seed. */
public final class Cases {

    private Cases() {
    }

    /** {@code count} cases (scaled, see {@link Seeds}), each drawn by {@code generator} from its own random source. */
    public static <T> Stream<Arguments> of(String property, int count, Function<Random, T> generator) {
        long seed = Seeds.seed();
        return IntStream.range(0, Seeds.scaled(count))
                .mapToObj(index -> argument(new Case<>(property, seed, index,
                        generator.apply(Seeds.random(seed, property, index)))));
    }

    /** The fixed cases first (always run, whatever the seed), then {@code count} generated ones. */
    public static <T> Stream<Arguments> of(String property, List<T> fixed, int count, Function<Random, T> generator) {
        long seed = Seeds.seed();
        int total = fixed.size() + Seeds.scaled(count);
        return IntStream.range(0, total)
                .mapToObj(index -> argument(new Case<>(property, seed, index, index < fixed.size()
                        ? fixed.get(index)
                        : generator.apply(Seeds.random(seed, property, index)))));
    }

    private static Arguments argument(Case<?> generated) {
        return Arguments.of(Named.of(generated.name(), generated));
    }
}
