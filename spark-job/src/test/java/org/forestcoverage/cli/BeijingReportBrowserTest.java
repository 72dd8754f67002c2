package org.forestcoverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.raster.PixelType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Beijing's 16 real districts (MultiPolygons, Chinese names, ../shared/data) over a coarse synthetic scene, analysed
 * and reported in Chinese: in headless Chromium the maps draw all 16 districts, the table shows their Chinese names
 * as coverage.csv has them, drawn with the embedded font, and the values equal coverage.csv.
 */
@Tag("browser")
class BeijingReportBrowserTest {
    @TempDir
    Path dir;

    /**
     * 400 x 420 pixels of 500 m in EPSG:32650 over Beijing; forest (NDVI 0.76) in the north-western triangle where
     * col + row < 380, like its mountains, elsewhere NDVI 0.25.
     */
    private Path scene() {
        GridSpec g = new GridSpec(Crs.toWkt("EPSG:32650"), 340000, 4560000, 500, 500, 400, 420);
        short[] red = new short[400 * 420];
        short[] nir = new short[400 * 420];
        for (int r = 0; r < 420; r++) {
            for (int c = 0; c < 400; c++) {
                boolean forest = c + r < 380;
                red[r * 400 + c] = (short) (forest ? 400 : 1200);
                nir[r * 400 + c] = (short) (forest ? 3000 : 2000);
            }
        }
        Path p = dir.resolve("beijing-synthetic-2024.tif");
        try (GeoTiffWriter w = GeoTiffWriter.create(p.toString(), g, PixelType.INT16, 2, -9999.0)) {
            w.write(1, g.window(), red);
            w.write(2, g.window(), nir);
        }
        return p;
    }

    @Test
    void beijingsDistrictsAreMappedAndNamedInChinese() throws Exception {
        Path districts = Path.of(System.getProperty("forest.shared.dir", "../../shared"), "data", "beijing-districts",
                "beijing_districts_wgs84.geojson");
        assumeTrue(Files.isRegularFile(districts), "shared test data absent: " + districts.toAbsolutePath().normalize());
        Path run = dir.resolve("run");
        String[] a = QaFixture.run("analyze", "--scene", scene().toString(), "--year", "2024", "--red-band", "1",
                "--nir-band", "2", "--scale", "0.0001", "--offset", "0", "--districts", districts.toString(),
                "--id-field", "adcode", "--name-field", "name", "--maps", "--master", "local[2]", "--out", run.toString());
        assertEquals("0", a[0], a[1]);
        String[] r = QaFixture.run("report", run.toString(), "--lang", "zh", "--out", dir.resolve("report").toString());
        assertEquals("0", r[0], r[1]);

        Map<String, String> names = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(run.resolve("coverage.csv")).subList(1, 17)) {
            List<String> f = org.forestcoverage.io.csv.CsvLine.split(line);
            names.put(f.get(1), f.get(2));
        }
        assertEquals(16, names.size());
        assertTrue(names.values().stream().allMatch(n -> n.endsWith("区")), names.toString());
        try (HeadlessChromium c = ReportPageCheck.openAndCheck(dir, dir.resolve("report/report.html"),
                run.resolve("coverage.csv"), "beijing-report-zh.png")) {
            JsonNode rows = c.eval("""
                    Array.from(document.querySelectorAll('#district-table tbody tr')).map(function (r) {
                      return [r.dataset.district, r.querySelector('td[data-col=name]').textContent];
                    })""");
            assertEquals(16, rows.size());
            for (JsonNode row : rows) {
                assertEquals(names.get(row.get(0).asText()), row.get(1).asText());
            }
            for (JsonNode f : c.platformFonts("#district-table tbody td[data-col=name]")) {
                assertTrue(f.path("isCustomFont").asBoolean(), "a district name drawn with a system font: " + f);
            }
            // Mentougou (110109), in the mountains, is mostly forest; Dongcheng (110101), downtown, has none
            assertTrue(Double.parseDouble(c.eval("document.querySelector('#district-table tr[data-district=\"110109\"] "
                    + "td[data-col=coverage]').dataset.value").asText()) > 50);
            assertEquals(0.0, Double.parseDouble(c.eval("document.querySelector('#district-table "
                    + "tr[data-district=\"110101\"] td[data-col=coverage]').dataset.value").asText()));
        }
    }
}
