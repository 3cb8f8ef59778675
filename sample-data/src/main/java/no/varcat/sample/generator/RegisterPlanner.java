package no.varcat.sample.generator;

import java.util.ArrayList;
import java.util.List;

import no.varcat.sample.generator.RegisterNames.RegisterName;

/**
 * Decides the registers of a catalog: names, publishers, start years, and how many variables each
 * has in each format. Every fourth register is a national one while their names last. Sizes are
 * uneven, as in reality: national registers and one quality register in eight are several times
 * the size of the others.
 */
final class RegisterPlanner {

    private static final long PLAN_STREAM = 1;

    private final CatalogSpec spec;
    private final Dice dice;

    RegisterPlanner(CatalogSpec spec) {
        this.spec = spec;
        this.dice = Dice.of(spec.seed(), PLAN_STREAM);
    }

    List<Register> plan() {
        List<RegisterName> names = new ArrayList<>();
        List<Boolean> national = new ArrayList<>();
        int nationalUsed = 0;
        int qualityUsed = 0;
        for (int i = 0; i < spec.registers(); i++) {
            boolean isNational = i % 4 == 0 && nationalUsed < RegisterNames.NATIONAL.size();
            names.add(isNational ? RegisterNames.NATIONAL.get(nationalUsed++) : qualityName(qualityUsed++));
            national.add(isNational);
        }
        int[] weights = new int[names.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = national.get(i) ? dice.between(3000, 8000) : dice.between(300, 2500) * (dice.chance(125) ? 3 : 1);
        }
        // Every register has at least one variable; the rest is shared by weight.
        int[] sizes = Allocation.proportional(spec.variables() - (long) spec.registers(), weights);
        List<Register> registers = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            registers.add(register(i, names.get(i), national.get(i), sizes[i] + 1));
        }
        return List.copyOf(registers);
    }

    private Register register(int index, RegisterName name, boolean isNational, int size) {
        int[] formatWeights = new int[VariableFormat.values().length];
        for (VariableFormat format : VariableFormat.values()) {
            formatWeights[format.ordinal()] = spec.formats().weight(format);
        }
        List<Integer> perFormat = new ArrayList<>();
        for (int count : Allocation.proportional(size, formatWeights)) {
            perFormat.add(count);
        }
        int startYear = Math.max(spec.firstYear(), Math.min(spec.lastYear(), name.startYear()));
        List<Organisation> units = isNational ? List.of() : reportingUnits();
        return new Register(index, name.slug(), name.nameNb(), name.nameEn(), Organisation.get(name.publisher()), isNational,
                Themes.get(name.theme()), startYear, perFormat, units);
    }

    /**
     * The n-th quality register name: the real names first, then the same registers per health
     * region ("Norsk hjerneslagregister, Helse Nord"), then numbered, so any number of registers
     * gets distinct names and ids.
     */
    private static RegisterName qualityName(int n) {
        List<RegisterName> base = RegisterNames.QUALITY;
        RegisterName name = base.get(n % base.size());
        int round = n / base.size();
        if (round == 0) {
            return name;
        }
        if (round <= RegisterNames.REGIONS.size()) {
            String[] region = RegisterNames.REGIONS.get(round - 1);
            return new RegisterName(name.slug() + "-" + region[0], name.nameNb() + ", " + region[1],
                    name.nameEn() + ", " + region[2], name.theme(), name.publisher(), name.startYear() + round);
        }
        int number = round - RegisterNames.REGIONS.size() + 1;
        return new RegisterName(name.slug() + "-" + number, name.nameNb() + " " + number, name.nameEn() + " " + number,
                name.theme(), name.publisher(), name.startYear());
    }

    /** Three to eight health trusts, distinct, in the order drawn. */
    private List<Organisation> reportingUnits() {
        List<Organisation> pool = new ArrayList<>(Organisation.HEALTH_TRUSTS);
        int count = Math.min(pool.size(), dice.between(3, 8));
        List<Organisation> units = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            units.add(pool.remove(dice.below(pool.size())));
        }
        return units;
    }
}
