package org.forestcoverage.coverage;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.junit.jupiter.api.Test;

/** Pixel areas; the grids' units are OSR's reading of their WKT ({@link Crs#units}). */
@Tag("unit")
class PixelAreaTest {
    static final String UTM50N_WKT1 = "PROJCS[\"WGS 84 / UTM zone 50N\",    GEOGCS[\"WGS 84\",        DATUM[\"WGS_1984\",            SPHEROID[\"WGS 84\",6378137,298.257223563,                AUTHORITY[\"EPSG\",\"7030\"]],            AUTHORITY[\"EPSG\",\"6326\"]],        PRIMEM[\"Greenwich\",0,            AUTHORITY[\"EPSG\",\"8901\"]],        UNIT[\"degree\",0.0174532925199433,            AUTHORITY[\"EPSG\",\"9122\"]],        AUTHORITY[\"EPSG\",\"4326\"]],    PROJECTION[\"Transverse_Mercator\"],    PARAMETER[\"latitude_of_origin\",0],    PARAMETER[\"central_meridian\",117],    PARAMETER[\"scale_factor\",0.9996],    PARAMETER[\"false_easting\",500000],    PARAMETER[\"false_northing\",0],    UNIT[\"metre\",1,        AUTHORITY[\"EPSG\",\"9001\"]],    AXIS[\"Easting\",EAST],    AXIS[\"Northing\",NORTH],    AUTHORITY[\"EPSG\",\"32650\"]]";
    static final String NY_FTUS_WKT2 = " PROJCRS[\"NAD83 / New York Long Island (ftUS)\", BASEGEOGCRS[\"NAD83\", DATUM[\"North American Datum 1983\", ELLIPSOID[\"GRS 1980\",6378137,298.257222101, LENGTHUNIT[\"metre\",1]]], PRIMEM[\"Greenwich\",0, ANGLEUNIT[\"degree\",0.0174532925199433]], ID[\"EPSG\",4269]], CONVERSION[\"SPCS83 New York Long Island zone (US Survey feet)\", METHOD[\"Lambert Conic Conformal (2SP)\", ID[\"EPSG\",9802]], PARAMETER[\"Latitude of false origin\",40.1666666666667, ANGLEUNIT[\"degree\",0.0174532925199433], ID[\"EPSG\",8821]], PARAMETER[\"Longitude of false origin\",-74, ANGLEUNIT[\"degree\",0.0174532925199433], ID[\"EPSG\",8822]], PARAMETER[\"Latitude of 1st standard parallel\",41.0333333333333, ANGLEUNIT[\"degree\",0.0174532925199433], ID[\"EPSG\",8823]], PARAMETER[\"Latitude of 2nd standard parallel\",40.6666666666667, ANGLEUNIT[\"degree\",0.0174532925199433], ID[\"EPSG\",8824]], PARAMETER[\"Easting at false origin\",984250, LENGTHUNIT[\"US survey foot\",0.304800609601219], ID[\"EPSG\",8826]], PARAMETER[\"Northing at false origin\",0, LENGTHUNIT[\"US survey foot\",0.304800609601219], ID[\"EPSG\",8827]]], CS[Cartesian,2], AXIS[\"easting (X)\",east, ORDER[1], LENGTHUNIT[\"US survey foot\",0.304800609601219]], AXIS[\"northing (Y)\",north, ORDER[2], LENGTHUNIT[\"US survey foot\",0.304800609601219]], USAGE[ SCOPE[\"Engineering survey, topographic mapping.\"], AREA[\"United States (USA) - New York - counties of Bronx; Kings; Nassau; New York; Queens; Richmond; Suffolk.\"], BBOX[40.47,-74.26,41.3,-71.8]], ID[\"EPSG\",2263]] ";
    static final String WGS84_WKT1 = "GEOGCS[\"WGS 84\",    DATUM[\"WGS_1984\",        SPHEROID[\"WGS 84\",6378137,298.257223563,            AUTHORITY[\"EPSG\",\"7030\"]],        AUTHORITY[\"EPSG\",\"6326\"]],    PRIMEM[\"Greenwich\",0,        AUTHORITY[\"EPSG\",\"8901\"]],    UNIT[\"degree\",0.0174532925199433,        AUTHORITY[\"EPSG\",\"9122\"]],    AXIS[\"Latitude\",NORTH],    AXIS[\"Longitude\",EAST],    AUTHORITY[\"EPSG\",\"4326\"]]";
    static final String WGS84_WKT2 = " GEOGCRS[\"WGS 84\", ENSEMBLE[\"World Geodetic System 1984 ensemble\", MEMBER[\"World Geodetic System 1984 (Transit)\"], MEMBER[\"World Geodetic System 1984 (G730)\"], MEMBER[\"World Geodetic System 1984 (G873)\"], MEMBER[\"World Geodetic System 1984 (G1150)\"], MEMBER[\"World Geodetic System 1984 (G1674)\"], MEMBER[\"World Geodetic System 1984 (G1762)\"], MEMBER[\"World Geodetic System 1984 (G2139)\"], ELLIPSOID[\"WGS 84\",6378137,298.257223563, LENGTHUNIT[\"metre\",1]], ENSEMBLEACCURACY[2.0]], PRIMEM[\"Greenwich\",0, ANGLEUNIT[\"degree\",0.0174532925199433]], CS[ellipsoidal,2], AXIS[\"geodetic latitude (Lat)\",north, ORDER[1], ANGLEUNIT[\"degree\",0.0174532925199433]], AXIS[\"geodetic longitude (Lon)\",east, ORDER[2], ANGLEUNIT[\"degree\",0.0174532925199433]], USAGE[ SCOPE[\"Horizontal component of 3D system.\"], AREA[\"World.\"], BBOX[-90,-180,90,180]], ID[\"EPSG\",4326]] ";

    /** Independent check: Simpson integration of dA = a^2 (1 - e^2) cos(phi) / (1 - e^2 sin^2(phi))^2 dphi dlon. */
    static double numericQuadrangleM2(Ellipsoid e, double lat1, double lat2, double dLonDeg) {
        int n = 20000;
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double h = (p2 - p1) / n;
        double s = 0;
        for (int i = 0; i <= n; i++) {
            double phi = p1 + i * h;
            double sin = Math.sin(phi);
            double w = 1 - e.e2() * sin * sin;
            double f = e.a() * e.a() * (1 - e.e2()) * Math.cos(phi) / (w * w);
            s += (i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2)) * f;
        }
        return s * h / 3 * Math.toRadians(dLonDeg);
    }

    @Test
    void testOneDegreeCellAtEquatorAndAt40North() {
        Ellipsoid w = Ellipsoid.WGS84;
        double eq = w.quadrangleAreaM2(0, 1, 1);
        double n40 = w.quadrangleAreaM2(40, 41, 1);
        assertEquals(numericQuadrangleM2(w, 0, 1, 1), eq, 1e-9 * eq);
        assertEquals(numericQuadrangleM2(w, 40, 41, 1), n40, 1e-9 * n40);
        // 12,308.46 km2 and 9,412.85 km2: the often quoted 12,308.8 is the width at 0.5 N times the height, which
        // overestimates by about 1e-5 (the mean of cos over the cell is below cos at its middle); 9,448 for 40 N is
        // not what the ellipsoid gives (its rows are 84.77 km x 111.03 km)
        assertEquals(12308.46, eq / 1e6, 0.01);
        assertEquals(9412.85, n40 / 1e6, 0.01);
    }

    @Test
    void testThin30mRowMatchesNumericIntegration() {
        double d = 30.0 / 111_000;
        double a = Ellipsoid.WGS84.quadrangleAreaM2(39.9, 39.9 + d, d);
        double expected = numericQuadrangleM2(Ellipsoid.WGS84, 39.9, 39.9 + d, d);
        assertEquals(expected, a, 1e-9 * expected);
    }

    @Test
    void testWholeEllipsoidArea() {
        // WGS84 surface: 510,065,621.7 km2
        double a = Ellipsoid.WGS84.quadrangleAreaM2(-90, 90, 360);
        assertEquals(510_065_621.7, a / 1e6, 0.5);
    }

    @Test
    void testProjectedUtmGridFromWkt1() {
        GridSpec g = new GridSpec(UTM50N_WKT1, 400000, 4500000, 30, 30, 10, 10);
        PixelArea a = PixelArea.of(g, Crs.units(g.crsWkt()));
        assertTrue(a.isUniform());
        assertEquals(900, a.rowAreaM2(7), 0);
        assertEquals(90000, a.totalAreaM2(), 1e-9);
    }

    @Test
    void testProjectedFeetGridFromWkt2() {
        GridSpec g = new GridSpec(NY_FTUS_WKT2, 1e6, 2e5, 100, 100, 3, 3);
        PixelArea a = PixelArea.of(g, Crs.units(g.crsWkt()));
        double ft = 0.304800609601219;
        assertEquals(10000 * ft * ft, a.rowAreaM2(0), 1e-9);
    }

    @Test
    void testGeographicGridRowsShrinkNorthwardsLikeBeijing() {
        // Beijing: a pixel at 41.06 N is about 2.4 % smaller than at 39.44 N
        double px = 0.00025;
        int rows = (int) Math.round((41.06 - 39.44) / px);
        GridSpec g = new GridSpec(WGS84_WKT1, 115.42, 41.06, px, px, 10, rows);
        PixelArea a = PixelArea.of(g, Crs.units(g.crsWkt()));
        assertFalse(a.isUniform());
        double north = a.rowAreaM2(0);
        double south = a.rowAreaM2(rows - 1);
        assertEquals(0.024, 1 - north / south, 0.001);
        assertEquals(numericQuadrangleM2(Ellipsoid.WGS84, 41.06 - px, 41.06, px), north, 1e-8 * north);
        assertEquals(PixelArea.of(new GridSpec(WGS84_WKT2, 115.42, 41.06, px, px, 10, rows), Crs.units(WGS84_WKT2)).rowAreaM2(5),
                a.rowAreaM2(5), 0, "WKT1 and WKT2 must agree");
    }

    @Test
    void testMissingCrsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PixelArea.of(new GridSpec("", 0, 0, 1, 1, 1, 1), Crs.units("")));
        assertTrue(e.getMessage().contains("no CRS"), e.getMessage());
    }

    @Test
    void testAreaUnits() {
        assertEquals(1500, AreaUnit.MU.fromM2(1e6), 1e-9);
        assertEquals(100, AreaUnit.HA.fromM2(1e6), 0);
        assertEquals(666.67, AreaUnit.MU.m2(), 0.005);
    }
}
