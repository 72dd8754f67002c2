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
 * <p>A commutative monoid: {@link #empty} is the identity and {@link #merge} is associative and commutative
 * ({@code a.merge(empty) == a}). {@code merge} adds into the receiver and returns it (Spark's reduce may
 * reuse task-local accumulators); use {@link #copy()} to keep a value.
 */
public final class CoverageSums implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Fixed-point unit of pixel counts: a whole pixel adds {@code PX_UNIT}. */
    public static final long PX_UNIT = 1L << 24;
    private static final int C = LandClass.COUNT;
    private final int years;
    private final int zones;
    private final long[] px;
    private final long[] mm2;

    private CoverageSums(int years, int zones) {
        this.years = years;
        this.zones = zones;
        this.px = new long[years * zones * C];
        this.mm2 = new long[years * zones * C];
    }

    /** The identity: all sums zero, for {@code years} years and {@code districts} districts. */
    public static CoverageSums empty(int years, int districts) {
        return new CoverageSums(years, districts + 1);
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
        int base = year * zones * C;
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
                        add(base + z * C, packed, pixelMm2);
                    }
                }
                c = runEnd;
            }
        }
        for (int i = 0, n = mask.splitCount(); i < n; i++) {
            int p = mask.splitPixel(i);
            double f = mask.splitFraction(i);
            int idx = base + mask.splitZone(i) * C + classes[p];
            px[idx] += Math.round(f * PX_UNIT);
            mm2[idx] += Math.round(f * area.rowAreaMm2(firstRow + p / w));
        }
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
        if (other.years != years || other.zones != zones) {
            throw new IllegalArgumentException("cannot merge sums of " + other.years + " years x " + other.zones
                    + " zones into " + years + " x " + zones);
        }
        for (int i = 0; i < px.length; i++) {
            px[i] += other.px[i];
            mm2[i] += other.mm2[i];
        }
        return this;
    }

    public CoverageSums copy() {
        return new CoverageSums(years, zones).merge(this);
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
        CoverageSums one = new CoverageSums(1, zones);
        int n = zones * C;
        System.arraycopy(px, y * n, one.px, 0, n);
        System.arraycopy(mm2, y * n, one.mm2, 0, n);
        return one;
    }

    /** Adds one-year sums {@code one} into year index {@code y} of this and returns this. */
    public CoverageSums mergeYear(int y, CoverageSums one) {
        if (one.years != 1 || one.zones != zones) {
            throw new IllegalArgumentException("cannot merge " + one.years + " years x " + one.zones + " zones into a"
                    + " year of " + zones + " zones");
        }
        int n = zones * C;
        for (int i = 0; i < n; i++) {
            px[y * n + i] += one.px[i];
            mm2[y * n + i] += one.mm2[i];
        }
        return this;
    }

    /** The sums as bytes (big-endian longs after a small header), for a results store; read by {@link #fromBytes}. */
    public byte[] toBytes() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(12 + 16 * px.length);
        b.putInt(years).putInt(zones).putInt(C);
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
        if (c != C || y < 0 || z < 1 || bytes.length != 12 + 16L * y * z * C) {
            throw new IllegalArgumentException("stored sums of " + bytes.length + " bytes do not match " + y + " years x "
                    + z + " zones x " + C + " classes");
        }
        CoverageSums s = new CoverageSums(y, z);
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
        return px[(year * zones + zone) * C + landClass];
    }

    /** Area in mm2 of a land class in a zone and year index. */
    public long mm2(int year, int zone, int landClass) {
        return mm2[(year * zones + zone) * C + landClass];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoverageSums s && s.years == years && s.zones == zones
                && java.util.Arrays.equals(s.px, px) && java.util.Arrays.equals(s.mm2, mm2);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(px) * 31 + java.util.Arrays.hashCode(mm2);
    }
}
