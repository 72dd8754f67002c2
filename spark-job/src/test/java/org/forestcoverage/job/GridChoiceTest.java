package org.forestcoverage.job;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.plan.GridChoice;
import org.junit.jupiter.api.Test;

/** The analysis grid's CRS, pixel size and lattice: the first scene's by default, or --grid-crs / --pixel-size. */
@Tag("unit")
class GridChoiceTest {
    static final GridSpec WEST = new GridSpec(Crs.toWkt("EPSG:32649"), 755_010, 4_446_990, 30, 30, 100, 100);
    static final GridSpec EAST = new GridSpec(Crs.toWkt("EPSG:32650"), 256_605, 4_438_620, 30, 30, 100, 100);

    static GridChoice config(String gridCrs, Double pixelSize) {
        return new GridChoice(gridCrs, pixelSize);
    }

    @Test
    void defaultIsTheFirstScenesCrsAndLattice() {
        GridSpec g = config(null, null).lattice(List.of(WEST, EAST));
        assertTrue(Crs.same(WEST.crsWkt(), g.crsWkt()));
        assertEquals(WEST.originX(), g.originX());
        assertEquals(WEST.originY(), g.originY());
        assertEquals(30, g.pixelWidth());
    }

    @Test
    void explicitCrsTakesTheLatticeOfAFirstSceneInThatCrsAndSize() {
        GridSpec g = config("EPSG:32650", 30.0).lattice(List.of(WEST, EAST));
        assertEquals("EPSG:32650", Crs.label(g.crsWkt()));
        assertEquals(EAST.originX(), g.originX());      // 256605 is not a multiple of 30: the scene's own lattice
        assertEquals(EAST.originY(), g.originY());
    }

    @Test
    void explicitPixelSizeWithoutAMatchingSceneIsAnchoredAtTheCrsOrigin() {
        GridSpec g = config("EPSG:32650", 10.0).lattice(List.of(WEST, EAST));
        assertEquals(0, g.originX());
        assertEquals(0, g.originY());
        assertEquals(10, g.pixelWidth());
        assertEquals(10, g.pixelHeight());
    }

    @Test
    void geographicGridFromProjectedScenesNeedsAPixelSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> config("EPSG:4326", null).lattice(List.of(WEST, EAST)));
        assertTrue(e.getMessage().contains("--pixel-size"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> config(null, -30.0));
    }
}
