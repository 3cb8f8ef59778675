package no.varcat.sample.generator;

import java.util.Locale;

/**
 * What synthetic catalog to generate. The same spec always gives the same bytes.
 *
 * @param seed                drives every choice the generator makes
 * @param registers           number of registers (about one in four national, the rest quality registers)
 * @param variables           total number of variables over all registers and formats, exactly
 * @param firstYear           earliest year a register or variable can start
 * @param lastYear            the latest year with data; fixed rather than "now", so output does not
 *                            change with the date it is generated on
 * @param codeListShare       share of variables whose values come from a code list, 0..1
 * @param formats             how each register's variables are spread over the source formats
 * @param maxVariablesPerFile a register's variables in one format are split over files of at most this many
 */
public record CatalogSpec(long seed, int registers, int variables, int firstYear, int lastYear, double codeListShare,
        FormatMix formats, int maxVariablesPerFile) {

    public static final int DEFAULT_FIRST_YEAR = 1970;
    public static final int DEFAULT_LAST_YEAR = 2024;
    public static final double DEFAULT_CODE_LIST_SHARE = 0.35;
    public static final int DEFAULT_MAX_VARIABLES_PER_FILE = 10_000;

    public CatalogSpec {
        if (registers < 1) {
            throw new IllegalArgumentException("At least one register, was " + registers);
        }
        if (variables < registers) {
            throw new IllegalArgumentException("At least one variable per register: " + variables + " variables for "
                    + registers + " registers");
        }
        if (firstYear > lastYear || firstYear < 1900) {
            throw new IllegalArgumentException("Years " + firstYear + "-" + lastYear + " are not a range after 1900");
        }
        if (!(codeListShare >= 0 && codeListShare <= 1)) {
            throw new IllegalArgumentException("The share of variables with code lists is 0..1, was " + codeListShare);
        }
        if (formats == null) {
            throw new IllegalArgumentException("A format mix is required");
        }
        if (maxVariablesPerFile < 1) {
            throw new IllegalArgumentException("Files hold at least one variable, was " + maxVariablesPerFile);
        }
    }

    /** 10,000 variables in 13 registers. */
    public static CatalogSpec small(long seed) {
        return forVariables(10_000, seed);
    }

    /** 100,000 variables in 40 registers. */
    public static CatalogSpec medium(long seed) {
        return forVariables(100_000, seed);
    }

    /** 1,000,000 variables in 125 registers. */
    public static CatalogSpec large(long seed) {
        return forVariables(1_000_000, seed);
    }

    /**
     * A catalog of {@code variables} variables with defaults for the rest. Registers grow with the
     * square root of the size (10k: 13, 100k: 40, 1M: 125), so large catalogs have both more and
     * bigger registers, as real growth would.
     */
    public static CatalogSpec forVariables(int variables, long seed) {
        int registers = (int) Math.max(1, Math.min(variables, Math.round(Math.sqrt(variables) / 8)));
        return new CatalogSpec(seed, registers, variables, DEFAULT_FIRST_YEAR, DEFAULT_LAST_YEAR,
                DEFAULT_CODE_LIST_SHARE, FormatMix.STANDARD, DEFAULT_MAX_VARIABLES_PER_FILE);
    }

    /** "10k", "100k", "1m" (any case), or a number of variables such as "25000". */
    public static CatalogSpec parse(String presetOrVariables, long seed) {
        String key = presetOrVariables.strip().toLowerCase(Locale.ROOT).replace("_", "");
        return switch (key) {
            case "10k" -> small(seed);
            case "100k" -> medium(seed);
            case "1m" -> large(seed);
            default -> {
                try {
                    yield forVariables(Integer.parseInt(key), seed);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Not a preset (10k, 100k, 1m) or a number of variables: '"
                            + presetOrVariables + "'", e);
                }
            }
        };
    }

    public CatalogSpec withRegisters(int count) {
        return new CatalogSpec(seed, count, variables, firstYear, lastYear, codeListShare, formats, maxVariablesPerFile);
    }

    public CatalogSpec withFormats(FormatMix mix) {
        return new CatalogSpec(seed, registers, variables, firstYear, lastYear, codeListShare, mix, maxVariablesPerFile);
    }

    public CatalogSpec withMaxVariablesPerFile(int max) {
        return new CatalogSpec(seed, registers, variables, firstYear, lastYear, codeListShare, formats, max);
    }

    /** The code-list share in thousandths: the generator decides with integers only (see {@link Dice}). */
    int codeListPermille() {
        return (int) Math.round(codeListShare * 1000);
    }
}
