package org.forestcoverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, "misleading or noisy errors": each case ends with exit status 1 and one line naming the file and the
 * real problem (no OGR "General Error", no null pointer, no Spark stack trace); {@code --debug} adds the trace.
 */
class ErrorLinesTest {
    @TempDir
    Path dir;
    CliRun.Inputs in;
    Path scene;
    Path districts;

    @BeforeEach
    void inputs() throws Exception {
        in = CliRun.Inputs.in(dir);
        scene = in.scene();
        districts = in.districts();
    }

    private CliRun analyze(String sceneArg, Path districtFile, String... extra) {
        return in.analyze(sceneArg, districtFile, dir.resolve("out"), extra);
    }

    @Test
    void projectedDistrictsWithoutACrsSayWhichCrsIsMissing() throws Exception {
        Path noCrs = Files.writeString(dir.resolve("nocrs.geojson"), CliRun.districts().replaceAll("\"crs\": \\{[^}]*\\}\\},", ""));
        String line = analyze(scene.toString(), noCrs).refused("nocrs.geojson", "not longitude/latitude");
        assertTrue(line.contains("--districts-crs") && !line.contains("General Error"), line);
    }

    @Test
    void aRasterWithoutGeoreferencingSaysSo() throws Exception {
        Path tif = Files.write(dir.resolve("nogeo.tif"), baselineTiff());
        String line = analyze(tif.toString(), districts).refused("nogeo.tif", "has no georeferencing");
        assertFalse(line.contains("north-up"), line);
    }

    /**
     * A 4 x 4 Int16 baseline TIFF (TIFF 6.0: little-endian header, one IFD of 10 entries, one uncompressed strip) with
     * no GeoTIFF tags, as a scanner or an image editor writes it.
     */
    private static byte[] baselineTiff() {
        int[][] entries = { // tag, type (3 SHORT, 4 LONG), value
            {256, 3, 4}, {257, 3, 4}, {258, 3, 16}, {259, 3, 1}, {262, 3, 1}, {273, 4, 8 + 2 + 10 * 12 + 4},
            {277, 3, 1}, {278, 3, 4}, {279, 4, 32}, {339, 3, 2}};
        ByteBuffer b = ByteBuffer.allocate(8 + 2 + entries.length * 12 + 4 + 32).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) entries.length);
        for (int[] e : entries) {
            b.putShort((short) e[0]).putShort((short) e[1]).putInt(1);
            if (e[1] == 3) {
                b.putShort((short) e[2]).putShort((short) 0);
            } else {
                b.putInt(e[2]);
            }
        }
        b.putInt(0);
        return b.array();
    }

    @Test
    void aFolderGivenAsASceneIsCalledAFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("LC08_folder"));
        String line = analyze(folder.toString(), districts).refused("LC08_folder", "is a folder, not a raster");
        assertFalse(line.contains("file not found"), line);
        Path manifestFolder = Files.createDirectory(dir.resolve("scenes.json"));
        CliRun.of("analyze", "--manifest", manifestFolder.toString(), "--districts", districts.toString(), "--id-field",
                "id", "--out", dir.resolve("out").toString()).refused("scenes.json", "is a folder");
    }

    @Test
    void aDistrictsFileWithoutFeaturesSaysSoNotThatTheIdFieldIsMissing() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.geojson"), "{\"type\": \"FeatureCollection\", \"features\": []}");
        String line = analyze(scene.toString(), empty).refused("empty.geojson", "has no features");
        assertFalse(line.contains("no attribute"), line);
    }

    @Test
    void aBogusMasterIsRefusedBeforeSparkStarts() {
        CliRun r = analyze(scene.toString(), districts, "--master", "bogus");
        r.refused("--master bogus", "not a Spark master URL");
        assertFalse(r.stdout().contains("spark"), r.stdout());
        assertEquals("", r.warnings(), "nothing from Spark on stderr");
    }

    @Test
    void anHttpUrlGoesToGdalNotToTheLocalDisk() {
        String url = "http://127.0.0.1:9/LC08_SR_B4.TIF";                      // nothing listens on port 9
        String line = analyze(url, districts).refused(url, "not a readable raster");
        assertFalse(line.contains("file not found"), line);
    }

    @Test
    void badUsageIsOneLinePointingToHelp() {
        CliRun r = CliRun.of("analyze", "--scene", scene.toString(), "--districts", districts.toString());
        assertEquals(2, r.rc());
        String line = r.error().strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith("forest: Missing required option") && line.endsWith("(see: forest analyze --help)"), line);
    }

    @Test
    void debugAfterTheSubcommandAddsTheStackTrace() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.geojson"), "{\"type\": \"FeatureCollection\", \"features\": []}");
        CliRun r = analyze(scene.toString(), empty, "--debug");
        assertEquals(1, r.rc());
        assertTrue(r.error().startsWith("forest: ") && r.error().contains("\tat org.forestcoverage."), r.error());
    }
}
