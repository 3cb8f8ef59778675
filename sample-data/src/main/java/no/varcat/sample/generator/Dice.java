package no.varcat.sample.generator;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The generator's only source of randomness. Each part of the catalog (a register's description,
 * its variables, its coverage rows) gets its own stream derived from the spec's seed and the
 * part's position, so a part does not change when another part draws more or fewer numbers.
 *
 * <p>Only {@link RandomGenerator#nextLong()} is used, on a {@link SplittableRandom} (SplitMix64,
 * unchanged since Java 8). The bounded and floating-point helpers of {@code RandomGenerator} are
 * default methods whose algorithms have changed between JDK releases; doing the bounding here in
 * integer arithmetic keeps the output byte-identical on any JDK from 17 on.
 */
final class Dice {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final RandomGenerator random;

    private Dice(RandomGenerator random) {
        this.random = random;
    }

    /** The stream for the part at {@code path} (e.g. stream kind, register index) of the catalog with {@code seed}. */
    static Dice of(long seed, long... path) {
        long state = mix(seed);
        for (long step : path) {
            state = mix(state + GOLDEN_GAMMA + mix(step));
        }
        return new Dice(new SplittableRandom(state));
    }

    /** 0 (inclusive) to {@code bound} (exclusive). The modulo bias is below bound / 2^64: nothing a catalog can show. */
    int below(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        return (int) Long.remainderUnsigned(random.nextLong(), bound);
    }

    long belowLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        return Long.remainderUnsigned(random.nextLong(), bound);
    }

    /** {@code min} to {@code max}, both inclusive. */
    int between(int min, int max) {
        return min + below(max - min + 1);
    }

    /** True with probability {@code permille} / 1000. */
    boolean chance(int permille) {
        return below(1000) < permille;
    }

    <T> T pick(List<T> items) {
        return items.get(below(items.size()));
    }

    /** The first item half the time (a preferred term), else any of them (its synonyms included). */
    <T> T preferFirst(List<T> items) {
        return chance(500) ? items.get(0) : pick(items);
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser, as SplitMix64 uses it: spreads nearby seeds apart. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
