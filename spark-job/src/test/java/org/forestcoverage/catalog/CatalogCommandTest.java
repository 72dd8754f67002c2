package org.forestcoverage.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forestcoverage.io.gdal.store.OgrCatalog;
import org.forestcoverage.spark.SharedSpark;
import org.forestcoverage.testtiles.LandsatSeries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import picocli.CommandLine;

/**
 * {@code forest catalog add|list|remove} on a GeoPackage: six yearly Landsat C2 L2 products written by test-tiles are
 * recorded; a truncated band, a missing QA file and a duplicate product are each refused with one line naming the
 * file, and the catalogue is unchanged afterwards.
 */
@Tag("unit")
class CatalogCommandTest {
    @TempDir
    static Path dir;
    static LandsatSeries series;
    static Path catalog;

    @BeforeAll
    static void sixYears() {
        series = LandsatSeries.write(dir, 2020, 2025);
        catalog = dir.resolve("scenes.gpkg");
        String[] r = run("catalog", "add", catalog.toString(), series.products().get(0).toString(),
                series.products().get(1).toString(), series.products().get(2).toString());
        assertEquals("0", r[0], r[1]);
        List<String> rest = series.products().subList(3, 6).stream().map(Path::toString).toList();
        String[] args = new String[3 + rest.size()];
        args[0] = "catalog";
        args[1] = "add";
        args[2] = catalog.toString();
        for (int i = 0; i < rest.size(); i++) {
            args[3 + i] = rest.get(i);
        }
        r = run(args);
        assertEquals("0", r[0], r[1]);
    }

    static String[] run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = SharedSpark.cli();
        cl.setErr(new PrintWriter(err));
        int rc = cl.execute(args);
        return new String[] {Integer.toString(rc), err.toString()};
    }

    static List<CatalogEntry> entries() {
        try (OgrCatalog c = OgrCatalog.open(catalog.toString(), false)) {
            return c.list();
        }
    }

    private static void assertRefused(String[] r, String file, String problem, List<CatalogEntry> before) {
        assertEquals("1", r[0], r[1]);
        String msg = r[1].strip();
        assertEquals(1, msg.lines().count(), msg);
        assertTrue(msg.contains(file), msg);
        assertTrue(msg.contains(problem), msg);
        assertEquals(before, entries(), "the catalogue changed");
    }

    @Test
    void sixProductsRecordedWithChecksumsFootprintAndCloud() throws Exception {
        List<CatalogEntry> all = entries();
        assertEquals(6, all.size());
        for (int i = 0; i < 6; i++) {
            CatalogEntry e = all.get(i);
            assertEquals(LandsatSeries.productId(2020 + i), e.productId());
            assertEquals(2020 + i, e.year());
            assertEquals("landsat-c2-l2", e.sensor());
            assertEquals(4, e.files().size(), "MTL, SR_B4, SR_B5, QA_PIXEL");
            for (var f : e.files()) {
                assertEquals(f, org.forestcoverage.provenance.FileChecksum.of(Path.of(f.path())));
            }
            // the footprint is the valid parallelogram, not the grid's rectangle: its area (in degrees^2) is between
            // the valid share and that share plus a cell per row
            Geometry g = new WKTReader().read(e.footprintWkt());
            double validShare = validPixels(2020 + i) / (double) (LandsatSeries.WIDTH * LandsatSeries.HEIGHT);
            double share = g.getArea() / g.getEnvelope().getArea();
            assertTrue(share < 0.97 && share > validShare - 0.03, "footprint share " + share + ", valid " + validShare);
            assertEquals(100.0 * cloudPixels(2020 + i) / validPixels(2020 + i), e.cloudPct(), 1e-9);
        }
    }

    /** Pixels right of the fill edge, counted from the generator's stated rule (column >= row / 4 + year % 5). */
    private static long validPixels(int year) {
        long n = 0;
        for (int r = 0; r < LandsatSeries.HEIGHT; r++) {
            n += LandsatSeries.WIDTH - Math.min(LandsatSeries.WIDTH, r / 4 + year % 5);
        }
        return n;
    }

    /** Valid pixels inside the year's cloud disc of radius 15 px. */
    private static long cloudPixels(int year) {
        int cc = 40 + (year * 37) % 160;
        int cr = 30 + (year * 53) % 140;
        long n = 0;
        for (int r = 0; r < LandsatSeries.HEIGHT; r++) {
            for (int c = r / 4 + year % 5; c < LandsatSeries.WIDTH; c++) {
                if ((c - cc) * (c - cc) + (r - cr) * (r - cr) < 225) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void truncatedBandIsRefused() throws Exception {
        List<CatalogEntry> before = entries();
        Path p = LandsatSeries.writeProduct(dir.resolve("truncated"), 2026);
        Path nir = p.resolve(LandsatSeries.productId(2026) + "_SR_B5.TIF");
        try (RandomAccessFile f = new RandomAccessFile(nir.toFile(), "rw")) {
            f.setLength(f.length() * 2 / 3);
        }
        assertRefused(run("catalog", "add", catalog.toString(), p.toString()), "_SR_B5.TIF", "", before);
    }

    @Test
    void missingQaFileIsRefused() throws Exception {
        List<CatalogEntry> before = entries();
        Path p = LandsatSeries.writeProduct(dir.resolve("noqa"), 2026);
        Files.delete(p.resolve(LandsatSeries.productId(2026) + "_QA_PIXEL.TIF"));
        assertRefused(run("catalog", "add", catalog.toString(), p.toString()), "_QA_PIXEL.TIF", "file not found",
                before);
    }

    @Test
    void duplicateProductIsRefused() {
        List<CatalogEntry> before = entries();
        // a good new product and a product already recorded, in one submission: neither is recorded
        Path fresh = LandsatSeries.writeProduct(dir.resolve("fresh"), 2026);
        assertRefused(run("catalog", "add", catalog.toString(), fresh.toString(), series.products().get(1).toString()),
                LandsatSeries.productId(2021), "duplicate product", before);
        // the same product copied elsewhere under another folder name is the same product
        Path copy = LandsatSeries.writeProduct(dir.resolve("copy"), 2021);
        assertRefused(run("catalog", "add", catalog.toString(), copy.toString()), LandsatSeries.productId(2021),
                "duplicate product", before);
    }

    @Test
    void notACatalogueIsLeftUntouched() throws Exception {
        Path other = series.districts();
        byte[] content = Files.readAllBytes(other);
        String[] r = run("catalog", "add", other.toString(), series.products().get(0).toString());
        assertEquals("1", r[0], r[1]);
        assertTrue(r[1].contains("districts.geojson"), r[1]);
        assertTrue(java.util.Arrays.equals(content, Files.readAllBytes(other)));
    }

    @Test
    void removeTakesOutOnlyTheNamedProducts() {
        Path cat = dir.resolve("remove.gpkg");
        assertEquals("0", run("catalog", "add", cat.toString(), series.products().get(0).toString(),
                series.products().get(1).toString())[0]);
        String[] r = run("catalog", "remove", cat.toString(), LandsatSeries.productId(2020), "LC08_NOT_THERE");
        assertEquals("1", r[0], r[1]);
        assertTrue(r[1].contains("LC08_NOT_THERE"), r[1]);
        try (OgrCatalog c = OgrCatalog.open(cat.toString(), false)) {
            assertEquals(2, c.list().size(), "a failed remove removes nothing");
        }
        assertEquals("0", run("catalog", "remove", cat.toString(), LandsatSeries.productId(2020))[0]);
        try (OgrCatalog c = OgrCatalog.open(cat.toString(), false)) {
            assertEquals(List.of(LandsatSeries.productId(2021)), c.list().stream().map(CatalogEntry::productId).toList());
        }
        assertTrue(Files.isDirectory(series.products().get(0)), "the product's files stay");
    }
}
