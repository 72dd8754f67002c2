package org.forestcoverage.report.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.DistrictGeoPackage;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.zones.District;
import org.locationtech.jts.io.WKTReader;

/**
 * A small run folder written by hand, as analyze lays one out: two districts side by side on a 100 x 50 grid of
 * 30 m pixels (EPSG:32650), years 2020 and 2022, coverage.json with the Beijing line (44.4 % in 2020 to 45.0 % in
 * 2025) and two reported values, districts.gpkg and forest_YEAR.tif (left half forest, right half non-forest, a
 * corner unobserved).
 *
 * <p>coverage.csv (coverage_pct): 2020 west 50.0000, east 30.0000, city 40.0000; 2022 west 51.2500, east 29.5000,
 * city 40.3750. So the city's change is +0.375 pp, west's +1.25 pp, east's -0.5 pp; the line expects 44.64 % in 2022,
 * a gap of -4.265 pp (behind).
 */
final class RunFixture {
    static final String HEADER = "year,district,name,forest_px,observed_px,unobserved_px,total_px,forest_m2,observed_m2,"
            + "unobserved_m2,total_m2,coverage_pct,water_px,water_m2,land_m2,forest_ha,forest_km2,forest_mu,observed_pct";

    private RunFixture() {
    }

    static Path write(Path dir, String extraHeader, List<String> extra) throws Exception {
        Files.createDirectories(dir);
        String[] rows = {
            "2020,west,西区,1250,2500,0,2500,1125000.00,2250000.00,0.00,2250000.00,50.0000,0,0.00,2250000.00,112.5000,1.125000,1687.50,100.0000",
            "2020,east,East \"Hills\",750,2500,0,2500,675000.00,2250000.00,0.00,2250000.00,30.0000,0,0.00,2250000.00,67.5000,0.675000,1012.50,100.0000",
            "2020,ALL,city,2000,5000,0,5000,1800000.00,4500000.00,0.00,4500000.00,40.0000,0,0.00,4500000.00,180.0000,1.800000,2700.00,100.0000",
            "2022,west,西区,1025,2000,500,2500,922500.00,1800000.00,450000.00,2250000.00,51.2500,0,0.00,1800000.00,92.2500,0.922500,1383.75,80.0000",
            "2022,east,East \"Hills\",737.5,2500,0,2500,663750.00,2250000.00,0.00,2250000.00,29.5000,0,0.00,2250000.00,66.3750,0.663750,995.63,100.0000",
            "2022,ALL,city,1762.5,4500,500,5000,1586250.00,4050000.00,450000.00,4500000.00,40.3750,0,0.00,4050000.00,158.6250,1.586250,2379.38,90.0000"};
        StringBuilder csv = new StringBuilder(HEADER + (extraHeader.isEmpty() ? "" : "," + extraHeader) + "\n");
        for (int i = 0; i < rows.length; i++) {
            String r = rows[i].replace("East \"Hills\"", "\"East \"\"Hills\"\"\"");
            csv.append(r).append(extra.isEmpty() ? "" : "," + extra.get(i)).append('\n');
        }
        Files.writeString(dir.resolve("coverage.csv"), csv);
        Files.writeString(dir.resolve("coverage.json"), """
                {"run": {"label": "hand-made test run", "crs": "EPSG:32650", "threshold_ndvi": 0.6,
                  "scenes": ["2020:a", "2022:b"],
                  "trajectory": {"file": "beijing.csv", "baseline_year": 2020, "baseline_pct": 44.4,
                    "target_year": 2025, "target_pct": 45.0, "tolerance_pp": 0.1,
                    "reported": [{"year": 2020, "pct": 44.4, "source": "http://example.org/2020"},
                                 {"year": 2021, "pct": 44.6, "source": ""}]}},
                 "rows": []}
                """);
        WKTReader wkt = new WKTReader();
        String crs = Crs.toWkt("EPSG:32650");
        DistrictGeoPackage.write(dir.resolve("districts.gpkg"), crs, List.of(
                new District(0, "west", "西区", wkt.read("POLYGON ((400000 4498500, 401500 4498500, 401500 4500000, "
                        + "400000 4500000, 400000 4498500))")),
                new District(1, "east", "East \"Hills\"", wkt.read("POLYGON ((401500 4498500, 403000 4498500, "
                        + "403000 4500000, 401500 4500000, 401500 4498500))"))), List.of());
        GridSpec g = new GridSpec(crs, 400000, 4500000, 30, 30, 100, 50);
        for (int year : new int[] {2020, 2022}) {
            byte[] v = new byte[100 * 50];
            for (int r = 0; r < 50; r++) {
                for (int c = 0; c < 100; c++) {
                    v[r * 100 + c] = (byte) (r < 10 && c < 10 && year == 2022 ? 0 : c < 50 ? 2 : 1);
                }
            }
            try (GeoTiffWriter w = GeoTiffWriter.create(dir.resolve("forest_" + year + ".tif").toString(), g,
                    PixelType.BYTE, 1, 0.0)) {
                w.write(1, g.window(), v);
            }
        }
        return dir;
    }

    static Path write(Path dir) throws Exception {
        return write(dir, "", List.of());
    }

    /** A qa.csv with only the columns the report reads; 2022's city row: adjusted 41.0500 +/- 2.0300. */
    static Path qa(Path dir) throws Exception {
        Files.createDirectories(dir);
        String header = String.join(",", QaFolder.REQUIRED);
        String city2022 = "2022,ALL,80,30,5,6,39,0.862500,0.074000,0.720000,0.857143,0.110000,0.833333,0.120000,"
                + "0.866667,0.886364,158.6250,40.3750,168.0000,9.5000,41.0500,2.0300,";
        String west2022 = "2022,west,40,15,2,3,20,0.875000,0.100000,0.740000,0.882353,0.150000,0.833333,0.170000,"
                + "0.869565,0.909091,92.2500,51.2500,95.0000,7.0000,52.7700,3.9000,few plots";
        Files.writeString(dir.resolve("qa.csv"), header + "\n" + city2022 + "\n" + west2022 + "\n");
        return dir;
    }
}
