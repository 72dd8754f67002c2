package org.forestcoverage.cli;

import org.junit.jupiter.api.Tag;
import org.forestcoverage.spark.SharedSpark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.raster.PixelType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 3: NDVI on unscaled Landsat C2 L2 or Sentinel-2 baseline-04.00 digital numbers is refused end to end
 * (exit 1, one line naming the file and why), unless the manifest says {@code "allowRawDn": true}.
 */
@Tag("spark")
class RawDnRefusalTest {
    static final String L2_RED = "LC08_L2SP_123032_20210815_20210826_02_T1_SR_B4.TIF";
    static final String L2_NIR = "LC08_L2SP_123032_20210815_20210826_02_T1_SR_B5.TIF";
    static final String S2_RED = "T50TMK_20220601T030541_B04_10m.tif";
    static final String S2_NIR = "T50TMK_20220601T030541_B08_10m.tif";

    @TempDir
    Path dir;
    Path districts;

    @BeforeEach
    void inputs() throws Exception {
        GridSpec g = new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, 32, 32);
        // red 8000 and NIR 20000: raw NDVI 0.4286, C2 L2 reflectance NDVI 0.8267 (0.02/0.35)
        band(g, L2_RED, 8000);
        band(g, L2_NIR, 20000);
        band(g, S2_RED, 1400);
        band(g, S2_NIR, 4600);
        districts = dir.resolve("d.geojson");
        Files.writeString(districts, """
            {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32650"}},
             "features": [{"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Polygon",
               "coordinates": [[[400000, 4499040], [400960, 4499040], [400960, 4500000], [400000, 4500000], [400000, 4499040]]]}}]}""");
    }

    private void band(GridSpec g, String name, int dn) {
        try (GeoTiffWriter w = GeoTiffWriter.create(dir.resolve(name).toString(), g, PixelType.UINT16, 1, 0.0)) {
            short[] v = new short[32 * 32];
            Arrays.fill(v, (short) dn);
            w.write(1, g.window(), v);
        }
    }

    private String[] analyze(String red, String nir, String extra) throws Exception {
        Path m = dir.resolve("manifest.json");
        Files.writeString(m, "{\"scenes\": [{\"year\": 2021, \"id\": \"raw\", \"sensor\": \"generic\", \"red\": {\"file\": \""
                + red + "\"}, \"nir\": {\"file\": \"" + nir + "\"}" + extra + "}]}");
        StringWriter err = new StringWriter();
        CommandLine cl = SharedSpark.cli();
        cl.setErr(new PrintWriter(err));
        int rc = cl.execute("analyze", "--manifest", m.toString(), "--districts", districts.toString(), "--id-field", "id",
                "--out", dir.resolve("out").toString(), "--master", "local[2]");
        return new String[] {Integer.toString(rc), err.toString().strip()};
    }

    private void assertRefused(String[] r, List<String> words) throws Exception {
        assertEquals("1", r[0], r[1]);
        assertEquals(1, r[1].lines().count(), r[1]);
        for (String w : words) {
            assertTrue(r[1].contains(w), "'" + w + "' missing from: " + r[1]);
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().contains("out")), "an output folder was left behind");
        }
    }

    @Test
    void unscaledLandsatC2SurfaceReflectanceIsRefusedWithTheReason() throws Exception {
        assertRefused(analyze(L2_RED, L2_NIR, ""), List.of(L2_RED, "Landsat Collection 2 Level-2", "0.0000275", "allowRawDn"));
    }

    @Test
    void unscaledSentinel2IsRefusedWithTheReason() throws Exception {
        assertRefused(analyze(S2_RED, S2_NIR, ""), List.of(S2_RED, "Sentinel-2", "BOA_ADD_OFFSET", "04.00"));
    }

    @Test
    void allowRawDnOverridesTheRefusal() throws Exception {
        String[] r = analyze(L2_RED, L2_NIR, ", \"allowRawDn\": true");
        assertEquals("0", r[0], r[1]);
        List<String> csv = Files.readAllLines(dir.resolve("out/coverage.csv"));
        // raw NDVI (20000 - 8000) / 28000 = 0.43 < 0.6: every pixel non-forest, all 32 x 32 observed
        assertTrue(csv.get(1).startsWith("2021,a,"), csv.get(1));
        String[] f = csv.get(1).split(",");
        assertEquals("0", f[3], csv.get(1));
        assertEquals("1024", f[4], csv.get(1));
    }
}
