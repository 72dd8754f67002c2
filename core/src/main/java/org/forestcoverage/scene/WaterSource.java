package org.forestcoverage.scene;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Where a scene's water comes from besides its quality band's water flag ({@link MaskRule#WATER}): nothing more, a
 * normalised-difference water index of two of its bands, or a water layer the user supplies. A pixel is water when
 * either its quality band or this source says so; water is observed land-cover but neither forest nor non-forest, so
 * coverage is stated over land.
 *
 * <pre>{@code
 * WaterSource w = new WaterSource.Index(WaterSource.IndexKind.MNDWI, green, swir, greenCal, swirCal, 0.0);
 * WaterSource l = new WaterSource.Layer("lakes.gpkg", WaterSource.LayerKind.VECTOR, 1, List.of());
 * }</pre>
 *
 * Immutable and serialisable.
 */
public sealed interface WaterSource extends Serializable {

    /** No water beyond the quality band's flag. */
    WaterSource NONE = new None();

    /** A one-line account for the run's record, e.g. {@code MNDWI > 0 (green B3, SWIR B6)}. */
    String describe();

    /** No extra water source. */
    record None() implements WaterSource {
        @Override
        public String describe() {
            return "none";
        }
    }

    /** The two water indices. */
    enum IndexKind {
        /** Modified NDWI, (green - SWIR1) / (green + SWIR1) (Xu 2006, Int. J. Remote Sensing 27(14):3025-3033). */
        MNDWI("swir"),
        /** NDWI, (green - NIR) / (green + NIR) (McFeeters 1996, Int. J. Remote Sensing 17(7):1425-1432). */
        NDWI("nir");

        private final String otherBand;

        IndexKind(String otherBand) {
            this.otherBand = otherBand;
        }

        /** The manifest name of the band paired with green: {@code swir} or {@code nir}. */
        public String otherBand() {
            return otherBand;
        }

        /** The name in manifests and records: {@code mndwi}, {@code ndwi}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Water where {@code (green - other) / (green + other) > threshold} in reflectance, other being SWIR1 (MNDWI) or
     * NIR (NDWI); a pixel where either band is nodata (the scene's nodata, else the band's own) or where
     * {@code green + other <= 0} cannot be decided and is unobserved.
     *
     * @param threshold index above which a pixel is water, in (-1, 1); 0 in both papers
     */
    record Index(IndexKind kind, BandRef green, BandRef other, Calibration greenCalibration,
                 Calibration otherCalibration, double threshold) implements WaterSource {
        public Index {
            if (!(threshold > -1 && threshold < 1)) {
                throw new IllegalArgumentException("water index threshold must be in (-1, 1), got " + threshold);
            }
        }

        @Override
        public String describe() {
            return kind + " > " + plain(threshold) + " (green " + name(green) + ", " + kind.otherBand + " "
                    + name(other) + ")";
        }
    }

    /** How a water layer is stored. */
    enum LayerKind { VECTOR, RASTER }

    /**
     * A water layer: polygons of a vector file (a pixel whose centre is inside one is water), or band {@code band} of
     * a raster whose {@code values} are water (empty: any value but 0 and the band's nodata).
     */
    record Layer(String path, LayerKind kind, int band, List<Integer> values) implements WaterSource {
        public Layer {
            if (path == null || path.isBlank()) {
                throw new IllegalArgumentException("water layer path is empty");
            }
            values = List.copyOf(values);
        }

        @Override
        public String describe() {
            return "water layer " + path + (kind == LayerKind.VECTOR ? " (polygons, pixel centres inside)"
                    : " (raster band " + band + ", " + (values.isEmpty() ? "any value but 0 and nodata" : "values "
                    + values) + ")");
        }
    }

    private static String name(BandRef b) {
        String p = b.path();
        int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        return p.substring(slash + 1) + (b.band() == 1 ? "" : "#" + b.band());
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
