package org.forestcoverage.io.gdal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.raster.PixelType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The yearly forest map as a user opens it: {@code gdalinfo} shows NoData 0, the category names and the colour
 * table; the QGIS style beside it names the same classes in the same colours; the file is still a valid
 * cloud-optimized GeoTIFF and holds the classes written by the tiles.
 */
class ForestMapFilesTest {
    @TempDir
    Path dir;

    /** 700 x 500 px in two tiles; the class of a pixel is {@code (col / 50 + row / 50) % 4}. */
    private static final int W = 700;
    private static final int H = 500;

    private static byte classAt(int col, int row) {
        return (byte) ((col / 50 + row / 50) % 4);
    }

    private Path forestMap() throws Exception {
        GridSpec grid = new GridSpec(Crs.toWkt("EPSG:32650"), 430000, 4436000, 30, 30, W, H);
        Path tiles = Files.createDirectories(dir.resolve("tiles"));
        for (PixelWindow w : List.of(new PixelWindow(0, 0, 400, H), new PixelWindow(400, 0, 300, H))) {
            byte[] v = new byte[w.width() * w.height()];
            for (int r = 0; r < w.height(); r++) {
                for (int c = 0; c < w.width(); c++) {
                    v[r * w.width() + c] = classAt(w.col() + c, w.row() + r);
                }
            }
            GridSpec tile = grid.crop(w);
            try (GeoTiffWriter out = GeoTiffWriter.create(tiles.resolve("t" + w.col() + ".tif").toString(), tile,
                    PixelType.BYTE, 1, null)) {
                out.write(1, tile.window(), v);
            }
        }
        Path map = dir.resolve("forest_2024.tif");
        MapMosaic.write(tiles.toFile(), grid, map.toString(), MapMosaic.Kind.FOREST);
        return map;
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        assertEquals(0, p.exitValue(), String.join(" ", command) + ":\n" + out);
        return out;
    }

    @Test
    void gdalinfoShowsNoDataCategoryNamesAndTheColourTable() throws Exception {
        String info = run("gdalinfo", forestMap().toString());
        assertTrue(info.contains("ColorInterp=Palette"), info);
        assertTrue(info.contains("NoData Value=0\n"), info);
        assertTrue(info.contains("""
                  Categories:
                      0: unobserved
                      1: non-forest
                      2: forest
                      3: water
                """), info);
        assertTrue(info.contains("Color Table (RGB with 256 entries)"), info);
        // unobserved transparent grey, non-forest pale sand, forest green, water blue
        for (String entry : List.of("    0: 200,200,200,0\n", "    1: 235,223,180,255\n", "    2: 26,122,58,255\n",
                "    3: 63,131,196,255\n")) {
            assertTrue(info.contains(entry), entry + " in\n" + info);
        }
    }

    @Test
    void theMapStillHoldsEveryClassAndIsACloudOptimizedGeoTiff() throws Exception {
        Path map = forestMap();
        short[] v = new short[W * H];
        try (GdalRaster r = GdalRaster.open(map.toString())) {
            r.read(1, new PixelWindow(0, 0, W, H), v);
        }
        for (int row = 0; row < H; row++) {
            for (int col = 0; col < W; col++) {
                assertEquals(classAt(col, row), v[row * W + col], "pixel " + col + ", " + row);
            }
        }
        Path validator = Path.of("/usr/share/doc/python3-gdal/examples/validate_cloud_optimized_geotiff.py");
        assumeTrue(Files.isRegularFile(validator), "GDAL's COG validator (Debian python3-gdal) is not installed");
        assertTrue(run("/usr/bin/python3", validator.toString(), map.toString()).contains("is a valid cloud optimized"));
    }

    /**
     * QGIS itself (Debian's python3-qgis, when installed; not part of the project's set-up) opens the map as a user's
     * "Add layer" does: it loads the style beside it by itself and shows the named classes in their colours.
     */
    @Test
    void qgisOpensTheMapWithItsClassesColoursAndNoData() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/usr/lib/python3/dist-packages/qgis")),
                "QGIS's Python bindings (Debian python3-qgis) are not installed; skipping");
        Path map = forestMap();
        Path script = dir.resolve("qgis_open.py");
        try (var in = getClass().getResourceAsStream("qgis_open.py")) {
            Files.copy(in, script);
        }
        String out = run("/usr/bin/python3", script.toString(), map.toString());
        assertTrue(out.contains("valid True\nrenderer paletted\n"), out);
        assertTrue(out.contains("class 1 non-forest #ebdfb4\nclass 2 forest #1a7a3a\nclass 3 water #3f83c4\n"), out);
        assertTrue(out.contains("nodata True 0.0"), out);
    }

    @Test
    void theQgisStyleBesideTheMapNamesTheClassesInTheColoursOfItsColourTable() throws Exception {
        Path map = forestMap();
        Path qml = dir.resolve("forest_2024.qml");
        assertTrue(Files.isRegularFile(qml), "no " + qml);
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        // QGIS writes a DOCTYPE naming a DTD that is nowhere to be fetched; QGIS itself never loads it
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element renderer = (Element) xml.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(qml))).getElementsByTagName("rasterrenderer").item(0);
        assertEquals("paletted", renderer.getAttribute("type"));
        assertEquals("1", renderer.getAttribute("band"));
        NodeList entries = renderer.getElementsByTagName("paletteEntry");
        Map<String, String> qmlClasses = new LinkedHashMap<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            qmlClasses.put(e.getAttribute("value"), e.getAttribute("label") + " " + e.getAttribute("color"));
        }
        // the same names and colours as the GeoTIFF itself declares; 0 is NoData and left to QGIS's transparency
        String info = run("gdalinfo", map.toString());
        Map<String, String> tiffClasses = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(List.of("non-forest", "forest", "water"));
        for (int code = 1; code <= 3; code++) {
            String line = info.lines().filter(l -> l.matches("\\s+\\d+: \\d+,\\d+,\\d+,\\d+")).skip(code).findFirst()
                    .orElseThrow().trim();
            String[] rgb = line.substring(line.indexOf(':') + 2).split(",");
            tiffClasses.put(Integer.toString(code), names.get(code - 1) + String.format(" #%02x%02x%02x",
                    Integer.parseInt(rgb[0]), Integer.parseInt(rgb[1]), Integer.parseInt(rgb[2])));
        }
        assertEquals(tiffClasses, qmlClasses);
    }
}
