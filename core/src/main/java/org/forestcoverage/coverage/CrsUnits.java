package org.forestcoverage.coverage;

import java.io.Serializable;

/**
 * What one grid unit measures: metres per unit for a projected CRS, or radians per unit plus the ellipsoid for a
 * geographic one. The facts come from GDAL's OSR on the driver ({@code io.gdal.Crs.units}) and travel with the plan.
 * Immutable.
 *
 * <pre>{@code
 * CrsUnits utm = CrsUnits.projected(1);                         // metres
 * CrsUnits ftUs = CrsUnits.projected(0.304800609601219);        // US survey feet
 * CrsUnits wgs84 = CrsUnits.degrees(Ellipsoid.WGS84);
 * }</pre>
 */
public record CrsUnits(boolean geographic, double unitFactor, Ellipsoid ellipsoid) implements Serializable {

    /** A projected CRS whose unit is {@code metresPerUnit} metres. */
    public static CrsUnits projected(double metresPerUnit) {
        return new CrsUnits(false, metresPerUnit, null);
    }

    /** A geographic CRS in degrees on {@code ellipsoid}. */
    public static CrsUnits degrees(Ellipsoid ellipsoid) {
        return geographic(Math.PI / 180, ellipsoid);
    }

    /** A geographic CRS whose unit is {@code radiansPerUnit} radians, on {@code ellipsoid}. */
    public static CrsUnits geographic(double radiansPerUnit, Ellipsoid ellipsoid) {
        return new CrsUnits(true, radiansPerUnit, ellipsoid);
    }

    public CrsUnits {
        if (!(unitFactor > 0)) {
            throw new IllegalArgumentException("unit factor must be positive, got " + unitFactor);
        }
        if (geographic && ellipsoid == null) {
            throw new IllegalArgumentException("a geographic CRS needs an ellipsoid");
        }
    }

    /**
     * The area in m2 of a small figure measuring {@code area} squared CRS units located at {@code y} (for a geographic
     * CRS the latitude in CRS units; ignored for a projected one). Geographic areas use the ellipsoid's local scale
     * M N cos(phi) at that latitude, exact in the limit of small figures; use it for reports (overlaps, gaps), not
     * for pixel areas ({@link PixelArea} integrates rows exactly).
     */
    public double areaM2(double area, double y) {
        if (!geographic) {
            return area * unitFactor * unitFactor;
        }
        double phi = y * unitFactor;
        double s = Math.sin(phi);
        double w = 1 - ellipsoid.e2() * s * s;
        double a = ellipsoid.a();
        return area * unitFactor * unitFactor * a * a * (1 - ellipsoid.e2()) * Math.cos(phi) / (w * w);
    }
}
