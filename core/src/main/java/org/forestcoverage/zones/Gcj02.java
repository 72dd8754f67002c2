package org.forestcoverage.zones;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * The public GCJ-02 ("Mars coordinates", used by Chinese web maps) offset formula and its inverse.
 *
 * <pre>{@code
 * Geometry wgs84 = Gcj02.toWgs84(gcj02Geometry);   // lon/lat order, degrees
 * double[] lonLat = Gcj02.toWgs84(116.404, 39.915);
 * }</pre>
 *
 * <p>GCJ-02 shifts WGS84 positions inside China by 50-500 m with a smooth, deterministic function of position
 * (Krasovsky ellipsoid constants). {@link #fromWgs84} is that function; {@link #toWgs84} inverts it by fixed-point
 * iteration to better than 1e-9 degree (about 0.1 mm). Outside the box usually used for China (longitude 72.004 to
 * 137.8347, latitude 0.8293 to 55.8271) coordinates are returned unchanged, as the formula's users do. Coordinates are
 * x = longitude, y = latitude in degrees. Stateless and thread-safe.
 */
public final class Gcj02 {
    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;
    private static final double TOLERANCE_DEG = 1e-10;
    private static final int MAX_ITERATIONS = 50;

    private Gcj02() {
    }

    /** True outside the box where the offset applies. */
    public static boolean outOfChina(double lon, double lat) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    /** WGS84 {lon, lat} to GCJ-02 {lon, lat}. */
    public static double[] fromWgs84(double lon, double lat) {
        if (outOfChina(lon, lat)) {
            return new double[] {lon, lat};
        }
        double[] d = offset(lon, lat);
        return new double[] {lon + d[0], lat + d[1]};
    }

    /** GCJ-02 {lon, lat} to WGS84 {lon, lat}, iterated until the forward transform reproduces the input. */
    public static double[] toWgs84(double lon, double lat) {
        if (outOfChina(lon, lat)) {
            return new double[] {lon, lat};
        }
        double[] d = offset(lon, lat);
        double x = lon - d[0];
        double y = lat - d[1];
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double[] f = fromWgs84(x, y);
            double ex = lon - f[0];
            double ey = lat - f[1];
            x += ex;
            y += ey;
            if (Math.abs(ex) < TOLERANCE_DEG && Math.abs(ey) < TOLERANCE_DEG) {
                break;
            }
        }
        return new double[] {x, y};
    }

    /** A copy of {@code gcj02} (lon/lat degrees) converted to WGS84. */
    public static Geometry toWgs84(Geometry gcj02) {
        return apply(gcj02, false);
    }

    /** A copy of {@code wgs84} (lon/lat degrees) converted to GCJ-02. */
    public static Geometry fromWgs84(Geometry wgs84) {
        return apply(wgs84, true);
    }

    private static Geometry apply(Geometry g, boolean forward) {
        Geometry copy = g.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double[] p = forward ? fromWgs84(seq.getX(i), seq.getY(i)) : toWgs84(seq.getX(i), seq.getY(i));
                seq.setOrdinate(i, 0, p[0]);
                seq.setOrdinate(i, 1, p[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }

    /** {dLon, dLat} in degrees at WGS84 (lon, lat). */
    private static double[] offset(double lon, double lat) {
        double x = lon - 105.0;
        double y = lat - 35.0;
        double dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        dLat += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        dLat += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        dLat += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320.0 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        double dLon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        dLon += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        dLon += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        dLon += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        double radLat = Math.toRadians(lat);
        double magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] {dLon, dLat};
    }
}
