package org.forestcoverage.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark scene of ../shared/bench generated into a test's folder (size from -Dforest.bench.size, default 2000):
 * {@code scene.tif} (red, NIR), {@code districts.geojson} and {@code zones.tif}, the districts rasterised by pixel
 * centre with gdal_rasterize, on which the tests' own truths are computed. Shared by the embedded tests
 * ({@link BenchSceneOracleTest}) and the cluster's ({@code StandaloneClusterTest}), so both run on the same data.
 *
 * @param dir       the folder holding the files
 * @param size      pixels per side
 */
public record BenchScene(Path dir, int size) {

    /** Generates the scene and its zones into {@code dir}; skips the test when ../shared/bench or python3 is absent. */
    public static BenchScene write(Path dir) throws Exception {
        Path bench = Path.of(System.getProperty("forest.shared.dir", "../../shared"), "bench");
        assumeTrue(Files.isRegularFile(bench.resolve("gen_scene.py")),
                "skipped: " + bench + " is absent (the shared benchmark folder sits beside the project in CI)");
        assumeTrue(new File("/usr/bin/python3").canExecute(), "skipped: /usr/bin/python3 with python3-gdal is needed");
        int size = Integer.parseInt(System.getProperty("forest.bench.size", "2000"));
        run(List.of("/usr/bin/python3", bench.resolve("gen_scene.py").toString(), dir.toString(),
                Integer.toString(size)));
        run(List.of("gdal_rasterize", "-q", "-a", "district_id", "-ot", "UInt16", "-init", "0", "-a_nodata", "0",
                "-te", "400000", Double.toString(4500000 - 30.0 * size), Double.toString(400000 + 30.0 * size),
                "4500000", "-tr", "30", "30", dir.resolve("districts.geojson").toString(),
                dir.resolve("zones.tif").toString()));
        return new BenchScene(dir, size);
    }

    public Path scene() {
        return dir.resolve("scene.tif");
    }

    public Path districts() {
        return dir.resolve("districts.geojson");
    }

    public Path zones() {
        return dir.resolve("zones.tif");
    }

    /** The path of the shared benchmark folder's script {@code name}. */
    static Path script(String name) {
        return Path.of(System.getProperty("forest.shared.dir", "../../shared"), "bench", name);
    }

    /**
     * The arguments of {@code forest analyze} over the scene (year 2020, bands 1 and 2 at scale 0.0001) into
     * {@code out}, without {@code --master}.
     */
    public List<String> analyzeArgs(Path out, int tileSize, int partitions, String zones, String... more) {
        List<String> args = new ArrayList<>(List.of("analyze", "--scene", scene().toString(), "--year", "2020",
                "--red-band", "1", "--nir-band", "2", "--scale", "0.0001", "--offset", "0", "--districts",
                districts().toString(), "--id-field", "district_id", "--out", out.toString(), "--tile-size",
                Integer.toString(tileSize), "--partitions", Integer.toString(partitions), "--zones", zones));
        args.addAll(List.of(more));
        return args;
    }

    /**
     * Writes a rule layer over the scene in another CRS: a Byte raster in EPSG:4326 of 0.0005 degree pixels, blocks of
     * 7 x 7 in the layer (1) in a checkerboard, some blocks holding its nodata 255; returns its path.
     */
    public Path writeRuleLayer() throws Exception {
        Path layer = dir.resolve("shrubland-4326.tif");
        run(List.of("/usr/bin/python3", "-c", """
                import sys
                import numpy as np
                from osgeo import gdal, osr
                out, size = sys.argv[1], int(sys.argv[2])
                utm = osr.SpatialReference(); utm.ImportFromEPSG(32650)
                ll = osr.SpatialReference(); ll.ImportFromEPSG(4326)
                ll.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
                t = osr.CoordinateTransformation(utm, ll)
                pts = [t.TransformPoint(x, y)[:2] for x in (400000, 400000 + 30 * size)
                       for y in (4500000, 4500000 - 30 * size)]
                x0 = min(p[0] for p in pts) - 0.01; y1 = max(p[1] for p in pts) + 0.01
                w = int((max(p[0] for p in pts) + 0.01 - x0) / 0.0005); h = int((y1 - min(p[1] for p in pts) + 0.01) / 0.0005)
                j, i = np.meshgrid(np.arange(w) // 7, np.arange(h) // 7)
                v = np.where((i + j) % 2 == 0, 1, 0).astype(np.uint8)
                v[(i % 5 == 0) & (j % 5 == 0)] = 255
                ds = gdal.GetDriverByName('GTiff').Create(out, w, h, 1, gdal.GDT_Byte)
                ds.SetGeoTransform((x0, 0.0005, 0, y1, 0, -0.0005)); ds.SetProjection(ll.ExportToWkt())
                b = ds.GetRasterBand(1); b.SetNoDataValue(255); b.WriteArray(v); ds = None
                """, layer.toString(), Integer.toString(size)));
        return layer;
    }

    /**
     * The test's own count of what {@code layer} adds to the forest under {@code --threshold 0.6 --mmu-ha 0.5}, per
     * district (zone id), in pixels: valid pixels in the layer that are not forest after a breadth-first search for
     * patches of at least 6 pixels ({@link WholeRasterPatches}), the layer put on the grid by gdalwarp -r near -et 0
     * (GDAL's own nearest neighbour, not the code under test).
     */
    public Map<Integer, Long> rulePerDistrict(Path layer) throws Exception {
        run(List.of("gdalwarp", "-q", "-overwrite", "-t_srs", "EPSG:32650", "-te", "400000",
                Double.toString(4500000 - 30.0 * size), Double.toString(400000 + 30.0 * size), "4500000", "-tr", "30",
                "30", "-r", "near", "-et", "0", layer.toString(), dir.resolve("layer-grid.tif").toString()));
        for (String[] raw : new String[][] {{"-b", "1", "scene.tif", "red.raw"}, {"-b", "2", "scene.tif", "nir.raw"},
                {"-b", "1", "zones.tif", "zones.raw"}, {"-b", "1", "layer-grid.tif", "layer.raw"}}) {
            run(List.of("gdal_translate", "-q", "-of", "ENVI", "-ot", "Int16", raw[0], raw[1],
                    dir.resolve(raw[2]).toString(), dir.resolve(raw[3]).toString()));
        }
        return WholeRasterPatches.rulePerDistrict(dir.resolve("red.raw"), dir.resolve("nir.raw"),
                dir.resolve("zones.raw"), dir.resolve("layer.raw"), 255, size, size, 6);
    }

    /** Runs a command, failing the test with its output when it fails; returns its output. */
    static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", cmd) + " failed:\n" + out);
        return out;
    }
}
