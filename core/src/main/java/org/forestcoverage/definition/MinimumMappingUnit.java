package org.forestcoverage.definition;

import java.math.BigDecimal;

/**
 * The smallest connected forest patch a definition counts: patches of forest pixels connected through their 4 edges
 * or their 8 edges and corners whose area is below the unit (or not above it, for a strict unit) count as non-forest.
 *
 * <pre>{@code
 * MinimumMappingUnit fao = new MinimumMappingUnit(new BigDecimal("0.5"), true, 8);   // more than 0.5 ha
 * fao.keeps(5400);   // true: 0.54 ha
 * }</pre>
 *
 * @param areaHa       the unit, hectares, >= 0 (0: every patch counts)
 * @param strict       true: a patch must be larger than the unit (FAO's "more than 0.5 ha"); false: at least the unit
 * @param connectivity 4 or 8
 */
public record MinimumMappingUnit(BigDecimal areaHa, boolean strict, int connectivity) implements java.io.Serializable {

    /** No unit: every forest pixel counts. */
    public static final MinimumMappingUnit NONE = new MinimumMappingUnit(BigDecimal.ZERO, false, 8);

    private static final BigDecimal M2_PER_HA = BigDecimal.valueOf(10_000);

    public MinimumMappingUnit {
        if (areaHa == null || areaHa.signum() < 0) {
            throw new IllegalArgumentException("minimum mapping unit " + areaHa + " ha must be >= 0");
        }
        if (connectivity != 4 && connectivity != 8) {
            throw new IllegalArgumentException("connectivity " + connectivity + " must be 4 or 8");
        }
    }

    /** Whether the unit removes anything (an area above 0, or a strict 0). */
    public boolean active() {
        return areaHa.signum() > 0;
    }

    /** The unit in square metres, exact. */
    public BigDecimal areaM2() {
        return areaHa.multiply(M2_PER_HA);
    }

    /** Whether a patch of {@code patchM2} square metres counts as forest. */
    public boolean keeps(BigDecimal patchM2) {
        int c = patchM2.compareTo(areaM2());
        return strict ? c > 0 : c >= 0;
    }

    /** {@link #keeps(BigDecimal)} for an area in whole mm2. */
    public boolean keepsMm2(long patchMm2) {
        return keeps(BigDecimal.valueOf(patchMm2).movePointLeft(6));
    }

    /** {@link #keeps(BigDecimal)} for an area given as a double (exactly as that double). */
    public boolean keeps(double patchM2) {
        return keeps(new BigDecimal(patchM2));
    }

    /** e.g. {@code > 0.5 ha, 8-connected}. */
    public String describe() {
        return (active() ? (strict ? "> " : ">= ") + areaHa.toPlainString() + " ha" : "none") + ", " + connectivity
                + "-connected";
    }
}
