package org.forestcoverage.definition;

import java.util.List;

/**
 * A forest definition: what counts as forest and what the coverage rate divides by.
 *
 * <pre>{@code
 * ForestDefinition china = Definitions.profile("china");
 * china.mmu().areaHa();          // 0.0667
 * china.denominator();           // LAND
 * ForestDefinition mine = china.withCanopy(CalibrationFile.read(path).canopyRule());
 * }</pre>
 *
 * @param name        the profile's name ({@code china}, {@code fao}, {@code gfw}, {@code ndvi}) or the custom file's
 * @param title       one line for reports
 * @param source      the documents the definition follows
 * @param canopy      the canopy rule
 * @param mmu         the minimum mapping unit
 * @param ruleLayers  layers counted as forest by rule (possibly none)
 * @param denominator land (official) or observed land
 * @param notes       what the definition says that a satellite map cannot see (tree height, land use...)
 */
public record ForestDefinition(String name, String title, String source, CanopyRule canopy, MinimumMappingUnit mmu,
                               List<RuleLayer> ruleLayers, Denominator denominator, List<String> notes) {

    public ForestDefinition {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a forest definition needs a name");
        }
        if (canopy == null || mmu == null || denominator == null) {
            throw new IllegalArgumentException("definition '" + name + "' needs a canopy rule, a minimum mapping unit"
                    + " and a denominator");
        }
        title = title == null ? name : title;
        source = source == null ? "" : source;
        ruleLayers = List.copyOf(ruleLayers == null ? List.of() : ruleLayers);
        notes = List.copyOf(notes == null ? List.of() : notes);
        for (int i = 0; i < ruleLayers.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (ruleLayers.get(i).name().equals(ruleLayers.get(j).name())
                        || ruleLayers.get(i).column().equals(ruleLayers.get(j).column())) {
                    throw new IllegalArgumentException("definition '" + name + "' lists rule layer '"
                            + ruleLayers.get(i).name() + "' twice");
                }
            }
        }
    }

    /** The same definition with another canopy rule (a calibration file, a threshold given by the user). */
    public ForestDefinition withCanopy(CanopyRule rule) {
        return new ForestDefinition(name, title, source, rule, mmu, ruleLayers, denominator, notes);
    }

    /**
     * The same definition with one NDVI threshold for every sensor (the {@code --threshold} option).
     *
     * @throws IllegalArgumentException when {@code ndvi} is not in [-1, 1]
     */
    public ForestDefinition withThreshold(double ndvi) {
        if (!(ndvi >= -1 && ndvi <= 1)) {
            throw new IllegalArgumentException("--threshold must be an NDVI in [-1, 1], got " + ndvi);
        }
        return withCanopy(CanopyRule.of(new java.math.BigDecimal(Double.toString(ndvi)), "--threshold " + ndvi));
    }

    /** The same definition with another minimum mapping unit. */
    public ForestDefinition withMmu(MinimumMappingUnit unit) {
        return new ForestDefinition(name, title, source, canopy, unit, ruleLayers, denominator, notes);
    }

    /** The same definition with another denominator. */
    public ForestDefinition withDenominator(Denominator d) {
        return new ForestDefinition(name, title, source, canopy, mmu, ruleLayers, d, notes);
    }
}
