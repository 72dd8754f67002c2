package org.forestcoverage.tile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.scene.SceneSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, medoid: four OLI scenes of a 48 x 8 grid through the plan and the tile pipeline, each pixel's looks put on
 * four points of one line in (red, NIR) DN, offsets from (9000, 20000): P1 (0, 0), P2 (300, 400), P3 (600, 800), P4
 * (2400, 3200). Distances (3-4-5 steps, reflectance = 2.75e-5 DN): P1P2 = P2P3 = 500, P1P3 = 1000, P1P4 = 4000, P2P4 =
 * 3500, P3P4 = 3000. NDVI: P1 0.761, P2 0.733, P3 0.706 (forest), P4 0.588 (not).
 * <ul>
 * <li>columns 0-15: A = P1, B = P2, C = P4, D cloudy: sums 4500, 4000, 7500, B (day 196), forest (max NDVI would take
 * A, day 152);</li>
 * <li>columns 16-31: A = P3, B = P1, C = P2, D = P4: sums 4500, 5500, 4500, 10500, a tie of A and C, to the earlier
 * date, A (day 152), forest; by scene id it would be C (LC08 before LC09, day 232);</li>
 * <li>columns 32-47: D = P4 alone (day 253), not forest; in row 0 D is cloudy too: nothing observed (day 0).</li>
 * </ul>
 * Scenes: A {@code LC09_..._20220601} (day 152), B {@code LC08_..._20220715} (196), C {@code LC08_..._20220820} (232),
 * D {@code LC09_..._20220910} (253). Forest: columns 0-31, 256 pixels, whatever the tiles and the manifest's order.
 */
@Tag("unit")
class MedoidCompositeTest {
    @TempDir
    Path dir;
    private List<SceneSpec> scenes;

    private static final int[][] POINT = {{0, 0}, {300, 400}, {600, 800}, {2400, 3200}};

    /** The scene whose looks are {@code points[region]} (-1 cloudy) in the three column regions. */
    private SceneSpec scene(String id, int... points) {
        short[] red = new short[OliScenes.PIXELS];
        short[] nir = new short[OliScenes.PIXELS];
        short[] qa = new short[OliScenes.PIXELS];
        for (int i = 0; i < OliScenes.PIXELS; i++) {
            int region = i % 48 / 16;
            int p = points[region];
            boolean cloudy = p < 0 || (region == 2 && i < 48);
            red[i] = (short) (9000 + (p < 0 ? 0 : POINT[p][0]));
            nir[i] = (short) (20000 + (p < 0 ? 0 : POINT[p][1]));
            qa[i] = cloudy ? OliScenes.CLOUD : OliScenes.CLEAR;
        }
        return OliScenes.write(dir, id, red, nir, qa);
    }

    @BeforeEach
    void write() {
        scenes = List.of(scene("LC09_L2SP_123032_20220601", 0, 2, -1), scene("LC08_L2SP_123032_20220715", 1, 0, -1),
                scene("LC08_L2SP_123032_20220820", 3, 1, -1), scene("LC09_L2SP_123032_20220910", -1, 3, 3));
    }

    private short[] days(List<SceneSpec> manifest, String name) throws Exception {
        Path maps = dir.resolve(name);
        assertEquals(256, OliScenes.forest(OliScenes.plan(dir, manifest, Compositor.medoid(), 48, null,
                maps.toString())), "forest: columns 0-31 (" + name + ")");
        return OliScenes.map(maps, "doy");
    }

    @Test
    void chosenDayIsKnownByConstructionWhateverTheManifestOrder() throws Exception {
        short[] day = days(scenes, "maps");
        for (int i = 0; i < OliScenes.PIXELS; i++) {
            int c = i % 48;
            int expected = c < 16 ? 196 : c < 32 ? 152 : i < 48 ? 0 : 253;
            assertEquals(expected, day[i], "day of year at column " + c + ", row " + i / 48);
        }
        List<SceneSpec> reversed = new ArrayList<>(scenes);
        Collections.reverse(reversed);
        assertArrayEquals(day, days(reversed, "reversed"), "the manifest reversed");
    }

    @Test
    void tilesOfSixteenGiveTheSameForestAndMaxDiffersWhereExpected() throws Exception {
        assertEquals(256, OliScenes.forest(OliScenes.plan(dir, scenes, Compositor.medoid(), 16, null, null)));
        // max takes A in columns 0-15 (P1, forest), B in 16-31 (P1): the same forest, so compare the days instead
        Path maps = dir.resolve("max");
        OliScenes.forest(OliScenes.plan(dir, scenes, Compositor.max(), 48, null, maps.toString()));
        short[] day = OliScenes.map(maps, "doy");
        assertEquals(152, day[48], "max, column 0: A (P1, the greenest)");
        assertEquals(196, day[48 + 16], "max, column 16: B (P1)");
    }
}
