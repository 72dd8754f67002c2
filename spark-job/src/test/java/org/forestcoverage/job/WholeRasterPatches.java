package org.forestcoverage.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.TreeMap;

/**
 * The test's own minimum mapping unit over a whole raster, written without the code under test: the bench scene's
 * forest rule in integers (valid: red and NIR not -9999 and red + NIR != 0; forest: NIR >= 4 red, i.e. NDVI >= 0.6),
 * pixel-centre zones from gdal_rasterize, a breadth-first search over the whole grid for 8-connected patches of forest
 * pixels inside a district, and per district the forest pixels of patches of at least {@code minPixels} pixels.
 * The rasters are read as raw little-endian files (gdal_translate -of ENVI).
 */
final class WholeRasterPatches {
    private WholeRasterPatches() {
    }

    /** Forest pixels per district (zone id) after removing patches of fewer than {@code minPixels} pixels. */
    static TreeMap<Integer, Long> forestPerDistrict(Path redRaw, Path nirRaw, Path zonesRaw, int width, int height,
                                                    int minPixels) throws IOException {
        int n = width * height;
        short[] zone = shorts(zonesRaw, n);
        boolean[] kept = kept(redRaw, nirRaw, zone, width, height, minPixels);
        TreeMap<Integer, Long> out = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                out.merge(zone[i] & 0xFFFF, 1L, Long::sum);
            }
        }
        return out;
    }

    /**
     * Per district, the pixels of a rule layer (raw Int16, {@code layerRaw}: in the layer where neither 0 nor
     * {@code layerNodata}) that are valid and not forest after the unit: what the layer adds to the forest.
     */
    static TreeMap<Integer, Long> rulePerDistrict(Path redRaw, Path nirRaw, Path zonesRaw, Path layerRaw,
                                                  int layerNodata, int width, int height, int minPixels)
            throws IOException {
        int n = width * height;
        short[] red = shorts(redRaw, n);
        short[] nir = shorts(nirRaw, n);
        short[] zone = shorts(zonesRaw, n);
        short[] layer = shorts(layerRaw, n);
        boolean[] kept = kept(redRaw, nirRaw, zone, width, height, minPixels);
        TreeMap<Integer, Long> out = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            boolean valid = red[i] != -9999 && nir[i] != -9999 && red[i] + nir[i] != 0;
            if (valid && zone[i] != 0 && layer[i] != 0 && layer[i] != layerNodata && !kept[i]) {
                out.merge(zone[i] & 0xFFFF, 1L, Long::sum);
            }
        }
        return out;
    }

    /** The forest pixels in a district that belong to patches of at least {@code minPixels} pixels. */
    private static boolean[] kept(Path redRaw, Path nirRaw, short[] zone, int width, int height, int minPixels)
            throws IOException {
        int n = width * height;
        short[] red = shorts(redRaw, n);
        short[] nir = shorts(nirRaw, n);
        boolean[] forest = new boolean[n];
        for (int i = 0; i < n; i++) {
            int r = red[i];
            int v = nir[i];
            boolean valid = r != -9999 && v != -9999 && r + v != 0;
            forest[i] = valid && v >= 4 * r && zone[i] != 0;
        }
        boolean[] kept = new boolean[n];
        boolean[] seen = new boolean[n];
        int[] members = new int[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < n; start++) {
            if (!forest[start] || seen[start]) {
                continue;
            }
            int size = 0;
            seen[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int p = queue.poll();
                members[size++] = p;
                int x = p % width;
                int y = p / width;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < width && ny < height) {
                            int q = ny * width + nx;
                            if (forest[q] && !seen[q]) {
                                seen[q] = true;
                                queue.add(q);
                            }
                        }
                    }
                }
            }
            if (size >= minPixels) {
                for (int k = 0; k < size; k++) {
                    kept[members[k]] = true;
                }
            }
        }
        return kept;
    }

    private static short[] shorts(Path raw, int n) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(raw)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() != 2 * n) {
            throw new IOException(raw + " holds " + b.remaining() + " bytes, not " + 2 * n);
        }
        short[] s = new short[n];
        b.asShortBuffer().get(s);
        return s;
    }
}
