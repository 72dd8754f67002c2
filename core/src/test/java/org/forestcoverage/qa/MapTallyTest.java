package org.forestcoverage.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.forestcoverage.coverage.PixelArea;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.junit.jupiter.api.Test;

class MapTallyTest {
    // 4 x 3 grid of 30 m pixels; classes and zones as literals
    static final GridSpec GRID = new GridSpec("", 0, 90, 30, 30, 4, 3);
    static final PixelArea AREA = PixelArea.projected(GRID, 1);
    static final short[] CLASSES = {
        2, 2, 1, 0,
        2, 1, 1, 3,
        0, 2, 1, 1};
    static final short[] ZONES = {
        1, 1, 2, 2,
        1, 1, 2, 2,
        0, 0, 2, 2};

    @Test
    void countsStrataPerZoneAndTheCityIsTheSumOfTheZones() {
        MapTally t = new MapTally(List.of("a", "b"));
        // two tiles: the left and the right half
        t.add(new PixelWindow(0, 0, 2, 3), new short[] {2, 2, 2, 1, 0, 2}, new short[] {1, 1, 1, 1, 0, 0}, AREA);
        t.add(new PixelWindow(2, 0, 2, 3), new short[] {1, 0, 1, 3, 1, 1}, new short[] {2, 2, 2, 2, 2, 2}, AREA);
        assertEquals(new StratumAreas(3, 1, 2700, 900), t.zone("a"));
        assertEquals(new StratumAreas(0, 4, 0, 3600), t.zone("b"));
        // the forest pixel in no zone (col 1, row 2) is not in the city
        assertEquals(new StratumAreas(3, 5, 2700, 4500), t.city());
        assertEquals(2, t.pixels(0));
        assertEquals(1, t.pixels(3));
    }

    @Test
    void withoutZonesTheCityIsTheWholeRaster() {
        MapTally t = new MapTally(List.of());
        t.add(GRID.window(), CLASSES, null, AREA);
        assertEquals(new StratumAreas(4, 5, 3600, 4500), t.city());
        assertEquals(100 * 4.0 / 9, t.city().mappedCoveragePercent(), 1e-12);
    }

    @Test
    void aValueThatIsNoLandClassNamesThePixel() {
        MapTally t = new MapTally(List.of());
        short[] bad = CLASSES.clone();
        bad[6] = 7;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> t.add(GRID.window(), bad, null, AREA));
        assertTrue(e.getMessage().contains("(col 2, row 1) has value 7"), e.getMessage());
    }
}
