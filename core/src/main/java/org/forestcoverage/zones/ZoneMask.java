package org.forestcoverage.zones;

import java.util.Arrays;

/**
 * Which district each pixel of one tile belongs to, and with which fraction of its area, as runs along each row.
 *
 * <pre>{@code
 * ZoneMask m = zoner.zones(window);
 * for (int r = 0; r < m.height(); r++) {
 *     for (int k = m.firstRun(r), c = 0; k < m.firstRun(r + 1); c = m.runEnd(k++)) {
 *         short z = m.runZone(k);   // columns c .. runEnd(k) - 1 of row r
 *     }
 * }
 * }</pre>
 *
 * <p>The runs of a row cover its columns {@code 0 .. width - 1} in order. A run's zone is {@code 0} when no district
 * covers its pixels, {@code k > 0} when district {@code k - 1} takes each of them whole, and {@link #SPLIT} when they
 * are shared: each split pixel's parts are listed once, in pixel order ({@code p = row * width + col}), as
 * (pixel, zone, fraction) with zones 1-based and fractions in (0, 1]. Built once per tile and used for every year and
 * scene. Immutable (the arrays never leave this class) and thread-safe.
 */
public final class ZoneMask {
    /** The zone of a run of shared pixels, whose parts are the split entries. */
    public static final short SPLIT = -1;

    private final int width;
    private final int height;
    private final int[] rowStart;
    private final int[] runEnd;
    private final short[] runZone;
    private final int[] splitPixel;
    private final short[] splitZone;
    private final double[] splitFraction;

    private ZoneMask(int width, int height, int[] rowStart, int[] runEnd, short[] runZone, int[] splitPixel,
                     short[] splitZone, double[] splitFraction) {
        this.width = width;
        this.height = height;
        this.rowStart = rowStart;
        this.runEnd = runEnd;
        this.runZone = runZone;
        this.splitPixel = splitPixel;
        this.splitZone = splitZone;
        this.splitFraction = splitFraction;
    }

    /** A mask from one zone per pixel (row-major; {@link #SPLIT} marks pixels listed in the split arrays). */
    public static ZoneMask of(int width, int height, short[] zonePerPixel, int[] splitPixel, short[] splitZone,
                              double[] splitFraction) {
        Builder b = new Builder(width, height);
        for (int r = 0; r < height; r++) {
            b.row(zonePerPixel, r * width);
        }
        for (int i = 0; i < splitPixel.length; i++) {
            b.split(splitPixel[i], splitZone[i], splitFraction[i]);
        }
        return b.build();
    }

    /** A mask whose pixels are all whole: one zone per pixel, row-major. */
    public static ZoneMask whole(int width, int height, short[] zonePerPixel) {
        return of(width, height, zonePerPixel, new int[0], new short[0], new double[0]);
    }

    /** A mask of a tile no district touches. */
    public static ZoneMask empty(int width, int height) {
        Builder b = new Builder(width, height);
        for (int r = 0; r < height; r++) {
            b.run(width, (short) 0);
            b.endRow();
        }
        return b.build();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Index of the first run of row {@code row}; {@code firstRun(row + 1)} ends the row's runs. */
    public int firstRun(int row) {
        return rowStart[row];
    }

    /** End column (exclusive) of run {@code k}; it starts where the previous run of its row ended, or at 0. */
    public int runEnd(int k) {
        return runEnd[k];
    }

    /** Zone of run {@code k}: 0 none, {@code d + 1} district d whole, or {@link #SPLIT}. */
    public short runZone(int k) {
        return runZone[k];
    }

    /** Number of split entries. */
    public int splitCount() {
        return splitPixel.length;
    }

    /** Pixel ({@code row * width + col}) of split entry {@code i}. */
    public int splitPixel(int i) {
        return splitPixel[i];
    }

    /** Zone (1-based) of split entry {@code i}. */
    public short splitZone(int i) {
        return splitZone[i];
    }

    /** Fraction of its pixel's area split entry {@code i} takes, in (0, 1]. */
    public double splitFraction(int i) {
        return splitFraction[i];
    }

    /** Every split entry's pixel, in order (a new array). */
    public int[] splitPixels() {
        return splitPixel.clone();
    }

    /** Every split entry's zone, in order (a new array). */
    public short[] splitZones() {
        return splitZone.clone();
    }

    /** Every split entry's fraction, in order (a new array). */
    public double[] splitFractions() {
        return splitFraction.clone();
    }

    /** The zone of pixel (col, row): 0, a 1-based district, or {@link #SPLIT}. */
    public short zoneAt(int col, int row) {
        if (col < 0 || col >= width || row < 0 || row >= height) {
            throw new IndexOutOfBoundsException("pixel (" + col + ", " + row + ") of a " + width + " x " + height + " tile");
        }
        int k = Arrays.binarySearch(runEnd, rowStart[row], rowStart[row + 1], col + 1);
        return runZone[k >= 0 ? k : -k - 1];
    }

    /** One zone per pixel, row-major (a new array): {@link #SPLIT} for split pixels. */
    public short[] zonesPerPixel() {
        short[] z = new short[width * height];
        for (int r = 0; r < height; r++) {
            int c = 0;
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                Arrays.fill(z, r * width + c, r * width + runEnd[k], runZone[k]);
                c = runEnd[k];
            }
        }
        return z;
    }

    /** True when no pixel of the tile touches a district, so the tile can be skipped. */
    public boolean isEmpty() {
        if (splitPixel.length > 0) {
            return false;
        }
        for (short z : runZone) {
            if (z != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZoneMask m && m.width == width && m.height == height && Arrays.equals(m.rowStart, rowStart)
                && Arrays.equals(m.runEnd, runEnd) && Arrays.equals(m.runZone, runZone)
                && Arrays.equals(m.splitPixel, splitPixel) && Arrays.equals(m.splitZone, splitZone)
                && Arrays.equals(m.splitFraction, splitFraction);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(runEnd) * 31 + Arrays.hashCode(splitFraction);
    }

    @Override
    public String toString() {
        return "ZoneMask[" + width + " x " + height + ", " + runZone.length + " runs, " + splitPixel.length + " split entries]";
    }

    /**
     * Builds a mask row by row: runs of a row in column order ({@link #run}) closed by {@link #endRow()}, or a whole
     * row from one zone per pixel ({@link #row}); split entries in pixel order. Not thread-safe.
     */
    public static final class Builder {
        private final int width;
        private final int height;
        private final int[] rowStart;
        private int[] runEnd = new int[64];
        private short[] runZone = new short[64];
        private int runs;
        private int rows;
        private int[] splitPixel = new int[0];
        private short[] splitZone = new short[0];
        private double[] splitFraction = new double[0];
        private int splits;

        public Builder(int width, int height) {
            if (width < 0 || height < 0) {
                throw new IllegalArgumentException("negative mask size " + width + " x " + height);
            }
            this.width = width;
            this.height = height;
            this.rowStart = new int[height + 1];
        }

        /** Extends the current row to column {@code end} (exclusive) with {@code zone}, merging with a run of the same zone. */
        public Builder run(int end, short zone) {
            int start = runs > rowStart[rows] ? runEnd[runs - 1] : 0;
            if (end <= start || end > width) {
                throw new IllegalArgumentException("run to column " + end + " after column " + start + " of a row of " + width);
            }
            if (runs > rowStart[rows] && runZone[runs - 1] == zone) {
                runEnd[runs - 1] = end;
                return this;
            }
            if (runs == runEnd.length) {
                runEnd = Arrays.copyOf(runEnd, 2 * runs);
                runZone = Arrays.copyOf(runZone, 2 * runs);
            }
            runEnd[runs] = end;
            runZone[runs++] = zone;
            return this;
        }

        /** Closes the current row, which must reach the last column. */
        public Builder endRow() {
            if (rows == height) {
                throw new IllegalStateException("all " + height + " rows are built");
            }
            int end = runs > rowStart[rows] ? runEnd[runs - 1] : 0;
            if (end != width && width > 0) {
                throw new IllegalStateException("row " + rows + " ends at column " + end + " of " + width);
            }
            rowStart[++rows] = runs;
            return this;
        }

        /** A whole row from {@code width} zones starting at {@code zones[offset]}. */
        public Builder row(short[] zones, int offset) {
            int c = 0;
            while (c < width) {
                short z = zones[offset + c];
                int e = c + 1;
                while (e < width && zones[offset + e] == z) {
                    e++;
                }
                run(e, z);
                c = e;
            }
            return endRow();
        }

        /** Adds a part of split pixel {@code pixel}: district zone {@code zone} (1-based) takes {@code fraction}. */
        public Builder split(int pixel, short zone, double fraction) {
            if (splits == splitPixel.length) {
                int cap = Math.max(64, 2 * splits);
                splitPixel = Arrays.copyOf(splitPixel, cap);
                splitZone = Arrays.copyOf(splitZone, cap);
                splitFraction = Arrays.copyOf(splitFraction, cap);
            }
            splitPixel[splits] = pixel;
            splitZone[splits] = zone;
            splitFraction[splits++] = fraction;
            return this;
        }

        public ZoneMask build() {
            if (rows != height) {
                throw new IllegalStateException(rows + " of " + height + " rows built");
            }
            return new ZoneMask(width, height, rowStart.clone(), Arrays.copyOf(runEnd, runs), Arrays.copyOf(runZone, runs),
                    Arrays.copyOf(splitPixel, splits), Arrays.copyOf(splitZone, splits),
                    Arrays.copyOf(splitFraction, splits));
        }
    }
}
