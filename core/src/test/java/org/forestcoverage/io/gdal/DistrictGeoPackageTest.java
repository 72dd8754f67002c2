package org.forestcoverage.io.gdal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.forestcoverage.zones.District;
import org.forestcoverage.zones.DistrictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** districts.gpkg as GDAL's own ogr2ogr reads it, and read back for the report's maps. */
class DistrictLayerTest {
    @TempDir
    Path dir;

    private static List<District> districts() throws Exception {
        WKTReader wkt = new WKTReader();
        return List.of(
                new District(0, "110101", "东城区", wkt.read("POLYGON ((0 0, 3000 0, 3000 2000, 0 2000, 0 0), "
                        + "(1000 500, 2000 500, 2000 1500, 1000 1500, 1000 500))")),
                new District(1, "x,2", "Two \"parts\"", wkt.read("MULTIPOLYGON (((3000 0, 4000 0, 4000 1000, 3000 1000, "
                        + "3000 0)), ((5000 0, 6000 0, 6000 1000, 5000 1000, 5000 0)))")));
    }

    private Path write() throws Exception {
        Path file = dir.resolve("districts.gpkg");
        DistrictGeoPackage.write(file, Crs.toWkt("EPSG:32650"), districts(), List.of(
                new DistrictGeoPackage.Column("coverage_pct_2024", List.of(44.4, Double.NaN)),
                new DistrictGeoPackage.Column("area_km2", List.of(5.0, 2.0))));
        return file;
    }

    @Test
    void ogr2ogrReadsTheDistrictsWithTheirAttributesAndAreas() throws Exception {
        Path file = write();
        Process p = new ProcessBuilder("ogr2ogr", "-f", "CSV", "/vsistdout/", file.toString(), "-sql",
                "SELECT district, name, coverage_pct_2024, area_km2, ST_Area(geom) AS a, ST_SRID(geom) AS srid "
                        + "FROM districts ORDER BY fid", "-dialect", "SQLITE").redirectErrorStream(true).start();
        String csv = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), csv);
        // (OGR quotes text fields that look like numbers) 3000 x 2000 less the 1000 x 1000 hole; two 1000 x 1000 parts; NaN written as NULL (empty)
        assertEquals("""
                district,name,coverage_pct_2024,area_km2,a,srid
                "110101",东城区,44.4,5,5000000,"32650"
                "x,2","Two \"\"parts\"\"",,2,2000000,"32650"
                """, csv.replace("\r\n", "\n"));
    }

    @Test
    void readBackGivesTheSameDistrictsInTheSameCrs() throws Exception {
        Path file = write();
        DistrictGeoPackage.Contents c = DistrictGeoPackage.read(file);
        assertEquals("EPSG:32650", Crs.label(c.crsWkt()));
        List<District> expected = districts();
        assertEquals(2, c.districts().size());
        for (int i = 0; i < 2; i++) {
            District d = c.districts().get(i);
            assertEquals(expected.get(i).id(), d.id());
            assertEquals(expected.get(i).name(), d.name());
            Geometry diff = d.geometry().symDifference(expected.get(i).geometry());
            assertEquals(0.0, diff.getArea(), 0.0, d.id());
        }
    }

    @Test
    void aFileThatIsNotADistrictLayerIsNamed() throws Exception {
        Path other = dir.resolve("other.gpkg");
        Files.writeString(other, "not a geopackage");
        DistrictException e = assertThrows(DistrictException.class, () -> DistrictGeoPackage.read(other));
        assertTrue(e.getMessage().startsWith(other.toString()), e.getMessage());
        DistrictException missing = assertThrows(DistrictException.class, () -> DistrictGeoPackage.read(dir.resolve("no.gpkg")));
        assertTrue(missing.getMessage().contains("no.gpkg: file not found"), missing.getMessage());
    }
}
