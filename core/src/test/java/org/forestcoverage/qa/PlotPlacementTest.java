package org.forestcoverage.qa;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.forestcoverage.grid.GridSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class PlotPlacementTest {
    static final GridSpec GRID = new GridSpec("", 1000, 2000, 10, 10, 5, 4);   // x 1000..1050, y 1960..2000

    private static Plot plot(String id, double x, double y) {
        return new Plot(id, x, y, "EPSG:32650", ForestLabel.FOREST, OptionalInt.empty());
    }

    @Test
    void leftAndTopEdgesAreInsideRightAndBottomEdgesOutside() {
        List<Plot> plots = List.of(plot("a", 1000, 2000), plot("b", 1049.9, 1960.1), plot("c", 1050, 1990),
                plot("d", 1010, 1960), plot("e", Double.MAX_VALUE, 0));
        double[] xs = {1000, 1049.9, 1050, 1010, Double.NaN};
        double[] ys = {2000, 1960.1, 1990, 1960, Double.NaN};
        List<PlacedPlot> p = PlotPlacement.place("p.csv", plots, List.of("line 2", "line 3", "line 4", "line 5", "line 6"),
                xs, ys, GRID, "m.tif");
        assertEquals(List.of(0, 0), List.of(p.get(0).col(), p.get(0).row()));
        assertEquals(List.of(4, 3), List.of(p.get(1).col(), p.get(1).row()));
        assertFalse(p.get(2).inside());
        assertFalse(p.get(3).inside());
        assertFalse(p.get(4).inside());
        assertEquals("line 4", p.get(2).location());
    }

    @Test
    void noPlotOnTheRasterIsAWrongCrsNamingTheFirstLine() {
        List<Plot> plots = List.of(plot("a", 116.4, 39.9), plot("b", 116.5, 39.8));
        PlotFileException e = assertThrows(PlotFileException.class, () -> PlotPlacement.place("p.csv", plots,
                List.of("line 3", "line 4"), new double[] {116.4, 116.5}, new double[] {39.9, 39.8}, GRID, "m.tif"));
        assertEquals("line 3", e.location());
        assertTrue(e.getMessage().startsWith("p.csv line 3: none of the 2 plots lies on m.tif"), e.getMessage());
        assertTrue(e.getMessage().contains("CRS wrong"), e.getMessage());
    }

    @Test
    void csvLocationsSkipCommentsAndBlankLines(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, "# survey\nid,x,y,label\n\nA,1,2,forest\n# later\nB,1,2,forest\n");
        assertEquals(List.of("line 4", "line 6"), PlotLocations.of(f, 2));
        assertEquals(List.of("feature 0", "feature 1"), PlotLocations.of(dir.resolve("p.geojson"), 2));
    }
}
