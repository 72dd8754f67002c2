package org.forestcoverage.job;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forestcoverage.plan.AnalysisPlan;
import org.forestcoverage.plan.TileYearKeys;
import org.forestcoverage.spark.SparkAnalysis;
import org.forestcoverage.sums.CoverageSums;
import org.forestcoverage.sums.TileSumsStore;

/**
 * The tile stage with a results store: the sums of every (tile, year) whose key the store holds are reused, the years
 * with a missing tile are computed for the tiles missing in any of them, and what was computed is stored. The sums are
 * an exact integer monoid, so the combined table is the same bytes as a full recompute. Stateless.
 */
final class IncrementalTiles {
    private IncrementalTiles() {
    }

    /**
     * What the stage did.
     *
     * @param computedYears the calendar years with at least one tile computed
     */
    record Outcome(CoverageSums sums, int computed, int reused, List<Integer> computedYears) {
        Outcome {
            computedYears = List.copyOf(computedYears);
        }
    }

    static Outcome run(TileSumsStore store, AnalysisPlan plan, TileYearKeys keys, SparkAnalysis spark, int partitions,
                       PrintStream progress) {
        int tiles = plan.tiling().count();
        int years = plan.years().size();
        List<String> all = new ArrayList<>(tiles * years);
        for (int t = 0; t < tiles; t++) {
            for (int y = 0; y < years; y++) {
                all.add(keys.key(t, y));
            }
        }
        Map<String, CoverageSums> held = new HashMap<>(store.get(all));
        List<Integer> todoYears = new ArrayList<>();
        for (int y = 0; y < years; y++) {
            for (int t = 0; t < tiles; t++) {
                if (!held.containsKey(keys.key(t, y))) {
                    todoYears.add(y);
                    break;
                }
            }
        }
        List<Integer> todoTiles = new ArrayList<>();
        for (int t = 0; t < tiles; t++) {
            for (int y : todoYears) {
                if (!held.containsKey(keys.key(t, y))) {
                    todoTiles.add(t);
                    break;
                }
            }
        }
        int[] tileArray = todoTiles.stream().mapToInt(Integer::intValue).toArray();
        Map<String, CoverageSums> computed = new LinkedHashMap<>();
        if (tileArray.length > 0) {
            AnalysisPlan part = plan.withYears(todoYears);
            Map<Integer, CoverageSums> byTile;
            try (SparkAnalysis.Shipped shipped = spark.ship(part)) {
                byTile = spark.runPerTile(shipped, tileArray,
                        partitions > 0 ? partitions : spark.defaultPartitions(tileArray.length), progress);
            }
            for (int t : tileArray) {
                for (int j = 0; j < todoYears.size(); j++) {
                    computed.put(keys.key(t, todoYears.get(j)), byTile.get(t).year(j));
                }
            }
            store.put(computed);
            held.putAll(computed);
        }
        CoverageSums sums = CoverageSums.empty(years, plan.districtCount());
        for (int t = 0; t < tiles; t++) {
            for (int y = 0; y < years; y++) {
                sums.mergeYear(y, held.get(keys.key(t, y)));
            }
        }
        return new Outcome(sums, computed.size(), tiles * years - computed.size(),
                todoYears.stream().map(plan::year).toList());
    }
}
