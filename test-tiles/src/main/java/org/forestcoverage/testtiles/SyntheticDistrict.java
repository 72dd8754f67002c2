package org.forestcoverage.testtiles;

import java.util.Arrays;
import org.forestcoverage.grid.PixelWindow;

/**
 * A district drawn on the pixel lattice: a simple rectilinear polygon whose vertices are pixel corners
 * {@code (col, row)} of a {@link DistrictLayout}'s lattice (row grows southwards). Consecutive vertices share a column
 * or a row, the ring closes implicitly, and it must not cross itself. Pixel {@code (c, r)} belongs to the district
 * when its centre {@code (c + 0.5, r + 0.5)} is inside, decided exactly with integers (even-odd rule over the vertical
 * edges). Immutable.
 *
 * <pre>{@code
 * SyntheticDistrict d = SyntheticDistrict.rect("D1", "North", 0, 0, 300, 200); // cols [0,300), rows [0,200)
 * }</pre>
 */
public final class SyntheticDistrict {
    private final String id;
    private final String name;
    private final int[] cols;
    private final int[] rows;

    /** A polygon from alternating pixel-corner coordinates {@code c0, r0, c1, r1, ...}. */
    public static SyntheticDistrict polygon(String id, String name, int... colRow) {
        if (colRow.length % 2 != 0) {
            throw new IllegalArgumentException("district " + id + ": odd number of coordinates " + colRow.length);
        }
        int n = colRow.length / 2;
        int[] c = new int[n];
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            c[i] = colRow[2 * i];
            r[i] = colRow[2 * i + 1];
        }
        return new SyntheticDistrict(id, name, c, r);
    }

    /** The rectangle of columns {@code [col, col + width)} and rows {@code [row, row + height)}. */
    public static SyntheticDistrict rect(String id, String name, int col, int row, int width, int height) {
        return polygon(id, name, col, row, col + width, row, col + width, row + height, col, row + height);
    }

    private SyntheticDistrict(String id, String name, int[] cols, int[] rows) {
        int n = cols.length;
        if (n < 4 || n % 2 != 0) {
            throw new IllegalArgumentException("district " + id + ": a rectilinear ring needs an even number >= 4 of"
                    + " vertices, got " + n);
        }
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            boolean vertical = cols[i] == cols[j];
            boolean horizontal = rows[i] == rows[j];
            if (vertical == horizontal) {
                throw new IllegalArgumentException("district " + id + ": edge " + i + " from (" + cols[i] + ", "
                        + rows[i] + ") to (" + cols[j] + ", " + rows[j] + ") is not axis-parallel or has zero length");
            }
        }
        this.id = id;
        this.name = name;
        this.cols = cols;
        this.rows = rows;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** Number of vertices of the (implicitly closed) ring. */
    public int vertexCount() {
        return cols.length;
    }

    /** Column of vertex {@code i} (a pixel-corner index). */
    public int col(int i) {
        return cols[i];
    }

    /** Row of vertex {@code i} (a pixel-corner index). */
    public int row(int i) {
        return rows[i];
    }

    /** The smallest window holding every pixel of the district (may have negative or out-of-grid indices). */
    public PixelWindow bounds() {
        int c0 = Arrays.stream(cols).min().orElseThrow();
        int c1 = Arrays.stream(cols).max().orElseThrow();
        int r0 = Arrays.stream(rows).min().orElseThrow();
        int r1 = Arrays.stream(rows).max().orElseThrow();
        return new PixelWindow(c0, r0, c1 - c0, r1 - r0);
    }

    /** True when the centre of pixel {@code (col, row)} lies inside the ring. */
    public boolean contains(int col, int row) {
        boolean inside = false;
        int n = cols.length;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            if (cols[i] != cols[j]) {
                continue;
            }
            // a vertical edge at x = cols[i] spanning rows [lo, hi): the ray from the centre eastwards crosses it
            // when cols[i] > col + 0.5, i.e. cols[i] > col, and lo <= row + 0.5 < hi, i.e. lo <= row < hi
            int lo = Math.min(rows[i], rows[j]);
            int hi = Math.max(rows[i], rows[j]);
            if (cols[i] > col && row >= lo && row < hi) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Pixel area of the ring (shoelace formula on pixel corners), which equals its number of pixels. */
    public long pixelArea() {
        return Math.abs(twiceSignedArea()) / 2;
    }

    /** Twice the signed shoelace area in (col, row) space: positive when counter-clockwise there. */
    long twiceSignedArea() {
        long twice = 0;
        int n = cols.length;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            twice += (long) cols[i] * rows[j] - (long) cols[j] * rows[i];
        }
        return twice;
    }

    @Override
    public String toString() {
        return "district " + id + " (" + name + ") " + bounds();
    }
}
