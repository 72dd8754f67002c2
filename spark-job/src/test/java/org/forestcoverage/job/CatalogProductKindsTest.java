package org.forestcoverage.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.catalog.CatalogEntry;
import org.forestcoverage.io.gdal.store.OgrCatalog;
import org.forestcoverage.spark.SharedSpark;
import org.forestcoverage.testtiles.Cover;
import org.forestcoverage.testtiles.CoverPattern;
import org.forestcoverage.testtiles.CoverTruth;
import org.forestcoverage.testtiles.LandsatL2Product;
import org.forestcoverage.testtiles.Sentinel2Safe;
import org.forestcoverage.testtiles.StacItems;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, every product kind in the catalogue: a Sentinel-2 L2A {@code .SAFE} folder (JPEG 2000 bands, 20 m SCL), a
 * Landsat C2 L2 STAC item and plain band files with a sidecar, all written by test-tiles, are checked and recorded in
 * one GeoPackage; {@code analyze --catalog} gives the same coverage.csv as the equivalent {@code --manifest} run, and
 * both equal the generators' integer truth ({@link CoverTruth}, never the job's own figures). A broken product of each
 * kind is refused in one line naming the file and the problem, and the catalogue is unchanged.
 */
@Tag("spark")
class CatalogProductKindsTest {
    @TempDir
    static Path dir;
    static Sentinel2Safe safe;
    static LandsatL2Product landsat;
    static LandsatL2Product plain;
    static Path item;
    static Path sidecar;
    static Path catalog;
    /** The sidecar's keys besides the date: a generic scene over the plain product's bands. */
    static final String PLAIN_KEYS = "\"sensor\": \"generic\", \"red\": {\"file\": \"%s\"}, \"nir\": {\"file\": \"%s\"},"
            + " \"scale\": 2.75e-5, \"offset\": -0.2, \"nodata\": 0,"
            // QA_PIXEL bits 0-4 (fill, dilated cloud, cirrus, cloud, shadow) masked, bit 7 water
            + " \"quality\": {\"file\": \"%s\", \"maskedBits\": 31, \"waterBits\": 128}";

    @BeforeAll
    static void catalogue() throws Exception {
        safe = Sentinel2Safe.write(dir.resolve("s2"));
        landsat = LandsatL2Product.write(dir.resolve("landsat"));
        item = StacItems.landsat(dir.resolve("items"), landsat);
        // plain band files: a Landsat product's GeoTIFFs without their MTL, described by a sidecar, dated a year earlier
        plain = LandsatL2Product.write(dir.resolve("plain"));
        Files.delete(plain.mtl());
        sidecar = plain.folder().resolve("plain-2021.scene.json");
        Files.writeString(sidecar, "{\"date\": \"2021-08-01\", " + plainKeys(plain, false) + "}");
        catalog = dir.resolve("scenes.gpkg");
        String[] r = run("catalog", "add", catalog.toString(), safe.folder().toString(), item.toString(),
                sidecar.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("the catalogue has no districts"), r[1]);
    }

    private static String plainKeys(LandsatL2Product p, boolean absolute) {
        return String.format(PLAIN_KEYS, name(p, "SR_B4", absolute), name(p, "SR_B5", absolute),
                name(p, "QA_PIXEL", absolute));
    }

    private static String name(LandsatL2Product p, String band, boolean absolute) {
        return absolute ? p.band(band).toString() : p.band(band).getFileName().toString();
    }

    /** Runs the command line; returns {exit status, stdout, stderr}. */
    static String[] run(String... args) {
        return SharedSpark.run(args);
    }

    private static String[] analyze(Path out, Path districts, String... input) {
        List<String> a = new ArrayList<>(List.of("analyze"));
        a.addAll(List.of(input));
        // the integer truth applies each product's mask as it is, without Sentinel-2's default 60 m cloud buffer
        a.addAll(List.of("--districts", districts.toString(), "--id-field", "district_id", "--out", out.toString(),
                "--tile-size", "64", "--master", "local[2]", "--cloud-buffer-m", "0"));
        return run(a.toArray(new String[0]));
    }

    private static List<CatalogEntry> entries() {
        try (OgrCatalog c = OgrCatalog.open(catalog.toString(), false)) {
            return c.list();
        }
    }

    private static void assertTruth(CoverTruth truth, Path out, int year) throws Exception {
        CoverageCsvRows rows = new CoverageCsvRows(out.resolve("coverage.csv"));
        for (CoverTruth.Row r : truth.rows()) {
            String d = r.district();
            assertEquals(r.forestPx(), rows.px(year, d, "forest_px"), year + " " + d + " forest");
            assertEquals(r.observedPx(), rows.px(year, d, "observed_px"), year + " " + d + " observed");
            assertEquals(r.waterPx(), rows.px(year, d, "water_px"), year + " " + d + " water");
            assertEquals(r.unobservedPx(), rows.px(year, d, "unobserved_px"), year + " " + d + " unobserved");
        }
    }

    @Test
    void everyKindIsRecordedWithItsIdDateSensorAndFiles() {
        List<CatalogEntry> all = entries();
        assertEquals(3, all.size(), all.toString());
        CatalogEntry plainEntry = all.get(0);
        assertEquals("plain-2021", plainEntry.productId());
        assertEquals("2021-08-01", plainEntry.acquired().toString());
        assertEquals("generic", plainEntry.sensor());
        assertEquals(4, plainEntry.files().size(), "the sidecar, red, NIR and QA: " + plainEntry.files());
        CatalogEntry stac = all.get(1);
        assertEquals("LC08_L2SP_123032_20220801_02_T1", stac.productId());
        assertEquals("landsat-c2-l2", stac.sensor());
        assertEquals(item.toString(), stac.metadata());
        // the item, its four reflectance bands, QA_PIXEL and the MTL
        assertEquals(7, stac.files().size(), stac.files().toString());
        CatalogEntry s2 = all.get(2);
        assertEquals(Sentinel2Safe.NAME.replace(".SAFE", ""), s2.productId());
        assertEquals("2022-08-01", s2.acquired().toString(), "PRODUCT_START_TIME");
        assertEquals("sentinel-2-l2a", s2.sensor());
        // MTD_MSIL2A.xml and the six JPEG 2000 bands under GRANULE/
        assertEquals(7, s2.files().size(), s2.files().toString());
        // the 20 m SCL read under the 10 m pixels: the cloud share the pattern gives, counted here (one cover per
        // 20 m pixel, so the shares of the 10 m and the 20 m lattice are equal)
        CoverPattern pattern = Sentinel2Safe.PATTERN;
        long cloud = 0;
        long valid = 0;
        for (int r = 0; r < Sentinel2Safe.HEIGHT; r++) {
            for (int c = 0; c < Sentinel2Safe.WIDTH; c++) {
                Cover k = pattern.at(c, r);
                valid += k == Cover.NODATA ? 0 : 1;
                cloud += k == Cover.CLOUD ? 1 : 0;
            }
        }
        assertTrue(cloud > 0);
        assertEquals(100.0 * cloud / valid, s2.cloudPct(), 1e-9);
        assertEquals(null, s2.districtCloudPct(), "no districts known when it was added");
    }

    @Test
    void sentinel2SafeFromTheCatalogueEqualsTheManifestRunAndTheTruth() throws Exception {
        Path byCatalog = dir.resolve("s2-catalog");
        String[] c = analyze(byCatalog, safe.districts(), "--catalog", catalog.toString(), "--years", "2022");
        assertEquals("0", c[0], c[2]);
        assertTrue(c[1].contains("used      " + Sentinel2Safe.NAME.replace(".SAFE", "")), c[1]);
        assertTrue(c[1].contains("left out  LC08_L2SP_123032_20220801_02_T1: footprint misses the districts"), c[1]);
        Path m = Files.writeString(dir.resolve("s2.json"), "{\"scenes\": [{\"year\": 2022, \"id\": \""
                + Sentinel2Safe.NAME.replace(".SAFE", "") + "\", \"sensor\": \"sentinel-2-l2a\", \"metadata\": \""
                + safe.folder() + "\"}]}");
        Path byManifest = dir.resolve("s2-manifest");
        String[] r = analyze(byManifest, safe.districts(), "--manifest", m.toString());
        assertEquals("0", r[0], r[2]);
        assertEquals(Files.readString(byManifest.resolve("coverage.csv")), Files.readString(byCatalog.resolve(
                "coverage.csv")));
        assertTruth(safe.truth(), byCatalog, 2022);
    }

    @Test
    void stacItemAndSidecarFromTheCatalogueEqualTheManifestRunAndTheTruth() throws Exception {
        Path byCatalog = dir.resolve("l8-catalog");
        String[] c = analyze(byCatalog, landsat.districts(), "--catalog", catalog.toString(), "--years", "2021-2022");
        assertEquals("0", c[0], c[2]);
        assertTrue(c[1].contains("used      plain-2021 (generic, 2021-08-01, cloud "), c[1]);
        Path m = Files.writeString(dir.resolve("l8.json"), "{\"scenes\": [{\"stac\": \"" + item + "\"}, {\"year\": "
                + "2021, \"id\": \"plain-2021\", " + plainKeys(plain, true) + "}]}");
        Path byManifest = dir.resolve("l8-manifest");
        String[] r = analyze(byManifest, landsat.districts(), "--manifest", m.toString());
        assertEquals("0", r[0], r[2]);
        assertEquals(Files.readString(byManifest.resolve("coverage.csv")), Files.readString(byCatalog.resolve(
                "coverage.csv")));
        // the plain bands are the Landsat product's pixels: both years give the product's truth
        assertTruth(landsat.truth(), byCatalog, 2021);
        assertTruth(landsat.truth(), byCatalog, 2022);
    }

    private static void assertRefused(String[] r, String file, String problem, List<CatalogEntry> before) {
        assertEquals("1", r[0], r[2]);
        String msg = r[2].strip();
        assertEquals(1, msg.lines().count(), msg);
        assertTrue(msg.contains(file), msg);
        assertTrue(msg.contains(problem), msg);
        assertEquals(before, entries(), "the catalogue changed");
    }

    @Test
    void aTruncatedJpeg2000BandOfASafeIsRefusedNamingIt() throws Exception {
        List<CatalogEntry> before = entries();
        Sentinel2Safe bad = Sentinel2Safe.write(dir.resolve("bad-s2"));
        Path b04 = bad.band("B04", "10m");
        try (RandomAccessFile f = new RandomAccessFile(b04.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        assertRefused(run("catalog", "add", catalog.toString(), bad.folder().toString()), b04.toString(), "",
                before);
    }

    @Test
    void aStacItemWhoseOffsetDisagreesWithTheMtdIsRefusedNamingBothValues() throws Exception {
        List<CatalogEntry> before = entries();
        Path wrong = StacItems.sentinel2(dir.resolve("bad-items"), safe, 0.0);
        String[] r = run("catalog", "add", catalog.toString(), wrong.toString());
        assertRefused(r, wrong.toString(), "offset 0 disagrees with the product metadata, which gives offset -0.1",
                before);
    }

    @Test
    void sidecarMistakesAreRefusedNamingTheSidecarAndTheField() throws Exception {
        List<CatalogEntry> before = entries();
        Path noDate = Files.writeString(plain.folder().resolve("no-date.scene.json"), "{" + plainKeys(plain, false)
                + "}");
        assertRefused(run("catalog", "add", catalog.toString(), noDate.toString()), noDate.toString(),
                "missing field \"date\"", before);
        Path noFile = Files.writeString(plain.folder().resolve("no-file.scene.json"), "{\"date\": \"2020-07-01\", "
                + plainKeys(plain, false).replace("\"red\": {\"file\"", "\"red\": {\"band\": 1, \"name\"") + "}");
        assertRefused(run("catalog", "add", catalog.toString(), noFile.toString()), noFile.toString(), "\"red\"",
                before);
        Path missing = Files.writeString(plain.folder().resolve("missing.scene.json"), "{\"date\": \"2020-07-01\", "
                + plainKeys(plain, false).replace("_SR_B5.TIF", "_SR_B9.TIF") + "}");
        assertRefused(run("catalog", "add", catalog.toString(), missing.toString()),
                plain.folder().resolve(LandsatL2Product.ID + "_SR_B9.TIF").toString(), "not found", before);
        Path badDate = Files.writeString(plain.folder().resolve("bad-date.scene.json"), "{\"date\": \"2020-13-01\", "
                + plainKeys(plain, false) + "}");
        assertRefused(run("catalog", "add", catalog.toString(), badDate.toString()), badDate.toString(),
                "field \"date\" must be a date", before);
        // a band file on its own is no product: the message says what is
        Path band = plain.band("SR_B4");
        assertRefused(run("catalog", "add", catalog.toString(), band.toString()), band.toString(),
                "sidecar NAME.scene.json", before);
    }
}
