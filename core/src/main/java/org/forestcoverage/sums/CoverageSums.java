package org.forestcoverage.sums;

import java.io.Serializable;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.coverage.PixelArea;
import org.forestcoverage.zones.ZoneMask;

/**
 * Per (year, zone, land class) pixel and area sums, in exact integer units so that results do not depend
 * on tile size, partition count or task order: pixels in units of {@code 1 / PX_UNIT} pixel, areas in mm2.
 * Zone 0 collects pixels outside every district; zone {@code k} is district {@code k - 1}.
 *
 * <p>Three layers: {@link #ALL} holds every pixel by its class in the map; {@link #FILLED} the pixels of the map whose
 * class was filled from another year (a part of {@code ALL}); {@link #REMOVED} the forest the minimum mapping unit
 * turned into non-forest (counted as non-forest in {@code ALL}, as forest here). A forest definition's rule layers add two
 * layers each ({@link #rule}, {@link #ruleFilled}): the pixels a rule layer holds, by their class in the map, and those
 * of them whose class was filled. The layers of pixels flagged per tile (filled, rule) are {@link #flagLayer}s.
 *
 * <p>A commutative monoid: {@link #empty} is the identity and {@link #merge} is associative and commutative
 * ({@code a.merge(empty) == a}). {@code merge} adds into the receiver and returns it (Spark's reduce may
 * reuse task-local accumulators); use {@link #copy()} to keep a value.
 */
public final class CoverageSums implements Serializable {
    private static final long serialVersionUID = 2L;
    /** Fixed-point unit of pixel counts: a whole pixel adds {@code PX_UNIT}. */
    public static final long PX_UNIT = 1L << 24;
    /** Layer of every pixel of the map. */
    public static final int ALL = 0;
    /** Layer of the pixels whose class was filled from another year. */
    public static final int FILLED = 1;
    /** Layer of the forest removed by the minimum mapping unit. */
    public static final int REMOVED = 2;
    /** Layers without rule layers. */
    private static final int BASE_LAYERS = 3;
    private static final int C = LandClass.COUNT;
    private final int years;
    private final int zones;
    /** Layers of this value: {@link #BASE_LAYERS} and two per rule layer. */
    private final int layers;
    private final long[] px;
    private final long[] mm2;

    private CoverageSums(int years, int zones, int layers) {
        this.years = years;
        this.zones = zones;
        this.layers = layers;
        this.px = new long[years * zones * layers * C];
        this.mm2 = new long[years * zones * layers * C];
    }

    /** The identity: all sums zero, for {@code years} years and {@code districts} districts, no rule layer. */
    public static CoverageSums empty(int years, int districts) {
        return empty(years, districts, 0);
    }

    /** The identity for {@code years} years, {@code districts} districts and {@code rules} rule layers. */
    public static CoverageSums empty(int years, int districts, int rules) {
        return new CoverageSums(years, districts + 1, BASE_LAYERS + 2 * rules);
    }

    /** Layer of the pixels rule layer {@code i} holds, by their class in the map. */
    public static int rule(int i) {
        return BASE_LAYERS + 2 * i;
    }

    /** Layer of the pixels rule layer {@code i} holds whose class was filled from another year. */
    public static int ruleFilled(int i) {
        return BASE_LAYERS + 2 * i + 1;
    }

    /**
     * The layer of per-tile flag {@code k} in the order the tile pipeline passes its flags: 0 filled, then for each
     * rule layer {@code i} its pixels ({@code 1 + 2i}) and its filled pixels ({@code 2 + 2i}).
     */
    public static int flagLayer(int k) {
        return k == 0 ? FILLED : rule(0) + k - 1;
    }

    /** Number of rule layers. */
    public int rules() {
        return (layers - BASE_LAYERS) / 2;
    }

    public int years() {
        return years;
    }

    public int districts() {
        return zones - 1;
    }

    /**
     * Adds one tile: {@code classes} (row-major {@link LandClass} codes, tile-sized) weighted by the zone mask; the
     * tile's row {@code r} is grid row {@code firstRow + r} of {@code area}.
     */
    public void addTile(int year, ZoneMask mask, byte[] classes, PixelArea area, int firstRow) {
        int w = mask.width();
        int h = mask.height();
        int base = index(year, 0, ALL, 0);
        for (int r = 0; r < h; r++) {
            long pixelMm2 = area.rowAreaMm2(firstRow + r);
            int o = r * w;
            int c = 0;
            for (int k = mask.firstRun(r), end = mask.firstRun(r + 1); k < end; k++) {
                int runEnd = mask.runEnd(k);
                int z = mask.runZone(k);
                if (z >= 0) {
                    // a run of pixels in one zone: its class counts go into one long, 16 bits per class, so the
                    // inner loop updates a register instead of counters in memory that the next pixel reads back
                    for (int from = c; from < runEnd; from += MAX_RUN) {
                        int to = Math.min(runEnd, from + MAX_RUN);
                        long packed = 0;
                        for (int j = o + from; j < o + to; j++) {
                            packed += 1L << (classes[j] << 4);
                        }
                        add(base + z * layers * C, packed, pixelMm2);
                    }
                }
                c = runEnd;
            }
        }
        for (int i = 0, n = mask.splitCount(); i < n; i++) {
            int p = mask.splitPixel(i);
            double f = mask.splitFraction(i);
            int idx = base + mask.splitZone(i) * layers * C + classes[p];
            px[idx] += splitUnits(f);
            mm2[idx] += splitMm2(f, area.rowAreaMm2(firstRow + p / w));
        }
    }

    /**
     * Adds to layer {@link #FILLED} the pixels of one tile whose {@code filled} flag is not 0, by their class in
     * {@code classes} (the map's, after filling), with the same weights as {@link #addTile}.
     */
    public void addFilled(int year, ZoneMask mask, byte[] classes, byte[] filled, PixelArea area, int firstRow) {
        addWhere(year, FILLED, mask, classes, (byte) -1, filled, area, firstRow);
    }

    /**
     * Adds to {@code layer} (a {@link #flagLayer}) the pixels of one tile whose {@code flags} are not 0, by their class
     * in {@code classes}, with the same weights as {@link #addTile}.
     */
    public void addFlagged(int year, int layer, ZoneMask mask, byte[] classes, byte[] flags, PixelArea area,
                           int firstRow) {
        addWhere(year, layer, mask, classes, (byte) -1, flags, area, firstRow);
    }

    /**
     * Adds to layer {@link #REMOVED}, as forest, the pixels of one tile whose {@code removed} flag is not 0 (forest
     * that the minimum mapping unit turned non-forest in the tile), with the same weights as {@link #addTile}.
     */
    public void addRemoved(int year, ZoneMask mask, byte[] removed, PixelArea area, int firstRow) {
        addWhere(year, REMOVED, mask, null, LandClass.FOREST, removed, area, firstRow);
    }

    /** The flagged pixels into {@code layer}, by {@code classes[p]}, or all as {@code fixedClass} without classes. */
    private void addWhere(int year, int layer, ZoneMask mask, byte[] classes, byte fixedClass, byte[] flags,
                          PixelArea area, int firstRow) {
        int w = mask.width();
        int n = w * mask.height();
        // few pixels are flagged: each looks its zone up (whole pixels here, split ones below)
        for (int j = 0; j < n; j++) {
            if (flags[j] != 0) {
                short z = mask.zoneAt(j % w, j / w);
                if (z >= 0) {
                    int idx = index(year, z, layer, classes == null ? fixedClass : classes[j]);
                    px[idx] += PX_UNIT;
                    mm2[idx] += area.rowAreaMm2(firstRow + j / w);
                }
            }
        }
        for (int i = 0, splits = mask.splitCount(); i < splits; i++) {
            int p = mask.splitPixel(i);
            if (flags[p] != 0) {
                double f = mask.splitFraction(i);
                int idx = index(year, mask.splitZone(i), layer, classes == null ? fixedClass : classes[p]);
                px[idx] += splitUnits(f);
                mm2[idx] += splitMm2(f, area.rowAreaMm2(firstRow + p / w));
            }
        }
    }

    /** What a district's part {@code fraction} of a split pixel adds, in pixel units (the one rounding rule). */
    public static long splitUnits(double fraction) {
        return Math.round(fraction * PX_UNIT);
    }

    /** What a district's part {@code fraction} of a split pixel of {@code pixelMm2} adds, in mm2 (the one rule). */
    public static long splitMm2(double fraction, long pixelMm2) {
        return Math.round(fraction * pixelMm2);
    }

    /**
     * Moves {@code units} pixel units and {@code areaMm2} of zone {@code zone} from class {@code from} to class
     * {@code to} in {@code layer}: what the minimum mapping unit does, on the driver, to patches it removes once they
     * are joined across tiles. Exact: the amounts are what the tiles added.
     */
    public void transfer(int year, int zone, int layer, int from, int to, long units, long areaMm2) {
        int a = index(year, zone, layer, from);
        int b = index(year, zone, layer, to);
        px[a] -= units;
        mm2[a] -= areaMm2;
        px[b] += units;
        mm2[b] += areaMm2;
    }

    /** Adds {@code units} and {@code areaMm2} to a class of a zone in {@code layer}. */
    public void add(int year, int zone, int layer, int landClass, long units, long areaMm2) {
        int i = index(year, zone, layer, landClass);
        px[i] += units;
        mm2[i] += areaMm2;
    }

    private int index(int year, int zone, int layer, int landClass) {
        return ((year * zones + zone) * layers + layer) * C + landClass;
    }

    /** Longest run counted in one packed long: each class's count must fit its 16 bits. */
    private static final int MAX_RUN = 0xFFFF;

    /** Adds the class counts packed 16 bits each in {@code packed}, pixels of area {@code pixelMm2}, at {@code at}. */
    private void add(int at, long packed, long pixelMm2) {
        for (int k = 0; k < C; k++) {
            long n = (packed >>> (16 * k)) & 0xFFFF;
            px[at + k] += n * PX_UNIT;
            mm2[at + k] += n * pixelMm2;
        }
    }

    /** Adds {@code other} into this and returns this. */
    public CoverageSums merge(CoverageSums other) {
        if (other.years != years || other.zones != zones || other.layers != layers) {
            throw new IllegalArgumentException("cannot merge sums of " + other.years + " years x " + other.zones
                    + " zones x " + other.layers + " layers into " + years + " x " + zones + " x " + layers);
        }
        for (int i = 0; i < px.length; i++) {
            px[i] += other.px[i];
            mm2[i] += other.mm2[i];
        }
        return this;
    }

    public CoverageSums copy() {
        return new CoverageSums(years, zones, layers).merge(this);
    }

    /** Returns a copy of the sums so far and sets this to the identity (per-tile sums from one accumulator). */
    public CoverageSums drain() {
        CoverageSums c = copy();
        java.util.Arrays.fill(px, 0);
        java.util.Arrays.fill(mm2, 0);
        return c;
    }

    /** The sums of year index {@code y} alone, as one-year sums. */
    public CoverageSums year(int y) {
        CoverageSums one = new CoverageSums(1, zones, layers);
        int n = zones * layers * C;
        System.arraycopy(px, y * n, one.px, 0, n);
        System.arraycopy(mm2, y * n, one.mm2, 0, n);
        return one;
    }

    /** Adds one-year sums {@code one} into year index {@code y} of this and returns this. */
    public CoverageSums mergeYear(int y, CoverageSums one) {
        if (one.years != 1 || one.zones != zones || one.layers != layers) {
            throw new IllegalArgumentException("cannot merge " + one.years + " years x " + one.zones + " zones into a"
                    + " year of " + zones + " zones");
        }
        int n = zones * layers * C;
        for (int i = 0; i < n; i++) {
            px[y * n + i] += one.px[i];
            mm2[y * n + i] += one.mm2[i];
        }
        return this;
    }

    /** The sums as bytes (big-endian longs after a small header), for a results store; read by {@link #fromBytes}. */
    public byte[] toBytes() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(12 + 16 * px.length);
        b.putInt(years).putInt(zones).putInt(layers * C);
        for (long v : px) {
            b.putLong(v);
        }
        for (long v : mm2) {
            b.putLong(v);
        }
        return b.array();
    }

    /**
     * Sums written by {@link #toBytes}.
     *
     * @throws IllegalArgumentException when the bytes are not sums of this layout
     */
    public static CoverageSums fromBytes(byte[] bytes) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
        int y = b.getInt();
        int z = b.getInt();
        int c = b.getInt();
        if (c < BASE_LAYERS * C || c % C != 0 || (c / C - BASE_LAYERS) % 2 != 0 || y < 0 || z < 1
                || bytes.length != 12 + 16L * y * z * c) {
            throw new IllegalArgumentException("stored sums of " + bytes.length + " bytes do not match " + y + " years x "
                    + z + " zones x " + c + " layer classes (sums stored by another version?)");
        }
        CoverageSums s = new CoverageSums(y, z, c / C);
        for (int i = 0; i < s.px.length; i++) {
            s.px[i] = b.getLong();
        }
        for (int i = 0; i < s.mm2.length; i++) {
            s.mm2[i] = b.getLong();
        }
        return s;
    }

    /** Pixels (in {@link #PX_UNIT}s) of a land class in a zone (0 = outside districts) and year index. */
    public long px(int year, int zone, int landClass) {
        return px[index(year, zone, ALL, landClass)];
    }

    /** Area in mm2 of a land class in a zone and year index. */
    public long mm2(int year, int zone, int landClass) {
        return mm2[index(year, zone, ALL, landClass)];
    }

    /** Pixels (in {@link #PX_UNIT}s) of a land class in a zone, year index and layer. */
    public long px(int year, int zone, int layer, int landClass) {
        return px[index(year, zone, layer, landClass)];
    }

    /** Area in mm2 of a land class in a zone, year index and layer. */
    public long mm2(int year, int zone, int layer, int landClass) {
        return mm2[index(year, zone, layer, landClass)];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoverageSums s && s.years == years && s.zones == zones && s.layers == layers
                && java.util.Arrays.equals(s.px, px) && java.util.Arrays.equals(s.mm2, mm2);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(px) * 31 + java.util.Arrays.hashCode(mm2);
    }
}
