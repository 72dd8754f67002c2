package org.forestcoverage.trajectory;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A straight planned line for one scope (the city or a district): coverage {@code baselinePercent} at the end of
 * {@code baselineYear} rising (or falling) linearly to {@code targetPercent} at {@code targetYear}.
 *
 * <pre>{@code
 * TrajectoryLine beijing = new TrajectoryLine("city", 2020, new BigDecimal("44.4"), 2025, new BigDecimal("45.0"));
 * beijing.expectedPercent(2022);   // 44.64
 * }</pre>
 *
 * @param scope           {@link Trajectory#CITY} or a district name
 * @param baselineYear    year of the baseline value
 * @param baselinePercent coverage at the baseline, percent
 * @param targetYear      year of the target, after the baseline year
 * @param targetPercent   planned coverage at the target year, percent
 */
public record TrajectoryLine(String scope, int baselineYear, BigDecimal baselinePercent, int targetYear,
                             BigDecimal targetPercent) {

    public TrajectoryLine {
        if (scope == null || scope.isBlank() || baselinePercent == null || targetPercent == null) {
            throw new IllegalArgumentException("scope, baseline and target are required, got " + scope + ", "
                    + baselinePercent + ", " + targetPercent);
        }
        if (targetYear <= baselineYear) {
            throw new IllegalArgumentException(scope + ": target year " + targetYear
                    + " is not after baseline year " + baselineYear);
        }
    }

    /**
     * The planned coverage in {@code year}, percent: linear between baseline and target, the baseline value before the
     * baseline year and the target value after the target year (the target level is to be held). Exact up to 16
     * significant digits.
     */
    public BigDecimal expectedPercent(int year) {
        if (year <= baselineYear) {
            return baselinePercent;
        }
        if (year >= targetYear) {
            return targetPercent;
        }
        BigDecimal rise = targetPercent.subtract(baselinePercent).multiply(BigDecimal.valueOf(year - baselineYear));
        return baselinePercent.add(rise.divide(BigDecimal.valueOf(targetYear - baselineYear), MathContext.DECIMAL64))
                .stripTrailingZeros();
    }
}
