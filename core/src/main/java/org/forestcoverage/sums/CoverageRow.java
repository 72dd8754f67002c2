package org.forestcoverage.sums;

import java.math.BigDecimal;
import java.util.List;

/**
 * Forest coverage of one district (or the city, id {@code ALL}) in one year. Pixel figures are pixel
 * equivalents (whole numbers with pixel-centre zones, fractional with exact coverage), areas are exact
 * decimals in m2.
 *
 * <p>The class components are the year's map: forest, non-forest, water and unobserved, where pixels the year did
 * not observe but another year did may have been filled ({@code filled*}: a part of the classes, the land
 * denominator of a forest definition) and forest patches below a minimum mapping unit count as non-forest
 * ({@code removedM2}). Observed = seen this year (the classes less what was filled); coverage is forest over land
 * (forest + non-forest) of the map, in percent, {@code NaN} when the district has no land in the map.
 *
 * @param filledPx       pixels filled from another year, any class
 * @param filledForestM2 forest filled from another year
 * @param filledLandM2   forest and non-forest filled from another year
 * @param filledWaterM2  water filled from another year
 * @param removedM2      forest turned non-forest by the minimum mapping unit
 * @param rules          per rule layer of the forest definition (its order), the area it adds to the forest
 *
 * <p>A rule layer (China's designated shrubland) counts as forest where the map has non-forest land
 * ({@link RuleArea}); the coverage rates add it to the forest.
 */
public record CoverageRow(int year, String districtId, String districtName,
                          BigDecimal forestPx, BigDecimal nonForestPx, BigDecimal waterPx, BigDecimal unobservedPx,
                          BigDecimal forestM2, BigDecimal nonForestM2, BigDecimal waterM2, BigDecimal unobservedM2,
                          BigDecimal filledPx, BigDecimal filledForestM2, BigDecimal filledLandM2,
                          BigDecimal filledWaterM2, BigDecimal removedM2, List<RuleArea> rules) {

    public static final String CITY = "ALL";

    public CoverageRow {
        rules = List.copyOf(rules == null ? List.of() : rules);
    }

    /**
     * What one rule layer adds to the forest of a row: the non-forest land of the map inside the layer (after the
     * minimum mapping unit, filled pixels included), and the part of it observed this year. Pixels an earlier rule
     * layer of the definition holds are not counted again.
     *
     * @param column     the column reporting it ({@link org.forestcoverage.definition.RuleLayer#column()})
     * @param areaM2     non-forest land in the layer, m2
     * @param observedM2 the part of it observed this year (not filled), m2
     */
    public record RuleArea(String column, BigDecimal areaM2, BigDecimal observedM2) {
    }

    /** Forest by rule: the sum of the rule layers' areas. */
    public BigDecimal ruleM2() {
        return rules.stream().map(RuleArea::areaM2).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal ruleObservedM2() {
        return rules.stream().map(RuleArea::observedM2).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Pixels observed this year (the map's classes less what was filled). */
    public BigDecimal observedPx() {
        return forestPx.add(nonForestPx).add(waterPx).subtract(filledPx);
    }

    public BigDecimal totalPx() {
        return forestPx.add(nonForestPx).add(waterPx).add(unobservedPx);
    }

    /** Pixels not observed this year (filled or not). */
    public BigDecimal unobservedThisYearPx() {
        return totalPx().subtract(observedPx());
    }

    /** Area observed this year. */
    public BigDecimal observedM2() {
        return forestM2.add(nonForestM2).add(waterM2).subtract(filledLandM2).subtract(filledWaterM2);
    }

    /** Land of the map: forest and non-forest, filled included. */
    public BigDecimal landM2() {
        return forestM2.add(nonForestM2);
    }

    public BigDecimal totalM2() {
        return forestM2.add(nonForestM2).add(waterM2).add(unobservedM2);
    }

    /** Area not observed this year (filled or not). */
    public BigDecimal unobservedThisYearM2() {
        return totalM2().subtract(observedM2());
    }

    /** Forest (with the rule layers' area) / land of the map, in percent; NaN when it has no land. */
    public double coveragePct() {
        return pct(forestM2.add(ruleM2()), landM2());
    }

    /**
     * Forest (with the rule layers' area) / land observed this year (nothing filled), in percent; NaN when no land was
     * observed.
     */
    public double coverageObservedPct() {
        return pct(forestM2.subtract(filledForestM2).add(ruleObservedM2()), landM2().subtract(filledLandM2));
    }

    /** Filled share of the map's land, in percent; NaN when it has no land. */
    public double filledPct() {
        return pct(filledLandM2, landM2());
    }

    /** Observed share of the district's area, in percent; NaN for an empty district. */
    public double observedPct() {
        return pct(observedM2(), totalM2());
    }

    private static double pct(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? Double.NaN : part.doubleValue() / whole.doubleValue() * 100.0;
    }
}
