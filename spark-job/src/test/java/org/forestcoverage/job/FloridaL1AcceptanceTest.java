package org.forestcoverage.job;

import org.junit.jupiter.api.Tag;
import org.forestcoverage.spark.SharedSpark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forestcoverage.io.gdal.GdalRaster;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.scene.ManifestReader;
import org.forestcoverage.scene.SceneSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 3 acceptance: the Landsat 8 pre-collection L1 subset of ../shared/data/landsat8-l1-florida runs through
 * the {@code landsat-l1-toa} preset end to end. Everything expected is computed here, independently of the code
 * under test: the MTL constants parsed with a regular expression, raw DNs read with GdalRaster, TOA reflectance
 * {@code (M * DN + A) / sin(SUN_ELEVATION)} (USGS, "Using the USGS Landsat Level-1 data product"), NDVI, and the
 * pre-collection BQA bits (fill/dropped frame/terrain bits 0-2; cloud 14-15, cirrus 12-13, snow 10-11 at "yes" = 11).
 * Skips when the shared data folder is absent.
 */
@Tag("spark")
class FloridaL1AcceptanceTest {
    @TempDir
    Path dir;

    static Path florida() {
        Path d = Path.of(System.getProperty("forest.shared.dir", "../../shared"), "data", "landsat8-l1-florida");
        assumeTrue(Files.isRegularFile(d.resolve("l8_MTL.txt")) && Files.isRegularFile(d.resolve("l8_BQA.tif")),
                "shared test data absent: " + d.toAbsolutePath().normalize() + " (set -Dforest.shared.dir to the folder "
                        + "holding data/landsat8-l1-florida); skipping the Florida L1 acceptance test");
        return d.toAbsolutePath().normalize();
    }

    static String mtlText(String text, String key) {
        Matcher m = Pattern.compile("(?m)^\\s*" + key + "\\s*=\\s*\"?([-+0-9.Ee]+)\"?\\s*$").matcher(text);
        assertTrue(m.find(), "no " + key + " in the MTL");
        return m.group(1);
    }

    static double mtl(String text, String key) {
        return Double.parseDouble(mtlText(text, key));
    }

    static short[] read(Path f, int pixels) {
        try (GdalRaster r = GdalRaster.open(f.toString())) {
            short[] v = new short[pixels];
            r.read(1, r.grid().window(), v);
            return v;
        }
    }

    /** The preset's default BQA rule, written out from the pre-collection bit layout. */
    static boolean bqaMasked(int q) {
        return (q & 0b111) != 0 || ((q >> 14) & 3) == 3 || ((q >> 12) & 3) == 3 || ((q >> 10) & 3) == 3;
    }

    @Test
    void floridaToaNdviAndCloudMaskEqualAnIndependentComputation() throws Exception {
        Path d = florida();
        String text = Files.readString(d.resolve("l8_MTL.txt"));
        double m4 = mtl(text, "REFLECTANCE_MULT_BAND_4");
        double a4 = mtl(text, "REFLECTANCE_ADD_BAND_4");
        double m5 = mtl(text, "REFLECTANCE_MULT_BAND_5");
        double a5 = mtl(text, "REFLECTANCE_ADD_BAND_5");
        double sinE = Math.sin(Math.toRadians(mtl(text, "SUN_ELEVATION")));
        double cloudCover = mtl(text, "CLOUD_COVER");
        // forest (NDVI >= 0.6) decided exactly: sin(elevation) > 0 cancels, and NDVI >= 0.6 <=> rho5 >= 4 rho4
        BigDecimal bm4 = new BigDecimal(mtlText(text, "REFLECTANCE_MULT_BAND_4"));
        BigDecimal ba4 = new BigDecimal(mtlText(text, "REFLECTANCE_ADD_BAND_4"));
        BigDecimal bm5 = new BigDecimal(mtlText(text, "REFLECTANCE_MULT_BAND_5"));
        BigDecimal ba5 = new BigDecimal(mtlText(text, "REFLECTANCE_ADD_BAND_5"));
        BigDecimal four = BigDecimal.valueOf(4);

        Path manifest = dir.resolve("manifest.json");
        Files.writeString(manifest, String.format(Locale.ROOT, """
            {"scenes": [{"year": 2015, "id": "LC80200392015216LGN00", "sensor": "landsat-l1-toa",
              "metadata": "%s", "red": {"file": "%s"}, "nir": {"file": "%s"}, "quality": {"file": "%s"}}]}
            """, d.resolve("l8_MTL.txt"), d.resolve("l8_B4.tif"), d.resolve("l8_B5.tif"), d.resolve("l8_BQA.tif")));
        int w;
        int h;
        double[] gt;
        try (GdalRaster r = GdalRaster.open(d.resolve("l8_B4.tif").toString())) {
            w = r.grid().width();
            h = r.grid().height();
            gt = r.grid().geoTransform();
        }
        // a rectangle exactly over the scene, in its CRS (EPSG:32616)
        double x0 = gt[0];
        double y1 = gt[3];
        double x1 = x0 + w * gt[1];
        double y0 = y1 + h * gt[5];
        Path districts = dir.resolve("florida.geojson");
        Files.writeString(districts, String.format(Locale.ROOT, """
            {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32616"}},
             "features": [{"type": "Feature", "properties": {"id": "scene"}, "geometry": {"type": "Polygon",
               "coordinates": [[[%.3f, %.3f], [%.3f, %.3f], [%.3f, %.3f], [%.3f, %.3f], [%.3f, %.3f]]]}}]}
            """, x0, y0, x1, y0, x1, y1, x0, y1, x0, y0));

        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        CommandLine cl = SharedSpark.cli();
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute("analyze", "--manifest", manifest.toString(), "--districts", districts.toString(),
                "--id-field", "id", "--out", out.toString(), "--tile-size", "256", "--maps", "--master", "local[2]"),
                err.toString());

        int n = w * h;
        short[] red = read(d.resolve("l8_B4.tif"), n);
        short[] nir = read(d.resolve("l8_B5.tif"), n);
        short[] bqa = read(d.resolve("l8_BQA.tif"), n);
        float[] ndviMap;
        byte[] classMap = new byte[n];
        try (GdalRaster r = GdalRaster.open(out.resolve("ndvi_2015.tif").toString())) {
            assertEquals(w, r.grid().width());
            assertEquals(h, r.grid().height());
            double[] stored = new double[n];
            r.read(1, r.grid().window(), stored);
            ndviMap = new float[n];
            for (int i = 0; i < n; i++) {
                ndviMap[i] = (float) stored[i];
            }
        }
        try (GdalRaster r = GdalRaster.open(out.resolve("forest_2015.tif").toString())) {
            short[] s = new short[n];
            r.read(1, r.grid().window(), s);
            for (int i = 0; i < n; i++) {
                classMap[i] = (byte) s[i];
            }
        }

        // the preset's calibration (code under test) against the independent TOA formula, for a sample of pixels
        SceneSpec spec = ManifestReader.read(manifest).scenes().get(0);
        long bqaMaskedCount = 0;
        long unobserved = 0;
        long forest = 0;
        long ties = 0;
        int compared = 0;
        double maxDiff = 0;
        StringBuilder sample = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int dr = red[i] & 0xFFFF;
            int dn = nir[i] & 0xFFFF;
            double rho4 = (m4 * dr + a4) / sinE;
            double rho5 = (m5 * dn + a5) / sinE;
            boolean masked = bqaMasked(bqa[i] & 0xFFFF);
            bqaMaskedCount += masked ? 1 : 0;
            boolean none = masked || dr == 0 || dn == 0 || !(rho4 + rho5 > 0);
            double ndvi = none ? Double.NaN : (rho5 - rho4) / (rho5 + rho4);
            if (i % 997 == 0) {
                assertEquals(rho4, spec.redCalibration().reflectance(dr), 1e-12, "red TOA at pixel " + i);
                assertEquals(rho5, spec.nirCalibration().reflectance(dn), 1e-12, "NIR TOA at pixel " + i);
                if (sample.length() < 900) {
                    sample.append(String.format(Locale.ROOT, "  (%d, %d) DN %d/%d BQA %d: TOA %.5f/%.5f NDVI %.6f, map %.6f%n",
                            i % w, i / w, dr, dn, bqa[i] & 0xFFFF, rho4, rho5, ndvi, ndviMap[i]));
                }
            }
            if (none) {
                unobserved++;
                assertTrue(Float.isNaN(ndviMap[i]), "pixel (" + i % w + ", " + i / w + ") should be unobserved");
                assertEquals(LandClass.UNOBSERVED, classMap[i]);
            } else {
                double diff = Math.abs(ndvi - ndviMap[i]);
                maxDiff = Math.max(maxDiff, diff);
                assertTrue(diff <= 1e-6, "pixel (" + i % w + ", " + i / w + "): NDVI " + ndvi + ", map " + ndviMap[i]);
                compared++;
                BigDecimal r4 = bm4.multiply(BigDecimal.valueOf(dr)).add(ba4);
                int cmp = bm5.multiply(BigDecimal.valueOf(dn)).add(ba5).compareTo(four.multiply(r4));
                ties += cmp == 0 ? 1 : 0;
                byte want = cmp >= 0 ? LandClass.FOREST : LandClass.NON_FOREST;
                assertEquals(want, classMap[i], "pixel (" + i % w + ", " + i / w + "), DN " + dr + "/" + dn + " NDVI " + ndvi);
                forest += cmp >= 0 ? 1 : 0;
            }
        }
        CoverageCsvRows rows = new CoverageCsvRows(out.resolve("coverage.csv"));
        assertEquals(n, rows.px(2015, "ALL", "total_px"));
        assertEquals(unobserved, rows.px(2015, "ALL", "unobserved_px"));
        assertEquals(forest, rows.px(2015, "ALL", "forest_px"));
        double maskedPct = 100.0 * bqaMaskedCount / n;
        assertTrue(maskedPct > 25 && maskedPct < 40, "BQA default rule masks " + maskedPct + " %");
        System.out.printf(Locale.ROOT, "Florida L1 (%d x %d px): BQA default rule masks %d px = %.2f %% of the subset "
                        + "(MTL CLOUD_COVER %.2f %% is the whole scene's); unobserved %d px (BQA + fill + non-positive "
                        + "TOA sum), job %s; forest %d px (%d exact ties NDVI = 0.6); NDVI compared on %d observed px, max |diff| %.2e%n%s",
                w, h, bqaMaskedCount, maskedPct, cloudCover, unobserved, rows.get(2015, "ALL", "unobserved_px"), forest, ties,
                compared, maxDiff, sample);
    }
}
