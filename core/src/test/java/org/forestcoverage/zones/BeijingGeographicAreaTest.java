package org.forestcoverage.zones;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forestcoverage.coverage.CrsUnits;
import org.forestcoverage.coverage.Ellipsoid;
import org.forestcoverage.coverage.PixelArea;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.grid.Tiling;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * Beijing's 16 WGS84 districts on an EPSG:4326 grid (0.001 degree): fractional coverage weighted by the ellipsoidal
 * row areas gives the city area of about 16,407 km2 (../shared/data/README.md), and Dongcheng about 41.8 km2.
 */
@Tag("unit")
class BeijingGeographicAreaTest {

    @Test
    void testBeijingAreaOnGeographicGrid() throws Exception {
        Path file = GeoJsonDistricts.sharedDir().resolve("data/beijing-districts/beijing_districts_wgs84.geojson");
        Assumptions.assumeTrue(Files.isRegularFile(file), "shared data absent: " + file.toAbsolutePath()
                + " (set -Dforest.shared.dir)");
        List<District> ds = GeoJsonDistricts.read(file, "adcode");
        Envelope env = new Envelope();
        ds.forEach(d -> env.expandToInclude(d.geometry().getEnvelopeInternal()));
        double px = 0.001;
        GridSpec grid = GridSpec.snapped("", env.getMinX(), env.getMinY(), env.getMaxX(), env.getMaxY(), px, px, 0, 0);
        PixelArea area = PixelArea.of(grid, CrsUnits.degrees(Ellipsoid.WGS84));
        FractionalZoner zoner = new FractionalZoner(grid, ds);
        double[] m2 = new double[ds.size() + 1];
        for (PixelWindow w : new Tiling(grid, 512).tiles()) {
            ZoneMask m = zoner.zones(grid.crop(w));
            short[] zones = m.zonesPerPixel();
            for (int i = 0; i < zones.length; i++) {
                if (zones[i] > 0) {
                    m2[zones[i]] += area.rowAreaM2(w.row() + i / m.width());
                }
            }
            for (int i = 0; i < m.splitCount(); i++) {
                m2[m.splitZone(i)] += m.splitFraction(i) * area.rowAreaM2(w.row() + m.splitPixel(i) / m.width());
            }
        }
        double total = 0;
        for (double a : m2) {
            total += a;
        }
        System.out.printf("Beijing on a %d x %d EPSG:4326 grid: %.1f km2, %s %.2f km2%n", grid.width(), grid.height(),
                total / 1e6, ds.get(0).id(), m2[1] / 1e6);
        assertEquals(16_407, total / 1e6, 16_407 * 0.005);
        assertEquals(41.8, m2[1] / 1e6, 41.8 * 0.01);
        assertTrue(m2[1] < m2[ds.size()], "Dongcheng is the smallest district");
    }
}
