package org.forestcoverage.zones;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forestcoverage.coverage.PixelArea;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.grid.Tiling;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.DistrictReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Issue 4 acceptance on real districts: Beijing's 16 WGS84 districts (../shared/data/beijing-districts/, ids from the
 * {@code adcode} property) read with {@link DistrictReader} and reprojected to a 30 m EPSG:32650 grid give, by
 * fractional coverage x 900 m2, areas within 0.5 % of their ellipsoidal areas, summing to about 16,400 km2; on an
 * EPSG:4326 grid of the same extent (0.0003 degree pixels, ellipsoidal row areas) the areas agree with the EPSG:32650
 * ones within 0.1 %.
 *
 * <p>The ellipsoidal reference is this test's own: the lon/lat rings, read from the GeoJSON with Jackson (not GDAL),
 * each edge cut into pieces of at most 1e-4 degree, projected to the WGS84 Lambert cylindrical equal-area projection
 * (x = a lambda, y = a q(phi) / 2 with q the authalic function, Snyder 1987 eq. 3-12), whose planar area is the
 * ellipsoidal area. Skipped when the shared data is absent.
 */
@Tag("unit")
class BeijingDistrictAreaTest {
    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257223563;
    private static final double E2 = F * (2 - F);
    private static final double E = Math.sqrt(E2);

    private static double[] utmAreas;

    static Path wgs84File() {
        Path file = GeoJsonDistricts.sharedDir().resolve("data/beijing-districts/beijing_districts_wgs84.geojson");
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared data absent: " + file.toAbsolutePath()
                + " (set -Dforest.shared.dir to the folder holding data/beijing-districts)");
        return file;
    }

    @Test
    void testUtm30mAreasWithinHalfPercentOfEllipsoidalAreas() throws Exception {
        Path file = wgs84File();
        List<District> lonLat = GeoJsonDistricts.read(file, "adcode");
        double[] utm = utmAreas(file);
        assertEquals(16, lonLat.size());
        double worst = 0;
        double total = 0;
        double totalRef = 0;
        for (int i = 0; i < lonLat.size(); i++) {
            double ref = ellipsoidalArea(lonLat.get(i).geometry());
            double rel = utm[i] / ref - 1;
            System.out.printf("Beijing %s: EPSG:32650 30 m %.3f km2, ellipsoidal %.3f km2, %+.4f %%%n",
                    lonLat.get(i).id(), utm[i] / 1e6, ref / 1e6, rel * 100);
            assertTrue(Math.abs(rel) < 0.005, "district " + lonLat.get(i).id() + ": " + utm[i] / 1e6
                    + " km2 on the grid vs " + ref / 1e6 + " km2 ellipsoidal");
            worst = Math.max(worst, Math.abs(rel));
            total += utm[i];
            totalRef += ref;
        }
        System.out.printf("Beijing EPSG:32650 30 m: %.2f km2 (ellipsoidal %.2f km2), largest district error %.4f %%%n",
                total / 1e6, totalRef / 1e6, worst * 100);
        assertEquals(16_400, total / 1e6, 100, "city area, km2");
        assertEquals(totalRef, total, 0.005 * totalRef);
    }

    @Test
    void testGeographicGridAgreesWithUtmWithinOneTenthPercent() throws Exception {
        Path file = wgs84File();
        double[] utm = utmAreas(file);
        List<District> ds = DistrictReader.read(file.toString(), "adcode", "name", Crs.toWkt("EPSG:4326"), null);
        GridSpec grid = grid(ds, Crs.toWkt("EPSG:4326"), 0.0003);
        PixelArea area = PixelArea.of(grid, Crs.units(grid.crsWkt()));
        assertTrue(!area.isUniform(), "a geographic grid has row areas");
        double[] geo = fractionalAreas(ds, grid, area);
        double worst = 0;
        for (int i = 0; i < ds.size(); i++) {
            double rel = geo[i] / utm[i] - 1;
            System.out.printf("Beijing %s: EPSG:4326 %.3f km2 vs EPSG:32650 %.3f km2, %+.4f %%%n", ds.get(i).id(),
                    geo[i] / 1e6, utm[i] / 1e6, rel * 100);
            assertTrue(Math.abs(rel) < 0.001, "district " + ds.get(i).id() + ": " + geo[i] / 1e6
                    + " km2 on EPSG:4326 vs " + utm[i] / 1e6 + " km2 on EPSG:32650");
            worst = Math.max(worst, Math.abs(rel));
        }
        System.out.printf("Beijing EPSG:4326 %d x %d px of 0.0003 deg: largest difference to EPSG:32650 %.4f %%%n",
                grid.width(), grid.height(), worst * 100);
    }

    @Test
    void testEqualAreaReferenceGivesTheWgs84SurfaceArea() {
        // the reference formula itself: twice the northern hemisphere is the WGS84 surface, 510,065,621.724 km2
        Geometry north = FractionalZonerTest.wkt("POLYGON ((-180 0, 180 0, 180 90, -180 90, -180 0))");
        assertEquals(510_065_621.724, 2 * ellipsoidalArea(north) / 1e6, 0.01);
    }

    /** District areas on the 30 m EPSG:32650 grid, m2, in file order; computed once for both tests. */
    private static synchronized double[] utmAreas(Path file) {
        if (utmAreas == null) {
            String wkt = Crs.toWkt("EPSG:32650");
            List<District> ds = DistrictReader.read(file.toString(), "adcode", "name", wkt, null);
            GridSpec grid = grid(ds, wkt, 30);
            assertEquals(900, PixelArea.of(grid, Crs.units(grid.crsWkt())).rowAreaM2(0), 0);
            utmAreas = fractionalAreas(ds, grid, PixelArea.of(grid, Crs.units(grid.crsWkt())));
        }
        return utmAreas;
    }

    private static GridSpec grid(List<District> ds, String wkt, double px) {
        Envelope env = new Envelope();
        ds.forEach(d -> env.expandToInclude(d.geometry().getEnvelopeInternal()));
        return GridSpec.snapped(wkt, env.getMinX(), env.getMinY(), env.getMaxX(), env.getMaxY(), px, px, 0, 0);
    }

    /** Sum over 512-px tiles of fraction x row area per district, m2. */
    private static double[] fractionalAreas(List<District> ds, GridSpec grid, PixelArea area) {
        FractionalZoner zoner = new FractionalZoner(grid, ds);
        double[] m2 = new double[ds.size() + 1];
        long t0 = System.nanoTime();
        for (PixelWindow w : new Tiling(grid, 512).tiles()) {
            ZoneMask m = zoner.zones(grid.crop(w));
            short[] zone = m.zonesPerPixel();
            for (int r = 0; r < m.height(); r++) {
                double a = area.rowAreaM2(w.row() + r);
                for (int i = r * m.width(), end = i + m.width(); i < end; i++) {
                    if (zone[i] > 0) {
                        m2[zone[i]] += a;
                    }
                }
            }
            for (int i = 0; i < m.splitCount(); i++) {
                m2[m.splitZone(i)] += m.splitFraction(i) * area.rowAreaM2(w.row() + m.splitPixel(i) / m.width());
            }
        }
        System.out.printf("Beijing %s grid %d x %d: fractional masks of all tiles in %.1f s%n",
                Crs.label(grid.crsWkt()), grid.width(), grid.height(), (System.nanoTime() - t0) / 1e9);
        return java.util.Arrays.copyOfRange(m2, 1, m2.length);
    }

    /** Ellipsoidal area in m2 of a lon/lat (multi)polygon: shells minus holes on the cylindrical equal-area map. */
    static double ellipsoidalArea(Geometry g) {
        double sum = 0;
        for (int p = 0; p < g.getNumGeometries(); p++) {
            Polygon poly = (Polygon) g.getGeometryN(p);
            sum += Math.abs(ringArea(poly.getExteriorRing()));
            for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                sum -= Math.abs(ringArea(poly.getInteriorRingN(h)));
            }
        }
        return sum;
    }

    /** Signed shoelace area of a ring on the equal-area map, edges densified to at most 1e-4 degree. */
    private static double ringArea(LineString ring) {
        Coordinate[] c = ring.getCoordinates();
        double lon0 = c[0].x;
        double sum = 0;
        double px = 0;
        double py = 0;
        boolean first = true;
        for (int i = 0; i + 1 < c.length; i++) {
            int steps = (int) Math.ceil(Math.max(Math.abs(c[i + 1].x - c[i].x), Math.abs(c[i + 1].y - c[i].y)) / 1e-4);
            steps = Math.max(steps, 1);
            for (int s = 0; s < steps; s++) {
                double t = (double) s / steps;
                double x = A * Math.toRadians(c[i].x + t * (c[i + 1].x - c[i].x) - lon0);
                double y = A * q(Math.toRadians(c[i].y + t * (c[i + 1].y - c[i].y))) / 2;
                if (!first) {
                    sum += px * y - x * py;
                }
                px = x;
                py = y;
                first = false;
            }
        }
        double x = A * Math.toRadians(c[c.length - 1].x - lon0);
        double y = A * q(Math.toRadians(c[c.length - 1].y)) / 2;
        sum += px * y - x * py;
        return sum / 2;
    }

    /** The authalic function q(phi) (Snyder 1987, eq. 3-12). */
    private static double q(double phi) {
        double s = Math.sin(phi);
        return (1 - E2) * (s / (1 - E2 * s * s) - 1 / (2 * E) * Math.log((1 - E * s) / (1 + E * s)));
    }
}
