package org.forestcoverage.stac;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.BandRole;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.SceneProvenance;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.scene.WaterSource;
import org.forestcoverage.sensor.Excerpt;
import org.forestcoverage.sensor.SceneRequest;
import org.forestcoverage.sensor.SensorException;
import org.forestcoverage.sensor.Sensors;

/**
 * A STAC item turned into a scene of the matching preset: Landsat Collection 2 Level-2 ({@code landsat-c2-l2} for
 * Landsat 8/9, {@code landsat-c2-l2-tm} for 4/5/7) or Sentinel-2 L2A ({@code sentinel-2-l2a}).
 *
 * <pre>{@code
 * StacItem item = StacItem.parse(json, "items/LC08_L2SP_123032_20200815_02_T1.json");
 * SceneSpec s = StacScenes.spec(item, StacScenes.Entry.of(item));
 * }</pre>
 *
 * <p>Assets are found by their {@code eo:bands} common name or band name (red: {@code red} / {@code B04},
 * {@code SR_B4}; NIR: {@code nir} / {@code B08}, or {@code nir08} / {@code B8A} with {@code useB8A}, {@code nir08}
 * / {@code SR_B5} on Landsat; green: {@code green}; SWIR1: {@code swir16}), or by key; previews ({@code visual},
 * {@code overview}, {@code thumbnail}) are skipped. The quality band is the {@code qa_pixel} (Landsat) or {@code scl}
 * (Sentinel-2) asset, the product metadata the {@code mtl.txt}/{@code mtl.xml} or {@code product_metadata} asset.
 *
 * <p>Scaling: the preset's, from the product metadata when it is a local file (else from the Landsat file-name
 * constants or the item's {@code s2:processing_baseline}); every {@code raster:bands} scale and offset of the bands
 * used must agree with it, or the item is refused naming both values (catalogues have applied the baseline-04.00
 * offset twice or not at all). Where neither metadata nor a convention gives the scaling, the item's
 * {@code raster:bands} are used, and the run's record says they were not checked. An Earth Search item whose
 * {@code earthsearch:boa_offset_applied} is true holds offset-corrected DNs: offset 0. Thread-safe.
 */
public final class StacScenes {
    /** Relative tolerance on scale, absolute on offset, when comparing raster:bands with the metadata. */
    private static final double TOLERANCE = 1e-6;

    private StacScenes() {
    }

    /**
     * What a manifest entry adds to its item.
     *
     * @param year    analysis year, or {@code null} for the item's
     * @param id      scene id, or {@code null} for the item's
     * @param sensor  the preset the entry names, or {@code null}; must match the item's product
     * @param useB8A  Sentinel-2: NIR from B8A
     * @param water   the water source asked for, or {@code null}
     * @param options any other preset option of the entry (mask flags, mask values...)
     */
    public record Entry(Integer year, String id, String sensor, boolean useB8A, SceneRequest.Water water,
                        Consumer<SceneRequest.Builder> options) {
        /** The item as it is: no overrides. */
        public static Entry of(StacItem item) {
            return new Entry(null, null, null, false, null, b -> { });
        }
    }

    /** The products a STAC item can be. */
    private enum Kind {
        LANDSAT_OLI("landsat-c2-l2"), LANDSAT_TM("landsat-c2-l2-tm"), SENTINEL2("sentinel-2-l2a");

        final String sensor;

        Kind(String sensor) {
            this.sensor = sensor;
        }
    }

    /** A band found in the item: its asset, the band in it, and that band's raster:bands entry (may be absent). */
    private record Found(StacAsset asset, int band, StacAsset.RasterBand raster) {
        BandRef ref() {
            return new BandRef(asset.href(), band);
        }
    }

    /**
     * The scene of {@code item} with the entry's options.
     *
     * @throws StacException when the item is not a product the presets read, lacks a band, or its raster:bands
     *                       disagree with the product's metadata
     * @throws SensorException when the preset refuses the scene
     */
    public static SceneSpec spec(StacItem item, Entry entry) {
        Kind kind = kind(item);
        String where = "STAC item " + item.location() + " (" + item.id() + ")";
        if (entry.sensor() != null && !entry.sensor().strip().equalsIgnoreCase(kind.sensor)) {
            throw new StacException(where + " is a " + describe(kind) + " product, for sensor " + kind.sensor
                    + ", but the entry says sensor " + Excerpt.of(entry.sensor()) + "; drop 'sensor' or correct it");
        }
        Map<BandRole, Found> bands = new EnumMap<>(BandRole.class);
        bands.put(BandRole.RED, find(item, where, kind, BandRole.RED, entry.useB8A()));
        bands.put(BandRole.NIR, find(item, where, kind, BandRole.NIR, entry.useB8A()));
        if (entry.water() != null && entry.water().index() != null) {
            bands.put(BandRole.GREEN, find(item, where, kind, BandRole.GREEN, entry.useB8A()));
            if (entry.water().index().strip().equalsIgnoreCase("mndwi")) {
                bands.put(BandRole.SWIR, find(item, where, kind, BandRole.SWIR, entry.useB8A()));
            }
        }
        SceneRequest.Builder b = SceneRequest.builder(kind.sensor, entry.year() != null ? entry.year() : item.year(),
                entry.id() != null ? entry.id() : item.id());
        entry.options().accept(b);
        b.useB8A(entry.useB8A()).water(entry.water());
        bands.forEach((role, f) -> b.band(role, f.ref()));
        quality(item, kind).ifPresent(b::quality);
        Optional<StacAsset> metadata = metadata(item, kind);
        boolean reachable = metadata.isPresent() && !BandRef.isRemote(metadata.get().href())
                && Files.isRegularFile(Path.of(metadata.get().href()));
        if (reachable) {
            b.metadata(metadata.get().href());
        } else if (kind == Kind.SENTINEL2 && item.processingBaseline() != null) {
            b.baseline(item.processingBaseline());
        }
        if (kind == Kind.SENTINEL2 && Boolean.TRUE.equals(item.boaOffsetApplied())) {
            b.boaAddOffset(0.0);          // the item's DNs already carry BOA_ADD_OFFSET
        }
        String unchecked = metadata.isEmpty() ? "the item has no product metadata asset"
                : "its product metadata " + metadata.get().href() + " is not a local file";
        SceneSpec spec;
        try {
            spec = Sensors.sceneSpec(b.build());
        } catch (SensorException e) {
            if (!allScaled(bands)) {
                throw e;
            }
            // neither metadata nor a convention: the item's own raster:bands, recorded as unchecked
            bands.forEach((role, f) -> b.bandScaling(role, f.raster().scale(), f.raster().offset()));
            spec = Sensors.sceneSpec(b.build());
            List<String> used = new ArrayList<>();
            bands.forEach((role, f) -> used.add(role.key() + " DN x " + f.raster().scale() + " + " + f.raster().offset()));
            return withScaling(spec, item, "the STAC item's raster:bands, not checked (" + unchecked + "): "
                    + String.join(", ", used));
        }
        List<String> checked = new ArrayList<>();
        for (Map.Entry<BandRole, Found> e : bands.entrySet()) {
            StacAsset.RasterBand rb = e.getValue().raster();
            if (rb == null || (rb.scale() == null && rb.offset() == null)) {
                continue;
            }
            Calibration used = calibration(spec, e.getKey());
            double scale = rb.scale() == null ? 1 : rb.scale();
            double offset = rb.offset() == null ? 0 : rb.offset();
            boolean scaleOk = Math.abs(scale - used.scale()) <= TOLERANCE * used.scale();
            boolean offsetOk = Math.abs(offset - used.offset()) <= TOLERANCE * Math.max(used.scale(), 1e-4);
            if (!scaleOk || !offsetOk) {
                throw new StacException(where + ": asset \"" + e.getValue().asset().key() + "\" raster:bands "
                        + (offsetOk ? "scale " + plain(scale) : "offset " + plain(offset)
                        + (scaleOk ? "" : " and scale " + plain(scale))) + " disagree" + (offsetOk != scaleOk ? "s" : "")
                        + " with the product metadata, which gives " + (offsetOk ? "scale " + plain(used.scale())
                        : "offset " + plain(used.offset()) + (scaleOk ? "" : " and scale " + plain(used.scale())))
                        + " (" + spec.provenance().scaling() + ")" + hint(kind, item)
                        + "; correct the item, or name the scene by its product metadata instead of 'stac'");
            }
            checked.add(e.getKey().key());
        }
        String p = spec.provenance().scaling();
        return withScaling(spec, item, checked.isEmpty() ? (reachable ? p
                : p + "; product metadata not read: " + unchecked)
                : p + "; agrees with the STAC item's raster:bands of " + String.join(", ", checked)
                + (reachable ? "" : " (product metadata not read: " + unchecked + ")"));
    }

    private static String hint(Kind kind, StacItem item) {
        if (kind != Kind.SENTINEL2) {
            return "";
        }
        return " (processing baseline " + item.processingBaseline() + (item.boaOffsetApplied() == null ? ""
                : ", earthsearch:boa_offset_applied " + item.boaOffsetApplied()) + ": from 04.00 on the offset is "
                + "-1000 / 10000 = -0.1 unless the DNs already carry it)";
    }

    private static boolean allScaled(Map<BandRole, Found> bands) {
        return bands.values().stream().allMatch(f -> f.raster() != null && f.raster().scale() != null
                && f.raster().offset() != null);
    }

    private static Calibration calibration(SceneSpec spec, BandRole role) {
        return switch (role) {
            case RED -> spec.redCalibration();
            case NIR -> spec.nirCalibration();
            case GREEN -> ((WaterSource.Index) spec.water()).greenCalibration();
            case SWIR -> ((WaterSource.Index) spec.water()).otherCalibration();
        };
    }

    /** The scene with its scaling's record, acquired on the product metadata's date, else the item's datetime. */
    private static SceneSpec withScaling(SceneSpec spec, StacItem item, String scaling) {
        SceneProvenance p = spec.provenance();
        return spec.with(spec.quality(), spec.water(), new SceneProvenance(scaling, p.mask(), p.water()))
                .acquiredOn(spec.acquired() != null ? spec.acquired() : item.date());
    }

    private static Kind kind(StacItem item) {
        String platform = lower(item.platform());
        String collection = lower(item.collection());
        String id = item.id().toUpperCase(Locale.ROOT);
        String where = "STAC item " + item.location() + " (" + item.id() + ")";
        if (platform.startsWith("sentinel-2") || lower(item.constellation()).startsWith("sentinel-2")
                || collection.startsWith("sentinel-2") || id.startsWith("S2")) {
            String type = lower(item.productType());
            if (type.contains("1c") || collection.contains("l1c") || id.contains("MSIL1C") || id.endsWith("_L1C")) {
                throw new StacException(where + " is a Sentinel-2 Level-1C product; the sentinel-2-l2a preset reads "
                        + "Level-2A (bottom-of-atmosphere reflectance)");
            }
            return Kind.SENTINEL2;
        }
        int mission = landsatMission(platform, id);
        if (mission > 0) {
            String correction = item.landsatCorrection() == null ? "" : item.landsatCorrection().toUpperCase(Locale.ROOT);
            // the item's own word first: landsat:correction, else the collection, else the product id
            boolean level2 = !correction.isEmpty() ? correction.startsWith("L2")
                    : !collection.isEmpty() ? collection.contains("l2") : id.matches("L[COTE]0\\d_L2.*");
            if (!level2) {
                throw new StacException(where + " is a Landsat Level-1 product (" + (correction.isEmpty() ? item.id()
                        : "landsat:correction " + correction) + "); STAC items are read for Collection 2 Level-2, use "
                        + "sensor landsat-l1-toa with the scene's MTL for Level-1");
            }
            if (mission < 4) {
                throw new StacException(where + " is a Landsat " + mission + " MSS product, which has no red/NIR "
                        + "surface reflectance the presets read");
            }
            return mission >= 8 ? Kind.LANDSAT_OLI : Kind.LANDSAT_TM;
        }
        throw new StacException(where + ": platform '" + Excerpt.of(item.platform()) + "', collection '"
                + Excerpt.of(item.collection()) + "' is neither Landsat Collection 2 Level-2 nor Sentinel-2 L2A, the "
                + "products read from STAC items; use a manifest entry with sensor generic");
    }

    private static int landsatMission(String platform, String id) {
        String p = platform.replaceAll("[^a-z0-9]", "");
        if (p.matches("landsat\\d")) {
            return p.charAt(p.length() - 1) - '0';
        }
        if (id.matches("L[COTEM]0\\d_.*")) {
            return id.charAt(3) - '0';
        }
        return 0;
    }

    private static String describe(Kind kind) {
        return switch (kind) {
            case LANDSAT_OLI -> "Landsat 8/9 Collection 2 Level-2";
            case LANDSAT_TM -> "Landsat 4/5/7 Collection 2 Level-2";
            case SENTINEL2 -> "Sentinel-2 L2A";
        };
    }

    /** Common names and band names of a role in a product. */
    private static List<List<String>> names(Kind kind, BandRole role, boolean b8a) {
        return switch (kind) {
            case SENTINEL2 -> switch (role) {
                case RED -> List.of(List.of("red"), List.of("B04"));
                case NIR -> b8a ? List.of(List.of("nir08"), List.of("B8A")) : List.of(List.of("nir"), List.of("B08"));
                case GREEN -> List.of(List.of("green"), List.of("B03"));
                case SWIR -> List.of(List.of("swir16"), List.of("B11"));
            };
            case LANDSAT_OLI -> switch (role) {
                case RED -> List.of(List.of("red"), List.of("SR_B4", "B4"));
                case NIR -> List.of(List.of("nir08", "nir"), List.of("SR_B5", "B5"));
                case GREEN -> List.of(List.of("green"), List.of("SR_B3", "B3"));
                case SWIR -> List.of(List.of("swir16"), List.of("SR_B6", "B6"));
            };
            case LANDSAT_TM -> switch (role) {
                case RED -> List.of(List.of("red"), List.of("SR_B3", "B3"));
                case NIR -> List.of(List.of("nir08", "nir"), List.of("SR_B4", "B4"));
                case GREEN -> List.of(List.of("green"), List.of("SR_B2", "B2"));
                case SWIR -> List.of(List.of("swir16"), List.of("SR_B5", "B5"));
            };
        };
    }

    /**
     * The asset of a role: among non-preview assets whose eo:bands hold the role's common or band name, the one whose
     * key is that name, else the first; an asset keyed by the name without eo:bands also counts (band 1).
     */
    private static Found find(StacItem item, String where, Kind kind, BandRole role, boolean b8a) {
        List<List<String>> n = names(kind, role, b8a);
        List<String> keys = new ArrayList<>(n.get(0));
        keys.addAll(n.get(1));
        Found first = null;
        for (StacAsset a : item.assets()) {
            if (a.preview()) {
                continue;
            }
            Optional<Integer> band = a.bandOf(n.get(0), n.get(1));
            if (band.isEmpty() && a.eoBands().isEmpty() && keys.stream().anyMatch(k -> k.equalsIgnoreCase(a.key()))) {
                band = Optional.of(1);
            }
            if (band.isEmpty()) {
                continue;
            }
            Found f = new Found(a, band.get(), a.rasterBand(band.get()).orElse(null));
            if (keys.stream().anyMatch(k -> k.equalsIgnoreCase(a.key()))) {
                return f;
            }
            if (first == null) {
                first = f;
            }
        }
        if (first == null) {
            throw new StacException(where + " has no " + role.key() + " band: no asset with eo:bands common name "
                    + n.get(0) + " or name " + n.get(1) + " (assets: " + item.assets().stream().map(StacAsset::key)
                    .toList() + ")");
        }
        return first;
    }

    private static Optional<BandRef> quality(StacItem item, Kind kind) {
        String key = kind == Kind.SENTINEL2 ? "scl" : "qa_pixel";
        Optional<StacAsset> a = item.asset(key);
        if (a.isEmpty()) {
            a = item.assets().stream().filter(x -> x.bandOf(List.of(), List.of(key.toUpperCase(Locale.ROOT)))
                    .isPresent()).findFirst();
        }
        return a.map(x -> new BandRef(x.href(), 1));
    }

    private static Optional<StacAsset> metadata(StacItem item, Kind kind) {
        if (kind == Kind.SENTINEL2) {
            return item.asset("product_metadata").or(() -> item.asset("product-metadata"))
                    .or(() -> item.assets().stream().filter(a -> a.href().endsWith("MTD_MSIL2A.xml")).findFirst());
        }
        return item.asset("mtl.txt").or(() -> item.asset("mtl.xml"))
                .or(() -> item.assets().stream().filter(a -> a.href().toUpperCase(Locale.ROOT).endsWith("_MTL.TXT"))
                        .findFirst());
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
