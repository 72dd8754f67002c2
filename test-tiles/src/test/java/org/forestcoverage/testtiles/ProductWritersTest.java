package org.forestcoverage.testtiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GdalRaster;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.sensor.Sentinel2Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product writers read back through GDAL: the JPEG 2000 bands of the .SAFE folder are georeferenced, lossless and
 * hold the DNs of the cover pattern; its MTD_MSIL2A.xml lists every band; the STAC items point at files that exist.
 */
class ProductWritersTest {
    @TempDir
    Path dir;

    @Test
    void testSafeBandsAreLosslessGeoreferencedJpeg2000AtTheirResolution() {
        Sentinel2Safe s = Sentinel2Safe.write(dir);
        try (GdalRaster r = GdalRaster.open(s.band("B04", "10m").toString())) {
            GridSpec g = r.grid();
            assertEquals(Sentinel2Safe.WIDTH, g.width());
            assertEquals(10.0, g.pixelWidth());
            assertEquals(Sentinel2Safe.ORIGIN_X, g.originX());
            assertTrue(Crs.same(g.crsWkt(), Crs.toWkt(Sentinel2Safe.EPSG)));
            assertEquals(PixelType.UINT16, r.band(1).type());
            short[] v = new short[Math.toIntExact(g.pixelCount())];
            r.read(1, g.window(), v);
            for (int i = 0; i < v.length; i++) {
                Cover c = Sentinel2Safe.PATTERN.at(i % g.width(), i / g.width());
                int expected = c == Cover.NODATA ? 0 : (int) Math.round(c.red() * 10000) + 1000;
                assertEquals(expected, v[i] & 0xFFFF, "pixel " + i);
            }
        }
        try (GdalRaster r = GdalRaster.open(s.band("SCL", "20m").toString())) {
            assertEquals(20.0, r.grid().pixelWidth());
            assertEquals(Sentinel2Safe.WIDTH / 2, r.grid().width());
            assertEquals(PixelType.BYTE, r.band(1).type());
        }
        Sentinel2Metadata mtd = Sentinel2Metadata.read(s.folder());
        assertEquals("04.00", mtd.processingBaseline());
        assertEquals(-0.1, mtd.calibration("B11").offset(), 1e-15);
        for (String[] b : new String[][] {{"B03", "10m"}, {"B04", "10m"}, {"B08", "10m"}, {"B8A", "20m"},
                {"B11", "20m"}, {"SCL", "20m"}}) {
            assertTrue(Files.isRegularFile(Path.of(mtd.imageFile(b[0], b[1]).orElseThrow())), b[0]);
        }
    }

    @Test
    void testStacItemsPointAtExistingFilesAndStateTheirScaling() throws Exception {
        LandsatL2Product l = LandsatL2Product.write(dir.resolve("l"));
        Sentinel2Safe s = Sentinel2Safe.write(dir.resolve("s"));
        Path items = dir.resolve("items");
        ObjectMapper json = new ObjectMapper();
        JsonNode li = json.readTree(StacItems.landsat(items, l).toFile());
        JsonNode si = json.readTree(StacItems.sentinel2(items, s, -0.1).toFile());
        for (JsonNode item : new JsonNode[] {li, si}) {
            item.get("assets").fields().forEachRemaining(e -> {
                if (!e.getKey().equals("visual")) {
                    assertTrue(Files.isRegularFile(items.resolve(e.getValue().get("href").asText())), e.getKey());
                }
            });
            double lon = item.get("bbox").get(0).asDouble();
            assertTrue(lon > 115 && lon < 118, "bbox in longitude/latitude: " + item.get("bbox"));
        }
        assertEquals(-0.2, li.at("/assets/red/raster:bands/0/offset").asDouble());
        assertEquals("nir08", li.at("/assets/nir08/eo:bands/0/common_name").asText());
        assertEquals(-0.1, si.at("/assets/red/raster:bands/0/offset").asDouble());
        assertEquals("04.00", si.at("/properties/s2:processing_baseline").asText());
    }
}
