package org.forestcoverage.plan;

import java.io.Serializable;
import java.util.List;
import org.forestcoverage.coverage.PixelArea;
import org.forestcoverage.definition.MinimumMappingUnit;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.Tiling;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.kernel.ForestClassifier;
import org.forestcoverage.raster.Resampling;
import org.forestcoverage.zones.Zoner;

/**
 * Everything a tile task needs, resolved once on the driver by {@link PlanBuilder} and shipped to the executors: the
 * analysis grid and its tiling, the years with their scenes (bands, decoders, mask tables, aligned or warped), the
 * classifier with its exact threshold, the compositor, the zoner, the pixel areas and the GDAL block cache one tile
 * in flight can fill. No pixels, and nothing a task must look up again: tasks open only the windows they read.
 * Immutable and serialisable.
 *
 * @param years             in ascending order
 * @param districtCount     number of districts (zones 1 .. districtCount)
 * @param cacheBytesPerTile GDAL block cache a task reserves for its tiles, bytes (the largest scene's blocks of a tile,
 *                          and up to a bound more so that the next tile reuses the column of blocks they share)
 * @param mapsDir           folder for per-tile forest, NDVI and count maps, or {@code null} to write none
 * @param classifier        the classifier of years without one of their own ({@link YearPlan#classifier()})
 * @param mmu               the forest definition's minimum mapping unit ({@link MinimumMappingUnit#NONE}: none)
 * @param fillGaps          fill each year's unobserved pixels from the nearest year that observed them (the land
 *                          denominator of a definition)
 * @param rules             the definition's rule layers given a file, in the definition's order (possibly none)
 */
public record AnalysisPlan(GridSpec grid, int tileSize, List<YearPlan> years, ForestClassifier classifier,
                           Compositor compositor, Zoner zoner, int districtCount, PixelArea area, Resampling resampling,
                           long cacheBytesPerTile, String mapsDir, MinimumMappingUnit mmu, boolean fillGaps,
                           List<RulePlan> rules)
        implements Serializable {

    /** A plan without rule layers. */
    public AnalysisPlan(GridSpec grid, int tileSize, List<YearPlan> years, ForestClassifier classifier,
                        Compositor compositor, Zoner zoner, int districtCount, PixelArea area, Resampling resampling,
                        long cacheBytesPerTile, String mapsDir, MinimumMappingUnit mmu, boolean fillGaps) {
        this(grid, tileSize, years, classifier, compositor, zoner, districtCount, area, resampling, cacheBytesPerTile,
                mapsDir, mmu, fillGaps, List.of());
    }

    public AnalysisPlan {
        years = List.copyOf(years);
        rules = List.copyOf(rules == null ? List.of() : rules);
        if (!zoner.grid().equals(grid) || !area.grid().equals(grid)) {
            throw new IllegalArgumentException("the zoner and the pixel areas must be on the plan's grid");
        }
        mmu = mmu == null ? MinimumMappingUnit.NONE : mmu;
    }

    /** A plan without minimum mapping unit and without gap filling. */
    public AnalysisPlan(GridSpec grid, int tileSize, List<YearPlan> years, ForestClassifier classifier,
                        Compositor compositor, Zoner zoner, int districtCount, PixelArea area, Resampling resampling,
                        long cacheBytesPerTile, String mapsDir) {
        this(grid, tileSize, years, classifier, compositor, zoner, districtCount, area, resampling, cacheBytesPerTile,
                mapsDir, MinimumMappingUnit.NONE, false);
    }

    /** The classifier of year index {@code y}: its own, else the plan's. */
    public ForestClassifier classifier(int y) {
        ForestClassifier c = years.get(y).classifier();
        return c != null ? c : classifier;
    }

    public Tiling tiling() {
        return new Tiling(grid, tileSize);
    }

    /** The calendar year of year index {@code y}. */
    public int year(int y) {
        return years.get(y).year();
    }

    /** The years, ascending. */
    public List<Integer> yearValues() {
        return years.stream().map(YearPlan::year).toList();
    }

    /** The same plan restricted to the years of index {@code yearIndices} (ascending), e.g. the years to recompute. */
    public AnalysisPlan withYears(List<Integer> yearIndices) {
        return new AnalysisPlan(grid, tileSize, yearIndices.stream().map(years::get).toList(), classifier, compositor,
                zoner, districtCount, area, resampling, cacheBytesPerTile, mapsDir, mmu, fillGaps, rules);
    }

    /** Largest number of scenes in a year. */
    public int maxScenesPerYear() {
        return years.stream().mapToInt(y -> y.scenes().size()).max().orElse(0);
    }
}
