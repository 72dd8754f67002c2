package org.forestcoverage.patch;

import java.io.Serializable;
import java.util.Arrays;
import java.util.TreeMap;

/**
 * What a set of pixels added to the district sums: per zone, pixel units and mm2. Immutable and thread-safe.
 *
 * <pre>{@code
 * Contribution c = new Contribution.Builder().add(3, 1L << 24, 900_000_000L).build();
 * c.forEach((zone, px, mm2) -> sums.transfer(year, zone, FOREST, NON_FOREST, px, mm2));
 * }</pre>
 */
public final class Contribution implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Nothing. */
    public static final Contribution NONE = new Contribution(new int[0], new long[0], new long[0]);

    private final int[] zones;
    private final long[] px;
    private final long[] mm2;

    private Contribution(int[] zones, long[] px, long[] mm2) {
        this.zones = zones;
        this.px = px;
        this.mm2 = mm2;
    }

    /** Calls {@code sink} once per zone, zones ascending. */
    public void forEach(PixelShares.Sink sink) {
        for (int i = 0; i < zones.length; i++) {
            sink.add(zones[i], px[i], mm2[i]);
        }
    }

    public boolean isEmpty() {
        return zones.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contribution c && Arrays.equals(zones, c.zones) && Arrays.equals(px, c.px)
                && Arrays.equals(mm2, c.mm2);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(zones) * 31 + Arrays.hashCode(mm2);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Contribution[");
        for (int i = 0; i < zones.length; i++) {
            sb.append(i == 0 ? "" : ", ").append("zone ").append(zones[i]).append(": ").append(px[i]).append(" px units, ")
                    .append(mm2[i]).append(" mm2");
        }
        return sb.append(']').toString();
    }

    /** Adds shares zone by zone. Not thread-safe. */
    public static final class Builder implements PixelShares.Sink {
        private final TreeMap<Integer, long[]> byZone = new TreeMap<>();

        @Override
        public void add(int zone, long pixelUnits, long areaMm2) {
            long[] s = byZone.computeIfAbsent(zone, z -> new long[2]);
            s[0] += pixelUnits;
            s[1] += areaMm2;
        }

        public Builder addAll(Builder other) {
            other.byZone.forEach((z, s) -> add(z, s[0], s[1]));
            return this;
        }

        public Contribution build() {
            if (byZone.isEmpty()) {
                return NONE;
            }
            int n = byZone.size();
            int[] z = new int[n];
            long[] p = new long[n];
            long[] a = new long[n];
            int i = 0;
            for (var e : byZone.entrySet()) {
                z[i] = e.getKey();
                p[i] = e.getValue()[0];
                a[i++] = e.getValue()[1];
            }
            return new Contribution(z, p, a);
        }
    }
}
