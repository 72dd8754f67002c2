package org.forestcoverage.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.io.gdal.store.OgrCatalog;
import org.forestcoverage.testtiles.LandsatSeries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code forest catalog add} processes at once never corrupt the catalogue: adding different products, both
 * succeed and every product is recorded once; adding the same product, exactly one succeeds and the other is refused
 * as a duplicate. On a GeoPackage (SQLite's integrity check by GDAL's own {@code ogrinfo} afterwards) and on a real
 * PostgreSQL/PostGIS server.
 */
@Tag("database")
class ConcurrentAddTest {
    @TempDir
    static Path dir;
    static LandsatSeries series;

    @BeforeAll
    static void products() {
        series = LandsatSeries.write(dir, 2020, 2025);
        LandsatSeries.writeProduct(dir.resolve("same"), 2026);
    }

    private static String[] args(String catalog, int from, int to) {
        List<String> a = new ArrayList<>(List.of("catalog", "add", catalog));
        for (int y = from; y <= to; y++) {
            a.add(series.products().get(y - 2020).toString());
        }
        return a.toArray(new String[0]);
    }

    private static void race(String catalog, String name) throws Exception {
        // two processes, different products, one of which creates a new GeoPackage while the other may too
        Path la = dir.resolve(name + "-a.log");
        Path lb = dir.resolve(name + "-b.log");
        ForestProcess a = ForestProcess.start(la, args(catalog, 2020, 2022));
        ForestProcess b = ForestProcess.start(lb, args(catalog, 2023, 2025));
        assertEquals(0, a.exitStatus(), ForestProcess.read(la));
        assertEquals(0, b.exitStatus(), ForestProcess.read(lb));
        try (OgrCatalog c = OgrCatalog.open(catalog, false)) {
            assertEquals(6, c.list().size());
        }
        // two processes, the same product: one records it, the other is refused
        String same = dir.resolve("same").resolve(LandsatSeries.productId(2026)).toString();
        Path lc = dir.resolve(name + "-c.log");
        Path ld = dir.resolve(name + "-d.log");
        ForestProcess c = ForestProcess.start(lc, "catalog", "add", catalog, same);
        ForestProcess d = ForestProcess.start(ld, "catalog", "add", catalog, same);
        int rc = c.exitStatus();
        int rd = d.exitStatus();
        String logs = ForestProcess.read(lc) + "\n---\n" + ForestProcess.read(ld);
        assertEquals(1, rc + rd, logs);
        assertTrue(logs.contains(LandsatSeries.productId(2026)) && logs.contains("forest: "), logs);
        try (OgrCatalog cat = OgrCatalog.open(catalog, false)) {
            assertEquals(7, cat.list().size());
            assertEquals(7, cat.list().stream().map(CatalogEntry::productId).distinct().count());
        }
    }

    @Test
    void geoPackage() throws Exception {
        String gpkg = dir.resolve("race.gpkg").toString();
        race(gpkg, "gpkg");
        Process p = new ProcessBuilder("ogrinfo", "-q", "-sql", "PRAGMA integrity_check", gpkg).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("integrity_check (String) = ok"), out);
    }

    @Test
    void postgis() throws Exception {
        try (PostgisServer pg = PostgisServer.start()) {
            race(pg.connection(), "pg");
            assertEquals("7", pg.sql("SELECT count(DISTINCT product_id) FROM forest_scenes"));
        }
    }
}
