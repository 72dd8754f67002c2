package org.forestcoverage.patch;

/**
 * Connected components of the selected pixels of one tile, 4-connected (edges) or 8-connected (edges and corners).
 *
 * <pre>{@code
 * ComponentLabeler l = new ComponentLabeler(512 * 512);
 * int n = l.label(selected, width, height, 8, labels);   // labels[i]: 0 or 1..n, in order of first pixel
 * }</pre>
 *
 * <p>Two passes with union-find over provisional labels (Rosenfeld and Pfaltz 1966); the final labels are numbered by
 * their first pixel in row-major order, so the same pixels always get the same labels. Reuses its buffers: not
 * thread-safe, one per task.
 */
public final class ComponentLabeler {
    private int[] parent;

    public ComponentLabeler(int capacity) {
        this.parent = new int[capacity / 2 + 2];
    }

    /**
     * @param selected     row-major, {@code width * height} used
     * @param connectivity 4 or 8
     * @param labels       receives 0 for unselected pixels, else the component 1..n
     * @return n, the number of components
     */
    public int label(boolean[] selected, int width, int height, int connectivity, int[] labels) {
        if (connectivity != 4 && connectivity != 8) {
            throw new IllegalArgumentException("connectivity " + connectivity + " must be 4 or 8");
        }
        int next = 1;
        for (int r = 0; r < height; r++) {
            int o = r * width;
            for (int c = 0; c < width; c++) {
                int i = o + c;
                if (!selected[i]) {
                    labels[i] = 0;
                    continue;
                }
                int l = 0;
                l = join(l, c > 0 ? labels[i - 1] : 0);
                if (r > 0) {
                    l = join(l, labels[i - width]);
                    if (connectivity == 8) {
                        l = join(l, c > 0 ? labels[i - width - 1] : 0);
                        l = join(l, c + 1 < width ? labels[i - width + 1] : 0);
                    }
                }
                if (l == 0) {
                    l = next++;
                    ensure(l);
                    parent[l] = l;
                }
                labels[i] = l;
            }
        }
        // second pass: each pixel's root, renumbered by first appearance
        int[] number = new int[next];
        int count = 0;
        int n = width * height;
        for (int i = 0; i < n; i++) {
            if (labels[i] != 0) {
                int root = find(labels[i]);
                if (number[root] == 0) {
                    number[root] = ++count;
                }
                labels[i] = number[root];
            }
        }
        return count;
    }

    /** Unites the provisional labels {@code a} (0 = none yet) and {@code b}; returns the smaller root. */
    private int join(int a, int b) {
        if (b == 0) {
            return a;
        }
        int rb = find(b);
        if (a == 0) {
            return rb;
        }
        int ra = find(a);
        if (ra == rb) {
            return ra;
        }
        int lo = Math.min(ra, rb);
        parent[Math.max(ra, rb)] = lo;
        return lo;
    }

    private int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private void ensure(int l) {
        if (l >= parent.length) {
            parent = java.util.Arrays.copyOf(parent, Math.max(l + 1, parent.length * 2));
        }
    }
}
