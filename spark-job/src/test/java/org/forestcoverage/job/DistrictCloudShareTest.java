package org.forestcoverage.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.forestcoverage.catalog.CatalogEntry;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.io.gdal.store.OgrCatalog;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.testtiles.DistrictLayout;
import org.forestcoverage.testtiles.SyntheticDistrict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, cloud share over the districts, on a hand-built product: 20 x 10 pixels of 30 m, clear in columns 0-9 and
 * cloud (quality value 1) in columns 10-19, so 50 % of the product is cloud. District "west" (columns 0-9) sees no
 * cloud: 0 %; district "middle" (columns 5-14) sees 50 cloud pixels of 100: 50 %. {@code analyze --max-cloud 10}
 * keeps the product for the west district and leaves it out, with the reason, for a districts file it was not
 * measured over.
 */
@Tag("spark")
class DistrictCloudShareTest {
    @TempDir
    static Path dir;
    static GridSpec grid;
    static Path west;
    static Path middle;

    @BeforeAll
    static void product() throws Exception {
        grid = new GridSpec(Crs.toWkt("EPSG:32650"), 500000, 4400000, 30, 30, 20, 10);
        short[] red = new short[200];
        short[] nir = new short[200];
        byte[] qa = new byte[200];
        Arrays.fill(red, (short) 1000);
        Arrays.fill(nir, (short) 5000);
        for (int i = 0; i < qa.length; i++) {
            qa[i] = (byte) (i % 20 >= 10 ? 1 : 0);
        }
        Path bands = Files.createDirectories(dir.resolve("hand-built"));
        write(bands.resolve("red.tif"), PixelType.UINT16, red, null);
        write(bands.resolve("nir.tif"), PixelType.UINT16, nir, null);
        write(bands.resolve("qa.tif"), PixelType.BYTE, null, qa);
        for (int year : new int[] {2023, 2024, 2025}) {
            Files.writeString(bands.resolve("y" + year + ".scene.json"), "{\"date\": \"" + year + "-06-01\", \"sensor\":"
                    + " \"generic\", \"red\": {\"file\": \"red.tif\"}, \"nir\": {\"file\": \"nir.tif\"}, \"scale\": 1e-4,"
                    + " \"offset\": 0, \"quality\": {\"file\": \"qa.tif\", \"maskedValues\": [1]}}");
        }
        west = new DistrictLayout(grid, List.of(SyntheticDistrict.rect("W", "West", 0, 0, 10, 10)))
                .writeGeoJson(dir.resolve("west.geojson"), "EPSG:32650");
        middle = new DistrictLayout(grid, List.of(SyntheticDistrict.rect("M", "Middle", 5, 0, 10, 10)))
                .writeGeoJson(dir.resolve("middle.geojson"), "EPSG:32650");
    }

    private static void write(Path file, PixelType type, short[] s, byte[] b) {
        try (GeoTiffWriter w = GeoTiffWriter.create(file.toString(), grid, type, 1, null)) {
            if (s != null) {
                w.write(1, grid.window(), s);
            } else {
                w.write(1, grid.window(), b);
            }
        }
    }

    private static List<CatalogEntry> entries(Path catalog) {
        try (OgrCatalog c = OgrCatalog.open(catalog.toString(), false)) {
            return c.list();
        }
    }

    private static String[] analyze(Path catalog, Path districts, String out) {
        return CatalogProductKindsTest.run("analyze", "--catalog", catalog.toString(), "--max-cloud", "10",
                "--districts", districts.toString(), "--id-field", "district_id", "--out",
                dir.resolve(out).toString(), "--tile-size", "64", "--master", "local[2]");
    }

    @Test
    void cloudOnlyOutsideTheDistrictsIsZeroPercentOverThem() {
        Path catalog = dir.resolve("west.gpkg");
        String[] r = CatalogProductKindsTest.run("catalog", "add", catalog.toString(), "--districts", west.toString(),
                "--id-field", "district_id", dir.resolve("hand-built/y2023.scene.json").toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("cloud share over the districts of " + west), r[1]);
        assertTrue(r[1].contains("cloud 50.0 % of the product, 0.0 % over the districts"), r[1]);
        CatalogEntry e = entries(catalog).get(0);
        assertEquals(50.0, e.cloudPct(), 0);
        assertEquals(0.0, e.districtCloudPct(), 0);

        // a later add without --districts measures over the recorded ones
        r = CatalogProductKindsTest.run("catalog", "add", catalog.toString(),
                dir.resolve("hand-built/y2024.scene.json").toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("(recorded in the catalogue)"), r[1]);
        assertEquals(0.0, entries(catalog).get(1).districtCloudPct(), 0);

        // catalog list --max-cloud takes the recorded districts' share
        r = CatalogProductKindsTest.run("catalog", "list", catalog.toString(), "--max-cloud", "10");
        assertEquals("0", r[0], r[2]);
        assertEquals(3, r[1].strip().lines().count(), r[1]);
        assertTrue(r[1].contains("\t50.00\t") && r[1].strip().endsWith("\t0.00"), r[1]);

        // analyze over the same districts file: 0 % over them, kept under --max-cloud 10
        String[] a = analyze(catalog, west, "west-out");
        assertEquals("0", a[0], a[2]);
        assertTrue(a[1].contains("used      y2023 (generic, 2023-06-01, cloud 0.0 % over the districts)"), a[1]);

        // another districts file: the share over it is unknown, the product's 50 % counts and the product is left out
        String[] m = analyze(catalog, middle, "middle-out");
        assertEquals("1", m[0], m[2]);
        assertTrue(m[2].contains("cloud 50.0 % over the product above 10.0 %"), m[2]);
        assertTrue(!Files.exists(dir.resolve("middle-out")));
    }

    @Test
    void districtsGivenAtAddAreMeasuredAndRecordedInPlaceOfTheEarlierOnes() {
        Path catalog = dir.resolve("middle.gpkg");
        String[] r = CatalogProductKindsTest.run("catalog", "add", catalog.toString(), "--districts", middle.toString(),
                "--id-field", "district_id", dir.resolve("hand-built/y2025.scene.json").toString());
        assertEquals("0", r[0], r[2]);
        // columns 5-9 clear, 10-14 cloud: 50 of the 100 pixels in the district
        assertEquals(50.0, entries(catalog).get(0).districtCloudPct(), 0);
        r = CatalogProductKindsTest.run("catalog", "add", catalog.toString(), "--districts", west.toString(),
                dir.resolve("hand-built/y2023.scene.json").toString());
        assertEquals("1", r[0], r[2]);
        assertTrue(r[2].contains("needs --id-field"), r[2]);
        assertEquals(1, entries(catalog).size());
    }
}
