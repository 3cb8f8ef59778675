package no.varcat.sample.generator;

/** Splitting a whole number into parts exactly: counts must add up to the spec's total, not about to it. */
final class Allocation {

    private Allocation() {
    }

    /**
     * {@code total} split in proportion to {@code weights} by the largest-remainder method: each part
     * gets its whole share, and what the rounding left over goes one by one to the parts with the
     * largest fractions (the lower index first on ties). Integer arithmetic only.
     */
    static int[] proportional(long total, int[] weights) {
        long sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        int[] parts = new int[weights.length];
        if (sum == 0) {
            if (total > 0) {
                throw new IllegalArgumentException("Cannot split " + total + " by zero weights");
            }
            return parts;
        }
        long[] remainders = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            long share = total * weights[i];
            parts[i] = (int) (share / sum);
            remainders[i] = share % sum;
            given += parts[i];
        }
        for (long left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }

    /** {@code total} in the fewest parts of at most {@code max}, as even as possible (the first ones one larger). */
    static int[] chunks(int total, int max) {
        if (total == 0) {
            return new int[0];
        }
        int count = (total + max - 1) / max;
        int[] parts = new int[count];
        for (int i = 0; i < count; i++) {
            parts[i] = total / count + (i < total % count ? 1 : 0);
        }
        return parts;
    }
}
