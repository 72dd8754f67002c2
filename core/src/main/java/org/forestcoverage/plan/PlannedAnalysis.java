package org.forestcoverage.plan;

import java.util.List;
import org.forestcoverage.coverage.CrsUnits;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.zones.District;
import org.forestcoverage.zones.DistrictReport;

/**
 * What {@link PlanBuilder} resolved: the {@link AnalysisPlan} the tasks get, and what only the driver needs for the
 * reports: the scenes as asked, the districts in report order with their checks, the grid CRS's label and units, and
 * whether longitude/latitude districts in China might be GCJ-02, and the warning and note lines the scene checks
 * gave (each starts with {@code warning:} or {@code note:}). Immutable.
 */
public record PlannedAnalysis(AnalysisPlan plan, Manifest scenes, List<District> districts, DistrictReport checks,
                              String crsLabel, CrsUnits units, boolean lonLatInChina, List<String> warnings) {
    public PlannedAnalysis {
        districts = List.copyOf(districts);
        warnings = List.copyOf(warnings);
    }
}
