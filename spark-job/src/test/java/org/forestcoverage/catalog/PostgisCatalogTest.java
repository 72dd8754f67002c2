package org.forestcoverage.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.io.gdal.store.OgrCatalog;
import org.forestcoverage.spark.SharedSpark;
import org.forestcoverage.testtiles.LandsatSeries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue and the results store in a real PostgreSQL/PostGIS server started by the test: six yearly products
 * added, {@code analyze --catalog PG:...} byte-identical to the manifest run, footprints valid PostGIS geometries in
 * EPSG:4326, a duplicate refused, an unchanged rerun computing nothing.
 */
@Tag("spark")
class PostgisCatalogTest {
    @TempDir
    static Path dir;
    static PostgisServer pg;
    static LandsatSeries series;

    @BeforeAll
    static void server() throws Exception {
        pg = PostgisServer.start();
        series = LandsatSeries.write(dir, 2020, 2025);
        List<String> args = new ArrayList<>(List.of("catalog", "add", pg.connection(), "--districts",
                series.districts().toString(), "--id-field", "district_id"));
        series.products().forEach(p -> args.add(p.toString()));
        String[] r = CatalogAnalysisTest.run(args.toArray(new String[0]));
        assertEquals("0", r[0], r[2]);
    }

    @AfterAll
    static void stop() {
        if (pg != null) {
            pg.close();
        }
    }

    String[] analyze(String out, String... input) {
        List<String> a = new ArrayList<>(List.of("analyze"));
        a.addAll(List.of(input));
        a.addAll(List.of("--districts", series.districts().toString(), "--id-field", "district_id", "--out",
                dir.resolve(out).toString(), "--tile-size", "64", "--master", "local[2]"));
        return CatalogAnalysisTest.run(a.toArray(new String[0]));
    }

    @Test
    void postgisCatalogueRunEqualsManifestRunAndReusesItsSums() throws Exception {
        String[] byPg = analyze("pg", "--catalog", pg.connection(), "--years", "2020-2025");
        assertEquals("0", byPg[0], byPg[2]);
        String[] byManifest = analyze("manifest", "--manifest", CatalogAnalysisTest.manifest(series, dir).toString());
        assertEquals("0", byManifest[0], byManifest[2]);
        assertArrayEquals(Files.readAllBytes(dir.resolve("manifest/coverage.csv")),
                Files.readAllBytes(dir.resolve("pg/coverage.csv")));
        String[] again = analyze("pg-again", "--catalog", pg.connection(), "--years", "2020-2025");
        assertEquals("0", again[0], again[2]);
        var tileYears = new ObjectMapper().readTree(dir.resolve("pg-again/run.json").toFile()).path("tile_years");
        assertEquals(0, tileYears.path("computed").asInt());
        assertEquals(6 * 16, tileYears.path("reused").asInt());
        assertEquals(String.valueOf(6 * 16), pg.sql("SELECT count(*) FROM forest_tile_sums"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("pg/coverage.csv")),
                Files.readAllBytes(dir.resolve("pg-again/coverage.csv")));
    }

    @Test
    void footprintsArePostgisPolygonsInWgs84() throws Exception {
        assertEquals("6|t|4326|ST_MultiPolygon", pg.sql("SELECT count(*), bool_and(ST_IsValid(footprint)), "
                + "min(ST_SRID(footprint)), min(ST_GeometryType(footprint)) FROM forest_scenes"));
        // each footprint lies inside the products' grid, which is about 7.2 x 6 km near 116.3 E, 39.9 N
        String box = pg.sql("SELECT round(ST_XMin(ST_Extent(footprint))::numeric, 1), "
                + "round(ST_YMax(ST_Extent(footprint))::numeric, 1) FROM forest_scenes");
        assertTrue(box.matches("116\\.[0-9]\\|39\\.[0-9]|116\\.[0-9]\\|40\\.0"), box);
    }

    @Test
    void duplicateIsRefusedAndTheCatalogueUnchanged() throws Exception {
        List<CatalogEntry> before;
        try (OgrCatalog c = OgrCatalog.open(pg.connection(), false)) {
            before = c.list();
        }
        String[] r = CatalogAnalysisTest.run("catalog", "add", pg.connection(), series.products().get(2).toString());
        assertEquals("1", r[0], r[2]);
        assertTrue(r[2].contains("duplicate product " + LandsatSeries.productId(2022)), r[2]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
        try (OgrCatalog c = OgrCatalog.open(pg.connection(), false)) {
            assertEquals(before, c.list());
        }
    }

    @Test
    void districtsAreRecordedAsAPostgisPolygonWithEachProductsShareOverThem() throws Exception {
        assertEquals("1|4326|MULTIPOLYGON|t", pg.sql("SELECT count(*), min(ST_SRID(footprint)), "
                + "min(GeometryType(footprint)), bool_and(ST_IsValid(footprint)) FROM forest_districts"));
        String sha = CatalogAnalysisTest.sha256sum(series.districts());
        try (OgrCatalog c = OgrCatalog.open(pg.connection(), false)) {
            assertEquals(sha, c.districts().orElseThrow().sha256());
            for (CatalogEntry e : c.list()) {
                assertEquals(sha, e.districtsSha256(), e.productId());
                assertTrue(e.districtCloudPct() != null && e.districtCloudPct() >= 0 && e.districtCloudPct() <= 100,
                        e.toString());
            }
        }
    }
}
