package org.forestcoverage.definition;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When a pixel's canopy counts as forest: NDVI at or above a threshold, per sensor (the preset names of the scene
 * manifest, e.g. {@code landsat-c2-l2}), with {@link #ANY_SENSOR} for every sensor without an entry of its own.
 *
 * <pre>{@code
 * CanopyRule r = CanopyRule.of(new BigDecimal("0.50"), "canopy cover >= 20 %: NDVI proxy");
 * r.thresholdFor("sentinel-2-l2a");   // Optional[0.50]
 * }</pre>
 *
 * @param thresholds sensor to threshold (forest iff NDVI >= threshold), exact decimals in [-1, 1]
 * @param basis      where the thresholds come from (a proxy formula, a calibration file and its plots, a user option)
 */
public record CanopyRule(Map<String, BigDecimal> thresholds, String basis) {

    /** The entry that applies to every sensor without one of its own. */
    public static final String ANY_SENSOR = "any";

    public CanopyRule {
        if (thresholds == null || thresholds.isEmpty()) {
            throw new IllegalArgumentException("a canopy rule needs at least one threshold");
        }
        for (Map.Entry<String, BigDecimal> e : thresholds.entrySet()) {
            BigDecimal t = e.getValue();
            if (t == null || t.compareTo(BigDecimal.ONE.negate()) < 0 || t.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("NDVI threshold " + t + " for " + e.getKey() + " is outside [-1, 1]");
            }
        }
        thresholds = Collections.unmodifiableMap(new TreeMap<>(thresholds));
        basis = basis == null ? "" : basis;
    }

    /** One threshold for every sensor. */
    public static CanopyRule of(BigDecimal threshold, String basis) {
        return new CanopyRule(Map.of(ANY_SENSOR, threshold), basis);
    }

    /** The threshold for {@code sensor}: its own entry, else the {@link #ANY_SENSOR} entry, else empty. */
    public Optional<BigDecimal> thresholdFor(String sensor) {
        BigDecimal t = thresholds.get(sensor);
        return Optional.ofNullable(t != null ? t : thresholds.get(ANY_SENSOR));
    }
}
