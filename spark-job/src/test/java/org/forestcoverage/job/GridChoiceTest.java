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

/**
 * The analysis grid's CRS, pixel size and lattice (issue 13): chosen from the scenes and the districts' centre without
 * depending on the order of the scenes, or --grid-crs / --pixel-size.
 */
@Tag("unit")
class GridChoiceTest {
    static final GridSpec WEST = new GridSpec(Crs.toWkt("EPSG:32649"), 755_010, 4_446_990, 30, 30, 100, 100);
    static final GridSpec EAST = new GridSpec(Crs.toWkt("EPSG:32650"), 256_605, 4_438_620, 30, 30, 100, 100);
    static final GridSpec BIG_WEST = new GridSpec(Crs.toWkt("EPSG:32649"), 755_010, 4_446_990, 30, 30, 300, 100);
    /** Beijing's centre: UTM zone 50 N. */
    static final double[] BEIJING = {116.4, 39.9};

    static GridChoice config(String gridCrs, Double pixelSize) {
        return new GridChoice(gridCrs, pixelSize);
    }

    @Test
    void scenesInTwoZonesTakeTheUtmZoneOfTheDistrictsCentreWhateverTheirOrder() {
        for (List<GridSpec> order : List.of(List.of(WEST, EAST), List.of(EAST, WEST))) {
            GridChoice.Chosen c = GridChoice.FROM_SCENES.choose(order, BEIJING);
            assertEquals("EPSG:32650", Crs.label(c.lattice().crsWkt()));
            assertEquals(EAST.originX(), c.lattice().originX());
            assertEquals(EAST.originY(), c.lattice().originY());
            assertTrue(c.reason().contains("UTM zone of the districts' centre"), c.reason());
        }
    }

    @Test
    void withoutTheDistrictsZoneAmongTheScenesTheCrsOfMostSceneAreaWins() {
        double[] farAway = {10.0, 50.0};      // UTM 32 N: no scene there
        for (List<GridSpec> order : List.of(List.of(BIG_WEST, EAST), List.of(EAST, BIG_WEST))) {
            GridChoice.Chosen c = GridChoice.FROM_SCENES.choose(order, farAway);
            assertEquals("EPSG:32649", Crs.label(c.lattice().crsWkt()), c.reason());
        }
        // equal areas: the smaller label, in either order
        assertEquals("EPSG:32649", Crs.label(GridChoice.FROM_SCENES.choose(List.of(EAST, WEST), null).lattice().crsWkt()));
    }

    @Test
    void scenesSharingOneCrsKeepIt() {
        GridChoice.Chosen c = GridChoice.FROM_SCENES.choose(List.of(WEST), BEIJING);
        assertEquals("EPSG:32649", Crs.label(c.lattice().crsWkt()));
        assertEquals(WEST.originX(), c.lattice().originX());
        assertEquals(30, c.lattice().pixelWidth());
    }

    @Test
    void explicitCrsTakesTheLatticeOfAFirstSceneInThatCrsAndSize() {
        GridSpec g = config("EPSG:32650", 30.0).choose(List.of(WEST, EAST), null).lattice();
        assertEquals("EPSG:32650", Crs.label(g.crsWkt()));
        assertEquals(EAST.originX(), g.originX());      // 256605 is not a multiple of 30: the scene's own lattice
        assertEquals(EAST.originY(), g.originY());
    }

    @Test
    void explicitPixelSizeWithoutAMatchingSceneIsAnchoredAtTheCrsOrigin() {
        GridSpec g = config("EPSG:32650", 10.0).choose(List.of(WEST, EAST), null).lattice();
        assertEquals(0, g.originX());
        assertEquals(0, g.originY());
        assertEquals(10, g.pixelWidth());
        assertEquals(10, g.pixelHeight());
    }

    @Test
    void geographicGridFromProjectedScenesNeedsAPixelSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> config("EPSG:4326", null).choose(List.of(WEST, EAST), null));
        assertTrue(e.getMessage().contains("--pixel-size"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> config(null, -30.0));
    }
}
