package org.forestcoverage.sums;

import java.io.Serializable;
import org.forestcoverage.kernel.LandClass;
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
     * Adds one tile: {@code classes} (row-major {@link LandClass} codes, tile-sized) weighted by the zone mask;
     * {@code rowAreaMm2[r]} is the area of one whole pixel in tile row {@code r}.
     */
    public void addTile(int year, ZoneMask mask, byte[] classes, long[] rowAreaMm2) {
        int w = mask.width();
        int h = mask.height();
        short[] zone = mask.zone();
        int base = year * zones * C;
        long[] count = new long[zones * C];
        for (int r = 0; r < h; r++) {
            long a = rowAreaMm2[r];
            int o = r * w;
            for (int c = 0; c < w; c++) {
                int z = zone[o + c];
                if (z >= 0) {
                    int idx = z * C + classes[o + c];
                    count[idx]++;
                    mm2[base + idx] += a;
                }
            }
        }
        for (int i = 0; i < count.length; i++) {
            px[base + i] += count[i] * PX_UNIT;
        }
        int[] sp = mask.splitPixel();
        short[] sz = mask.splitZone();
        double[] sf = mask.splitFraction();
        for (int i = 0; i < sp.length; i++) {
            int p = sp[i];
            int idx = base + sz[i] * C + classes[p];
            px[idx] += Math.round(sf[i] * PX_UNIT);
            mm2[idx] += Math.round(sf[i] * rowAreaMm2[p / w]);
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
