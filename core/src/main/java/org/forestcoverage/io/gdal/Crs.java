package org.forestcoverage.io.gdal;

import org.gdal.osr.CoordinateTransformation;
import org.gdal.osr.SpatialReference;
import org.gdal.osr.osr;

/**
 * Coordinate reference systems through GDAL's OSR: parsing user input ({@code EPSG:4326}, WKT, PROJ strings)
 * into WKT, equality, and point transformation in traditional GIS axis order (x = easting/longitude).
 */
public final class Crs {
    private Crs() {
    }

    /** A SpatialReference in x/y (lon/lat) axis order from any definition GDAL accepts. */
    public static SpatialReference parse(String definition) {
        GdalRuntime.ensure();
        SpatialReference srs = new SpatialReference();
        try {
            if (srs.SetFromUserInput(definition) != 0) {
                throw new IllegalArgumentException("unknown CRS '" + abbreviate(definition) + "'");
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown CRS '" + abbreviate(definition) + "': " + e.getMessage(), e);
        }
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER);
        return srs;
    }

    /** WKT of a CRS definition. */
    public static String toWkt(String definition) {
        return parse(definition).ExportToWkt();
    }

    /** True when both definitions describe the same CRS. */
    public static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return parse(a).IsSame(parse(b)) == 1;
    }

    /** True when the CRS is geographic (degrees). */
    public static boolean isGeographic(String definition) {
        return parse(definition).IsGeographic() == 1;
    }

    /** Short name such as {@code EPSG:32650}, or the CRS name. */
    public static String label(String wkt) {
        if (wkt == null || wkt.isEmpty()) {
            return "(no CRS)";
        }
        SpatialReference s = parse(wkt);
        s.AutoIdentifyEPSG();
        String code = s.GetAuthorityCode(null);
        String auth = s.GetAuthorityName(null);
        return code != null && auth != null ? auth + ":" + code : s.GetName();
    }

    /** A transformation between two CRSs; close it with {@code delete()}. */
    public static CoordinateTransformation transformation(String from, String to) {
        return CoordinateTransformation.CreateCoordinateTransformation(parse(from), parse(to));
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
