package org.forestcoverage.io.gdal;

import java.util.List;
import java.util.OptionalInt;
import java.util.Vector;
import org.forestcoverage.coverage.CrsUnits;
import org.forestcoverage.coverage.Ellipsoid;
import org.gdal.osr.SpatialReference;
import org.gdal.osr.osr;

/**
 * Facts about coordinate reference systems from GDAL's OSR, as plain values: WKT, equality, geographic or not, the
 * units a grid measures in, a short label, and point transformation in traditional GIS axis order (x = easting or
 * longitude). Every OSR object is created, used and deleted inside one call: nothing of OSR leaves this class.
 *
 * <pre>{@code
 * String wkt = Crs.toWkt("EPSG:32650");
 * CrsUnits u = Crs.units(wkt);                                   // projected, 1 metre per unit
 * double[][] xy = Crs.transform("EPSG:4326", wkt, lons, lats);   // NaN where a point cannot be transformed
 * }</pre>
 *
 * <p>Definitions are anything {@code OSRSetFromUserInput} accepts (EPSG codes, WKT1/WKT2, PROJ strings, URNs). An
 * unknown one gives an {@link IllegalArgumentException} naming it. Thread-safe (no shared state).
 */
public final class Crs {
    private Crs() {
    }

    /** An OSR object that is deleted on close, in x/y (lon/lat) axis order. */
    private static final class Srs implements AutoCloseable {
        final SpatialReference ref;

        Srs(String definition) {
            GdalRuntime.ensure();
            SpatialReference s = new SpatialReference();
            try {
                // OSR refuses WKT with leading blanks as corrupt
                if (s.SetFromUserInput(definition.strip()) != 0) {
                    throw new IllegalArgumentException("unknown CRS '" + abbreviate(definition) + "'");
                }
            } catch (RuntimeException e) {
                s.delete();
                throw e instanceof IllegalArgumentException i ? i
                        : new IllegalArgumentException("unknown CRS '" + abbreviate(definition) + "': " + e.getMessage(), e);
            }
            s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER);
            this.ref = s;
        }

        @Override
        public void close() {
            ref.delete();
        }
    }

    /** WKT of a CRS definition. */
    public static String toWkt(String definition) {
        try (Srs s = new Srs(definition)) {
            return s.ref.ExportToWkt();
        }
    }

    /** The CRS as WKT2 (ISO 19162:2019, what the STAC projection extension's {@code proj:wkt2} holds). */
    public static String toWkt2(String definition) {
        try (Srs s = new Srs(definition)) {
            String[] wkt = new String[1];
            if (s.ref.ExportToWkt(wkt, new Vector<>(List.of("FORMAT=WKT2_2019"))) != 0 || wkt[0] == null) {
                throw new IllegalArgumentException("cannot export '" + abbreviate(definition) + "' as WKT2");
            }
            return wkt[0];
        }
    }

    /** The CRS's EPSG code ({@code 32650}), or empty when it has none (a custom projection). */
    public static OptionalInt epsgCode(String definition) {
        try (Srs s = new Srs(definition)) {
            if (!"EPSG".equalsIgnoreCase(s.ref.GetAuthorityName(null))) {
                try {
                    s.ref.AutoIdentifyEPSG();
                } catch (RuntimeException e) {
                    return OptionalInt.empty();   // OSR's "Unsupported SRS": a projection EPSG has no code for
                }
            }
            String code = s.ref.GetAuthorityCode(null);
            if (!"EPSG".equalsIgnoreCase(s.ref.GetAuthorityName(null)) || code == null) {
                return OptionalInt.empty();
            }
            try {
                return OptionalInt.of(Integer.parseInt(code));
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        }
    }

    /** True when both definitions describe the same CRS (either may be any accepted definition). */
    public static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        try (Srs x = new Srs(a); Srs y = new Srs(b)) {
            return x.ref.IsSame(y.ref) == 1;
        }
    }

    /** True when the CRS is geographic (longitude/latitude). */
    public static boolean isGeographic(String definition) {
        try (Srs s = new Srs(definition)) {
            return s.ref.IsGeographic() == 1;
        }
    }

    /**
     * What one unit of the CRS measures: metres per unit of a projected CRS (its own length unit, e.g. the US survey
     * foot), or radians per unit and the ellipsoid of a geographic one.
     *
     * @throws IllegalArgumentException when the definition is empty, unknown, or neither projected nor geographic
     */
    public static CrsUnits units(String definition) {
        if (definition == null || definition.isBlank()) {
            throw new IllegalArgumentException("the grid has no CRS: pixel areas need one");
        }
        try (Srs s = new Srs(definition)) {
            if (s.ref.IsProjected() == 1) {
                return CrsUnits.projected(s.ref.GetLinearUnits());
            }
            if (s.ref.IsGeographic() == 1) {
                return CrsUnits.geographic(s.ref.GetAngularUnits(),
                        new Ellipsoid(s.ref.GetSemiMajor(), s.ref.GetInvFlattening()));
            }
            throw new IllegalArgumentException("unsupported CRS '" + name(s.ref) + "': need a projected or geographic CRS");
        }
    }

    /** The version of the PROJ library GDAL uses, e.g. {@code 9.1.1}. */
    public static String projVersion() {
        GdalRuntime.ensure();
        return org.gdal.osr.osr.GetPROJVersionMajor() + "." + org.gdal.osr.osr.GetPROJVersionMinor() + "."
                + org.gdal.osr.osr.GetPROJVersionMicro();
    }

    /** Short name such as {@code EPSG:32650}, or the CRS name; {@code (no CRS)} for an empty definition. */
    public static String label(String definition) {
        if (definition == null || definition.isEmpty()) {
            return "(no CRS)";
        }
        try (Srs s = new Srs(definition)) {
            try {
                s.ref.AutoIdentifyEPSG();
            } catch (RuntimeException e) {
                // OSR's "Unsupported SRS" for a projection without an EPSG code: its name is the label
            }
            return name(s.ref);
        }
    }

    private static String name(SpatialReference s) {
        String code = s.GetAuthorityCode(null);
        String auth = s.GetAuthorityName(null);
        return code != null && auth != null ? auth + ":" + code : s.GetName();
    }

    /**
     * Transforms points from {@code fromCrs} to {@code toCrs}; returns {@code {xs, ys}}. A point GDAL cannot transform,
     * or that comes out non-finite, is NaN in both arrays. Identical CRSs copy the points unchanged.
     *
     * @throws IllegalArgumentException when either CRS is unknown to GDAL (the message names it) or there is no
     *                                  transformation between them
     */
    public static double[][] transform(String fromCrs, String toCrs, double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException(xs.length + " x values but " + ys.length + " y values");
        }
        double[] ox = xs.clone();
        double[] oy = ys.clone();
        if (same(fromCrs, toCrs)) {
            return new double[][] {ox, oy};
        }
        try (ProjTransform t = ProjTransform.between(fromCrs, toCrs)) {
            t.transform(ox, oy, ox.length);
        }
        return new double[][] {ox, oy};
    }

    /** Runs {@code use} with an OSR SpatialReference for {@code definition}, deleted afterwards (this package only). */
    static <T> T with(String definition, java.util.function.Function<SpatialReference, T> use) {
        try (Srs s = new Srs(definition)) {
            return use.apply(s.ref);
        }
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
