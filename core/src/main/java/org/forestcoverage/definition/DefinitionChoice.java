package org.forestcoverage.definition;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The forest definition a user asked for on the command line: a bundled profile or a definition file, and what
 * replaces parts of it. Overrides apply in this order: calibration files replace the canopy rule, then
 * {@code --threshold} replaces it with one number, then the minimum mapping unit's area and connectivity, then the
 * denominator.
 *
 * <pre>{@code
 * ForestDefinition d = new DefinitionChoice("fao", List.of(Path.of("calibration/")), null, null, 4, null).resolve();
 * }</pre>
 *
 * @param nameOrFile   a bundled profile ({@link Definitions#PROFILES}) or a definition file
 * @param calibrations calibration files or folders ({@code forest calibrate}'s output), possibly none
 * @param threshold    one NDVI threshold for every sensor, or {@code null}
 * @param mmuHa        the minimum mapping unit in hectares (keeping the definition's strictness), or {@code null}
 * @param connectivity 4 or 8, or {@code null}
 * @param denominator  {@code land} or {@code observed}, or {@code null}
 * @param ruleFiles    the rasters of the definition's rule layers by layer name ({@code --rule-layer NAME=FILE}),
 *                     possibly none
 */
public record DefinitionChoice(String nameOrFile, List<Path> calibrations, Double threshold, BigDecimal mmuHa,
                               Integer connectivity, Denominator denominator, Map<String, Path> ruleFiles) {

    /** The default: the {@code ndvi} profile as it is. */
    public static final DefinitionChoice DEFAULT = new DefinitionChoice("ndvi", List.of(), null, null, null, null);

    /** A choice without rule layer files. */
    public DefinitionChoice(String nameOrFile, List<Path> calibrations, Double threshold, BigDecimal mmuHa,
                            Integer connectivity, Denominator denominator) {
        this(nameOrFile, calibrations, threshold, mmuHa, connectivity, denominator, Map.of());
    }

    public DefinitionChoice {
        nameOrFile = nameOrFile == null ? "ndvi" : nameOrFile;
        calibrations = List.copyOf(calibrations == null ? List.of() : calibrations);
        ruleFiles = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(ruleFiles == null ? Map.of()
                : ruleFiles));
        if (threshold != null && !calibrations.isEmpty()) {
            throw new IllegalArgumentException("give --threshold or --calibration, not both");
        }
    }

    /**
     * The definition with the overrides applied.
     *
     * @throws DefinitionFileException  naming a definition or calibration file that cannot be used
     * @throws IllegalArgumentException for a value out of range (a threshold outside [-1, 1], a negative unit...)
     */
    public ForestDefinition resolve() {
        ForestDefinition d = Definitions.resolve(nameOrFile);
        if (!calibrations.isEmpty()) {
            d = d.withCanopy(CalibrationFile.combine(calibrations.stream().map(CalibrationFile::read).toList()));
        }
        if (threshold != null) {
            d = d.withThreshold(threshold);
        }
        if (mmuHa != null || connectivity != null) {
            MinimumMappingUnit m = d.mmu();
            try {
                d = d.withMmu(new MinimumMappingUnit(mmuHa != null ? mmuHa : m.areaHa(), m.strict(),
                        connectivity != null ? connectivity : m.connectivity()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--mmu-ha / --mmu-connectivity: " + e.getMessage(), e);
            }
        }
        if (denominator != null) {
            d = d.withDenominator(denominator);
        }
        return d;
    }

    /**
     * The files given for {@code definition}'s rule layers, in the definition's order of its layers (a layer given no
     * file is left out).
     *
     * @throws IllegalArgumentException naming a layer the definition does not declare
     */
    public List<RuleLayerFile> ruleLayerFiles(ForestDefinition definition) {
        for (Map.Entry<String, Path> e : ruleFiles.entrySet()) {
            if (definition.ruleLayers().stream().noneMatch(l -> l.name().equals(e.getKey()))) {
                String declared = definition.ruleLayers().isEmpty() ? "it declares none"
                        : "it declares " + String.join(", ", definition.ruleLayers().stream().map(RuleLayer::name)
                        .toList());
                throw new IllegalArgumentException("--rule-layer " + e.getKey() + "=" + e.getValue()
                        + ": the definition '" + definition.name() + "' has no rule layer '" + e.getKey() + "' ("
                        + declared + ")");
            }
        }
        return definition.ruleLayers().stream().filter(l -> ruleFiles.containsKey(l.name()))
                .map(l -> new RuleLayerFile(l, ruleFiles.get(l.name()))).toList();
    }
}
