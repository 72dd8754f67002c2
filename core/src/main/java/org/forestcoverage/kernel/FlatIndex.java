package org.forestcoverage.kernel;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.type.NativeType;

/**
 * Array images of one size walked in step by one flat index: each image's own type, linked to its storage, is moved
 * to pixel {@code i} with {@link NativeType#updateIndex(int)} (what imglib2's array cursors do inside), so the hot
 * kernels read and write through imglib2 types with the index in a register. Separate cursors keep each index in
 * the cursor's memory and carry it from pixel to pixel through loads and stores, which the JIT cannot keep in
 * registers (README, benchmarks). Images that are not array images (views) are walked with cursors instead.
 * Stateless.
 *
 * <pre>{@code
 * ShortType r = FlatIndex.linked(red);     // null for a view
 * for (int i = 0; i < n; i++) { r.updateIndex(i); ... r.getShort() ... }
 * }</pre>
 */
final class FlatIndex {
    private FlatIndex() {
    }

    /** The type of an array image, linked to its storage (at pixel 0), or {@code null} for any other image. */
    @SuppressWarnings("unchecked")
    static <T extends NativeType<T>> T linked(RandomAccessibleInterval<T> img) {
        return img instanceof ArrayImg<?, ?> a ? (T) a.firstElement() : null;
    }
}
