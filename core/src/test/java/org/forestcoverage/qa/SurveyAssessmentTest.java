package org.forestcoverage.qa;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.forestcoverage.kernel.LandClass;
import org.junit.jupiter.api.Test;

@Tag("unit")
class SurveyAssessmentTest {

    private static int next;

    private static MapPlot plot(int mapClass, ForestLabel label, String district, PlotStatus status) {
        String id = "P" + next++;
        Plot p = new Plot(id, 0, 0, "EPSG:32650", label, OptionalInt.empty());
        return new MapPlot(new PlacedPlot(p, "line " + next, 0, 0, 0, 0), mapClass, district, status);
    }

    /** {@code n} used plots of one cell of the matrix. */
    private static void add(List<MapPlot> plots, int n, int mapClass, ForestLabel label, String district) {
        for (int i = 0; i < n; i++) {
            plots.add(plot(mapClass, label, district, PlotStatus.USED));
        }
    }

    @Test
    void cityAndDistrictMatricesCountTheUsedPlotsAndEstimatesEqualTheEstimators() {
        List<MapPlot> plots = new ArrayList<>();
        add(plots, 8, LandClass.FOREST, ForestLabel.FOREST, "a");
        add(plots, 2, LandClass.FOREST, ForestLabel.NON_FOREST, "a");
        add(plots, 1, LandClass.NON_FOREST, ForestLabel.FOREST, "a");
        add(plots, 9, LandClass.NON_FOREST, ForestLabel.NON_FOREST, "a");
        add(plots, 3, LandClass.NON_FOREST, ForestLabel.NON_FOREST, "b");
        MapPlot cloud = plot(LandClass.UNOBSERVED, ForestLabel.FOREST, "a", PlotStatus.UNOBSERVED);
        MapPlot outside = plot(-1, ForestLabel.FOREST, null, PlotStatus.OUTSIDE_RASTER);
        plots.add(cloud);
        plots.add(outside);
        Map<String, StratumAreas> districts = new LinkedHashMap<>();
        districts.put("a", new StratumAreas(400, 600, 400 * 900.0, 600 * 900.0));
        districts.put("b", new StratumAreas(0, 100, 0, 100 * 900.0));
        StratumAreas city = districts.get("a").plus(districts.get("b"));

        YearQa qa = SurveyAssessment.assess(2020, "forest_2020.tif", plots, city, districts, 5);

        assertEquals(ErrorMatrix.of(SurveyAssessment.CLASSES, new long[][] {{8, 2}, {1, 12}}), qa.city().matrix());
        assertEquals(23, qa.city().plotsUsed());
        assertEquals(List.of(outside.id()), qa.city().excludedIds(PlotStatus.OUTSIDE_RASTER));
        assertEquals(List.of(cloud.id()), qa.city().excludedIds(PlotStatus.UNOBSERVED));
        AccuracyAssessment expected = StratifiedEstimator.assess(qa.city().matrix(), new double[] {360000, 630000});
        assertEquals(expected.area(0).adjustedAreaM2(), qa.city().assessment().orElseThrow().area(0).adjustedAreaM2(), 0);
        // by hand: 900 x (400 x 8/10 + 700 x 1/13)
        assertEquals(900 * (400 * 0.8 + 700.0 / 13), qa.city().assessment().orElseThrow().area(0).adjustedAreaM2(), 1e-6);

        AreaQa a = qa.area("a");
        assertEquals(ErrorMatrix.of(SurveyAssessment.CLASSES, new long[][] {{8, 2}, {1, 9}}), a.matrix());
        assertEquals(List.of(cloud.id()), a.excludedIds(PlotStatus.UNOBSERVED));
        assertEquals(0, a.excludedCount(PlotStatus.OUTSIDE_RASTER));
        assertEquals(Map.of("b", 3), qa.belowMinimum());
        assertEquals(2, qa.areas().size());
    }

    @Test
    void aStratumWithOnePlotHasNoEstimateButAReason() {
        List<MapPlot> plots = new ArrayList<>();
        add(plots, 1, LandClass.FOREST, ForestLabel.FOREST, null);
        add(plots, 5, LandClass.NON_FOREST, ForestLabel.NON_FOREST, null);
        YearQa qa = SurveyAssessment.assess(2020, "m.tif", plots, new StratumAreas(10, 10, 10, 10), Map.of(), 0);
        assertTrue(qa.city().assessment().isEmpty());
        assertTrue(qa.city().note().contains("at least 2"), qa.city().note());
        assertEquals(6, qa.city().plotsUsed());
    }

    @Test
    void noUsedPlotsIsReportedNotAnError() {
        List<MapPlot> plots = List.of(plot(LandClass.WATER, ForestLabel.FOREST, null, PlotStatus.WATER));
        YearQa qa = SurveyAssessment.assess(2020, "m.tif", plots, new StratumAreas(10, 10, 10, 10), Map.of(), 0);
        assertEquals("no plots used", qa.city().note());
        assertEquals(1, qa.city().excludedCount(PlotStatus.WATER));
        String csv = QaReportWriter.csv(List.of(qa));
        assertTrue(csv.lines().skip(1).findFirst().orElseThrow().endsWith(",0,0,0,0,1,no plots used"), csv);
    }
}
