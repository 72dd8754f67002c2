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
import java.util.ArrayList;
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

/** Bad input ends with exit status 1, one line on stderr naming the file and the problem, and no output folder. */
@Tag("spark")
class BadInputTest {
    @TempDir
    Path dir;
    Path districts;
    Path good;

    @BeforeEach
    void inputs() throws Exception {
        GridSpec g = new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, 64, 64);
        good = dir.resolve("good.tif");
        try (GeoTiffWriter w = GeoTiffWriter.create(good.toString(), g, PixelType.INT16, 2, -9999.0)) {
            short[] v = new short[64 * 64];
            java.util.Arrays.fill(v, (short) 1000);
            w.write(1, g.window(), v);
            w.write(2, g.window(), v);
        }
        districts = dir.resolve("d.geojson");
        Files.writeString(districts, """
            {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32650"}},
             "features": [{"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Polygon",
               "coordinates": [[[400000, 4498080], [401920, 4498080], [401920, 4500000], [400000, 4500000], [400000, 4498080]]]}}]}""");
    }

    private String[] failing(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = SharedSpark.cli();
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--districts", districts.toString(), "--id-field", "id", "--out", dir.resolve("out").toString(),
                "--master", "local[2]"));
        int rc = cl.execute(all.toArray(new String[0]));
        return new String[] {Integer.toString(rc), err.toString()};
    }

    private void assertCleanFailure(String[] r, String file, String problem) throws Exception {
        assertEquals("1", r[0], r[1]);
        String msg = r[1].strip();
        assertEquals(1, msg.lines().count(), msg);
        assertTrue(msg.contains(file), msg);
        assertTrue(msg.contains(problem), msg);
        try (Stream<Path> s = Files.list(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().contains("out")), "an output folder was left behind");
        }
    }

    @Test
    void corruptGeoTiff() throws Exception {
        Path bad = dir.resolve("corrupt.tif");
        Files.write(bad, "II*\0garbage".getBytes());
        assertCleanFailure(failing("analyze", "--scene", bad.toString(), "--year", "2020", "--red-band", "1", "--nir-band", "2", "--scale", "1", "--offset", "0"),
                "corrupt.tif", "not a readable raster");
    }

    @Test
    void truncatedGeoTiff() throws Exception {
        byte[] all = Files.readAllBytes(good);
        Path bad = dir.resolve("truncated.tif");
        Files.write(bad, java.util.Arrays.copyOf(all, all.length * 2 / 3));
        String[] r = failing("analyze", "--scene", bad.toString(), "--year", "2020", "--red-band", "1", "--nir-band", "2", "--scale", "1", "--offset", "0");
        assertCleanFailure(r, "truncated.tif", "truncated");
    }

    @Test
    void missingBandFile() throws Exception {
        Path m = dir.resolve("manifest.json");
        Files.writeString(m, """
            {"scenes": [{"year": 2020, "red": {"file": "good.tif", "band": 1}, "nir": {"file": "nir_missing.tif", "band": 1},
              "scale": 0.0001, "offset": 0}]}""");
        assertCleanFailure(failing("analyze", "--manifest", m.toString()), "nir_missing.tif", "file not found");
    }

    @Test
    void missingBandInFile() throws Exception {
        assertCleanFailure(failing("analyze", "--scene", good.toString(), "--year", "2020", "--red-band", "1", "--nir-band", "3", "--scale", "1", "--offset", "0"),
                "good.tif", "no band 3");
    }

    @Test
    void manifestWithAMissingField() throws Exception {
        Path m = dir.resolve("manifest.json");
        Files.writeString(m, """
            {"scenes": [{"red": {"file": "good.tif", "band": 1}, "nir": {"file": "good.tif", "band": 2}, "scale": 0.0001, "offset": 0}]}""");
        assertCleanFailure(failing("analyze", "--manifest", m.toString()), "manifest.json", "missing field \"year\"");
    }

    @Test
    void districtsWithoutTheIdField() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cl = SharedSpark.cli();
        cl.setErr(new PrintWriter(err));
        int rc = cl.execute("analyze", "--scene", good.toString(), "--year", "2020", "--red-band", "1", "--nir-band", "2", "--scale", "1", "--offset", "0",
                "--districts", districts.toString(), "--id-field", "adcode", "--out", dir.resolve("out").toString());
        assertEquals(1, rc);
        assertTrue(err.toString().contains("no attribute 'adcode'"), err.toString());
    }
}
