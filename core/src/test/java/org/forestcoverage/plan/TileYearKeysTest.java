package org.forestcoverage.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.raster.Resampling;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.zones.ZoneMode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keys of the results store come from the plan: two plans built from the same request have the same keys (also
 * after a round trip through serialisation, as executors see the plan), the maps folder takes no part, a changed
 * threshold changes every year's key and a changed input file only its own year's.
 */
@Tag("unit")
class TileYearKeysTest {
    @TempDir
    Path dir;

    static final GridSpec GRID = new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, 40, 40);

    Path raster(String name) {
        Path p = dir.resolve(name);
        try (GeoTiffWriter w = GeoTiffWriter.create(p.toString(), GRID, PixelType.INT16, 2, 0.0)) {
            w.write(1, GRID.window(), new double[(int) GRID.pixelCount()]);
            w.write(2, GRID.window(), new double[(int) GRID.pixelCount()]);
        }
        return p;
    }

    AnalysisPlan plan(double threshold, String mapsDir) throws Exception {
        Path districts = RectangleDistrict.write(dir, 400300, 4499100, 400900, 4499700);
        Calibration c = new Calibration(1e-4, 0);
        List<SceneSpec> scenes = List.of(
                new SceneSpec("a", 2020, "generic", new BandRef(dir.resolve("a.tif").toString(), 1),
                        new BandRef(dir.resolve("a.tif").toString(), 2), c, c, null, null),
                new SceneSpec("b", 2021, "generic", new BandRef(dir.resolve("b.tif").toString(), 1),
                        new BandRef(dir.resolve("b.tif").toString(), 2), c, c, null, null));
        AnalysisRequest r = new AnalysisRequest(new Manifest(scenes), new AnalysisRequest.Districts(districts, "id",
                null, null, false, false), GridChoice.FROM_SCENES, threshold, 16, ZoneMode.FRACTIONAL,
                Compositor.max(), Resampling.NEAR);
        return PlanBuilder.open(r).build(mapsDir).plan();
    }

    private static final String VERSION = "0123456789abcdef0123456789abcdef01234567";

    private Map<String, String> sums(String a, String b) {
        Map<String, String> m = new HashMap<>();
        m.put(dir.resolve("a.tif").toAbsolutePath().normalize().toString(), a);
        m.put(dir.resolve("b.tif").toAbsolutePath().normalize().toString(), b);
        return m;
    }

    private static AnalysisPlan roundTrip(AnalysisPlan p) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (AnalysisPlan) in.readObject();
        }
    }

    @Test
    void keysFollowWhatDecidesEachYear() throws Exception {
        raster("a.tif");
        raster("b.tif");
        String a = "a".repeat(64);
        String b = "b".repeat(64);
        TileYearKeys k = TileYearKeys.of(plan(0.6, null), sums(a, b), VERSION);
        assertEquals(k.year(0), TileYearKeys.of(plan(0.6, null), sums(a, b), VERSION).year(0), "built twice");
        assertEquals(k.year(0), TileYearKeys.of(plan(0.6, dir.resolve("maps").toString()), sums(a, b),
                VERSION).year(0),
                "maps folder");
        TileYearKeys same = TileYearKeys.of(roundTrip(plan(0.6, dir.resolve("maps").toString())), sums(a, b),
                VERSION);
        for (int y = 0; y < 2; y++) {
            assertEquals(k.year(y), same.year(y), "year " + y);
            assertEquals(k.key(3, y), same.key(3, y));
        }
        assertNotEquals(k.year(0), k.year(1));
        assertNotEquals(k.key(0, 0), k.key(1, 0));

        TileYearKeys otherBuild = TileYearKeys.of(plan(0.6, null), sums(a, b), "f".repeat(40));
        assertNotEquals(k.year(0), otherBuild.year(0), "another build of the tool may compute other sums");

        TileYearKeys threshold = TileYearKeys.of(plan(0.5, null), sums(a, b), VERSION);
        assertNotEquals(k.year(0), threshold.year(0));
        assertNotEquals(k.year(1), threshold.year(1));

        TileYearKeys changedB = TileYearKeys.of(plan(0.6, null), sums(a, "c".repeat(64)), VERSION);
        assertEquals(k.year(0), changedB.year(0), "2020 reads nothing of b.tif");
        assertNotEquals(k.year(1), changedB.year(1));

        Map<String, String> missing = sums(a, b);
        missing.remove(dir.resolve("b.tif").toAbsolutePath().normalize().toString());
        assertThrows(IllegalArgumentException.class, () -> TileYearKeys.of(plan(0.6, null), missing, VERSION));
    }
}
