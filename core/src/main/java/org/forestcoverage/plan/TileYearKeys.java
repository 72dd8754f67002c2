package org.forestcoverage.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.forestcoverage.coverage.PixelArea;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.kernel.ForestClassifier;
import org.forestcoverage.raster.Resampling;
import org.forestcoverage.zones.Zoner;

/**
 * The key of each (tile, year) result of a plan, for a results store: SHA-256 over the plan's parts that decide the
 * year's sums and the SHA-256 of every file the year's scenes read. The parts are taken from the plan itself (its
 * serialised form), not from a list kept by hand: the grid and tiling, the year's scenes with their bands, headers,
 * decoders (scaling, nodata) and mask tables, the classifier's exact threshold, the compositor, the zoner (districts
 * in grid pixels, zone mode), the pixel areas and the resampling; the SHA-256 of every band file a task reads (red,
 * NIR, quality and the water source's bands); and the tool's version, since a change of the code that computes the
 * sums changes them without changing the plan (a build with uncommitted changes is keyed by its commit and
 * {@code +dirty}: such builds share keys). Whatever changes any of them changes the key; the maps folder does not take
 * part. Immutable.
 *
 * <pre>{@code
 * TileYearKeys k = TileYearKeys.of(plan, sha256ByPath, ToolVersion.current().label());
 * String key = k.key(tile, y);
 * }</pre>
 */
public final class TileYearKeys {
    private final List<String> years;

    private TileYearKeys(List<String> years) {
        this.years = List.copyOf(years);
    }

    /** What of the plan decides one year's sums (the plan's own objects, serialised). */
    private record YearPart(GridSpec grid, int tileSize, YearPlan year, ForestClassifier classifier,
                            Compositor compositor, Zoner zoner, PixelArea area, Resampling resampling)
            implements Serializable {
    }

    /**
     * The keys of every year of {@code plan}.
     *
     * @param sha256ByPath the SHA-256 of every file the scenes read, by absolute normalised path
     * @param toolVersion  the version of the code computing the sums (its git commit)
     * @throws IllegalArgumentException naming a file of the plan without a checksum
     */
    public static TileYearKeys of(AnalysisPlan plan, Map<String, String> sha256ByPath, String toolVersion) {
        List<String> keys = new ArrayList<>();
        for (YearPlan y : plan.years()) {
            MessageDigest d = digest();
            d.update((toolVersion + "\n").getBytes(StandardCharsets.UTF_8));
            d.update(serialised(new YearPart(plan.grid(), plan.tileSize(), y, plan.classifier(), plan.compositor(),
                    plan.zoner(), plan.area(), plan.resampling())));
            for (ScenePlan s : y.scenes()) {
                for (BandPlan b : s.bands()) {
                    String sum = sha256ByPath.get(java.nio.file.Path.of(b.ref().path()).toAbsolutePath().normalize()
                            .toString());
                    if (sum == null) {
                        throw new IllegalArgumentException(b.ref().path() + ": no checksum for an input of the plan");
                    }
                    d.update(sum.getBytes(StandardCharsets.US_ASCII));
                }
            }
            keys.add(HexFormat.of().formatHex(d.digest()));
        }
        return new TileYearKeys(keys);
    }

    /** The key of year index {@code y} over the whole grid. */
    public String year(int y) {
        return years.get(y);
    }

    /** The key of tile {@code tile} in year index {@code y}. */
    public String key(int tile, int y) {
        MessageDigest d = digest();
        d.update((years.get(y) + "/tile/" + tile).getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(d.digest());
    }

    private static byte[] serialised(Object o) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ValueStream(bytes)) {
            out.writeObject(o);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise the plan: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /**
     * Java serialisation writes an object seen before as a reference to it, so two equal strings (or boxed numbers,
     * or records) give different bytes depending on whether they are one object or two: a deserialised plan shares
     * every empty string, a fresh one does not. This stream writes each value object as its first equal instance,
     * so the bytes depend on the values only.
     */
    private static final class ValueStream extends ObjectOutputStream {
        private final Map<Object, Object> canonical = new HashMap<>();

        ValueStream(ByteArrayOutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            if (obj instanceof String || obj instanceof Number || obj instanceof Boolean || obj instanceof Character
                    || obj instanceof Record) {
                return canonical.computeIfAbsent(obj, k -> k);
            }
            return obj;
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
