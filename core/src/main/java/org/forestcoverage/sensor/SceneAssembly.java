package org.forestcoverage.sensor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.BandRole;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.MaskRule;
import org.forestcoverage.scene.SceneProvenance;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.scene.WaterSource;

/**
 * Puts a scene together from what its manifest entry states and what its {@link Product} knows, one rule for every
 * preset. Package-private; thread-safe (stateless).
 *
 * <p>A band is the entry's, else the product's. A band's scaling is, first found: the scale and offset stated on the
 * band in the manifest; the entry's {@code scale}/{@code offset}; the product's (metadata, file-name conventions);
 * the identity when {@code allowRawDn} is set; otherwise the scene is refused with the product's reason. Water is the
 * quality band's flag, plus the entry's water index or layer.
 */
final class SceneAssembly {
    private SceneAssembly() {
    }

    static SceneSpec assemble(SensorPreset preset, Product p, SceneRequest r) {
        BandRef red = band(p, r, BandRole.RED);
        BandRef nir = band(p, r, BandRole.NIR);
        Map<BandRole, Product.Scaling> scalings = new EnumMap<>(BandRole.class);
        scalings.put(BandRole.RED, scaling(p, r, BandRole.RED, red));
        scalings.put(BandRole.NIR, scaling(p, r, BandRole.NIR, nir));
        Product.Quality q = p.quality();
        WaterSource water = WaterSource.NONE;
        if (r.water() != null) {
            water = water(p, r, nir, scalings);
        }
        String waterText = waterText(q, water);
        SceneProvenance provenance = new SceneProvenance(p.describe(scalings), q == null ? "none" : q.mask(),
                waterText);
        return new SceneSpec(r.id(), r.year(), preset.id(), red, nir, scalings.get(BandRole.RED).calibration(),
                scalings.get(BandRole.NIR).calibration(), p.nodata(), q == null ? null : q.band(), water, provenance,
                p.acquired().orElse(null));
    }

    private static BandRef band(Product p, SceneRequest r, BandRole role) {
        BandRef b = r.band(role);
        if (b == null) {
            b = p.band(role).orElse(null);
        }
        if (b == null) {
            throw role == BandRole.RED || role == BandRole.NIR ? p.missingBand(role) : new SensorException(r.context()
                    + ": the water index needs a " + role.key() + " band: state \"" + role.key() + "\": {\"file\": "
                    + "...}" + (r.metadata() == null ? ", or 'metadata' (the product's metadata names it)" : ""));
        }
        p.check(role, b);
        return b;
    }

    private static Product.Scaling scaling(Product p, SceneRequest r, BandRole role, BandRef b) {
        Optional<SceneRequest.Stated> stated = r.stated(role);
        if (stated.isPresent()) {
            return new Product.Scaling(stated.get().calibration(), stated.get().perBand()
                    ? "stated in the manifest on \"" + role.key() + "\"" : "stated in the manifest (scale, offset)");
        }
        Optional<Product.Scaling> own = p.scaling(role, b);
        if (own.isPresent()) {
            return own.get();
        }
        if (r.allowRawDn()) {
            return new Product.Scaling(Calibration.IDENTITY, "raw digital numbers (allowRawDn)");
        }
        throw p.unknownScaling(role, b);
    }

    private static WaterSource water(Product p, SceneRequest r, BandRef nir, Map<BandRole, Product.Scaling> scalings) {
        SceneRequest.Water w = r.water();
        String ctx = r.context();
        if (w.layer() != null) {
            String path = r.resolve(w.layer());
            WaterSource.LayerKind kind = layerKind(ctx, path, w.layerKind());
            int band = w.layerBand() == null ? 1 : w.layerBand();
            if (band < 1) {
                throw new SensorException(ctx + ": field 'water': 'band' must be >= 1, got " + band);
            }
            if (kind == WaterSource.LayerKind.VECTOR && (w.layerBand() != null || !w.layerValues().isEmpty())) {
                throw new SensorException(ctx + ": field 'water': 'band' and 'values' apply to a raster layer, and "
                        + path + " is a vector layer");
            }
            return new WaterSource.Layer(path, kind, band, w.layerValues());
        }
        WaterSource.IndexKind kind;
        try {
            kind = WaterSource.IndexKind.valueOf(w.index().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SensorException(ctx + ": field 'water': unknown index '" + Excerpt.of(w.index()) + "'; use "
                    + "mndwi ((green - SWIR1) / (green + SWIR1), Xu 2006) or ndwi ((green - NIR) / (green + NIR), "
                    + "McFeeters 1996)");
        }
        double threshold = w.threshold() == null ? 0 : w.threshold();
        if (!(threshold > -1 && threshold < 1)) {
            throw new SensorException(ctx + ": field 'water': 'threshold' must be in (-1, 1), got " + threshold);
        }
        BandRef green = band(p, r, BandRole.GREEN);
        scalings.put(BandRole.GREEN, scaling(p, r, BandRole.GREEN, green));
        BandRef other = nir;
        if (kind == WaterSource.IndexKind.MNDWI) {
            other = band(p, r, BandRole.SWIR);
            scalings.put(BandRole.SWIR, scaling(p, r, BandRole.SWIR, other));
        }
        return new WaterSource.Index(kind, green, other, scalings.get(BandRole.GREEN).calibration(),
                scalings.get(kind == WaterSource.IndexKind.MNDWI ? BandRole.SWIR : BandRole.NIR).calibration(),
                threshold);
    }

    /** Raster and vector formats told by their extension; anything else needs {@code "kind"}. */
    private static WaterSource.LayerKind layerKind(String ctx, String path, String stated) {
        if (stated != null) {
            try {
                return WaterSource.LayerKind.valueOf(stated.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new SensorException(ctx + ": field 'water': 'kind' must be vector or raster, got '"
                        + Excerpt.of(stated) + "'");
            }
        }
        String name = ProductNames.fileName(path).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "tif", "tiff", "vrt", "img", "jp2", "nc", "hdf", "asc", "bil" -> WaterSource.LayerKind.RASTER;
            case "shp", "geojson", "json", "gpkg", "kml", "gml", "fgb", "sqlite", "gdb", "tab", "csv" ->
                    WaterSource.LayerKind.VECTOR;
            default -> throw new SensorException(ctx + ": field 'water': cannot tell from its name whether " + path
                    + " is a vector or a raster layer; add \"kind\": \"vector\" or \"kind\": \"raster\"");
        };
    }

    private static String waterText(Product.Quality q, WaterSource water) {
        List<String> parts = new ArrayList<>();
        if (q != null && q.waterFlag() != null) {
            parts.add(q.waterFlag());
        }
        if (water != WaterSource.NONE) {
            parts.add(water.describe());
        }
        return parts.isEmpty() ? "none: water counts as land (state \"water\" to tell it apart)"
                : String.join(" or ", parts);
    }

    /** The water flag a quality rule reports, in words, or null when it reports none. */
    static String waterFlag(MaskRule rule, String how) {
        boolean reports = true;
        if (rule instanceof MaskRule.Bits b) {
            reports = b.waterBits() != 0;
        } else if (rule instanceof MaskRule.Classes c) {
            reports = !c.water().isEmpty();
        } else if (rule instanceof BitFieldMask f) {
            reports = !f.waterFields().isEmpty();
        }
        return reports ? how : null;
    }

    /** The scalings in one line: the source once when the bands share it, with each band's scale and offset. */
    static String describe(Map<BandRole, Product.Scaling> scalings) {
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        for (Map.Entry<BandRole, Product.Scaling> e : scalings.entrySet()) {
            Calibration c = e.getValue().calibration();
            bySource.computeIfAbsent(e.getValue().source(), k -> new ArrayList<>()).add(e.getKey().key() + " DN x "
                    + c.scale() + " + " + c.offset());
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : bySource.entrySet()) {
            parts.add(e.getKey() + ": " + String.join(", ", e.getValue()));
        }
        return String.join("; ", parts);
    }
}
