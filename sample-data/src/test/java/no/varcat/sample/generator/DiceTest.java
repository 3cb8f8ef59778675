package no.varcat.sample.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class DiceTest {

    /**
     * Pins SplittableRandom's sequence: if a JDK ever changed it, generated catalogs would no
     * longer be byte-identical across JDKs, and this fails first.
     */
    @Test
    void splittableRandomIsSplitMix64() {
        SplittableRandom random = new SplittableRandom(42);

        assertThat(random.nextLong()).isEqualTo(splitMix64(42 + 0x9E3779B97F4A7C15L));
        assertThat(random.nextLong()).isEqualTo(splitMix64(42 + 2 * 0x9E3779B97F4A7C15L));
    }

    @Test
    void sameSeedAndPathGiveTheSameNumbersOtherPathsOthers() {
        assertThat(draws(Dice.of(7, 3, 1))).isEqualTo(draws(Dice.of(7, 3, 1)));
        assertThat(draws(Dice.of(7, 3, 1))).isNotEqualTo(draws(Dice.of(7, 3, 2)));
        assertThat(draws(Dice.of(7, 3, 1))).isNotEqualTo(draws(Dice.of(8, 3, 1)));
    }

    @Test
    void boundsHold() {
        Dice dice = Dice.of(1);
        for (int i = 0; i < 10_000; i++) {
            assertThat(dice.below(7)).isBetween(0, 6);
            assertThat(dice.between(-3, 3)).isBetween(-3, 3);
        }
    }

    private static List<Integer> draws(Dice dice) {
        List<Integer> draws = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            draws.add(dice.below(1_000_000));
        }
        return draws;
    }

    /** The published SplitMix64 output function (Steele, Lea and Flood 2014). */
    private static long splitMix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
