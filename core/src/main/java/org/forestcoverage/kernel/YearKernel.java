package org.forestcoverage.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.img.basictypeaccess.array.DoubleArray;
import net.imglib2.type.numeric.integer.ByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.DoubleType;
import net.imglib2.view.Views;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.raster.BandTile;
import org.forestcoverage.raster.TileCoverage;

/**
 * One year of one tile, from its scenes' bands to land classes: every scene's observation (NDVI, quality mask,
 * footprint), the composite of the year's observations, the classification. A year of one scene whose NDVI is not
 * wanted takes the same steps with the observation and the classification fused ({@link ForestClassifier}), so no
 * NDVI image is made; everything else goes through NDVI.
 *
 * <pre>{@code
 * YearKernel k = new YearKernel(classifier, compositor, 512 * 512);
 * k.classify(window, 2, s -> readScene(s, window), classes, null, null);   // classes only
 * k.classify(window, 2, s -> readScene(s, window), classes, ndvi, count);  // also composite NDVI, observation count
 * }</pre>
 *
 * <p>A pixel is observed in a scene when all its bands cover it ({@link Footprint}), red and NIR are not nodata or NaN
 * and define an NDVI ({@link NdviRule}), the quality band does not mask it ({@link MaskTable}) and the scene's water
 * source can decide it ({@link WaterMarks}); it is water when the quality band or the water source says so. Holds
 * working images for tiles of up to {@code capacity} pixels. Not thread-safe: one per task.
 */
public final class YearKernel {
    private final ForestClassifier classifier;
    private final Compositor compositor;
    private final int capacity;
    private final byte[] footprint;
    private final byte[] water;
    private final List<double[]> sceneNdvi = new ArrayList<>();
    private final List<byte[]> sceneWater = new ArrayList<>();
    private double[] compositeNdvi;
    private short[] compositeCount;

    public YearKernel(ForestClassifier classifier, Compositor compositor, int capacity) {
        this.classifier = classifier;
        this.compositor = compositor;
        this.capacity = capacity;
        this.footprint = new byte[capacity];
        this.water = new byte[capacity];
    }

    /**
     * Classes of one year over {@code window} from its {@code sceneCount} scenes, into {@code classes}; when
     * {@code ndvi} is not null also the composite NDVI (NaN = unobserved) and into {@code count} the valid
     * observations. {@code readScene} reads scene {@code s} onto the window; the kernel is done with a scene's tiles
     * before it reads the next one, so the scenes may share tile buffers.
     */
    public void classify(PixelWindow window, int sceneCount, IntFunction<SceneTile> readScene,
                         RandomAccessibleInterval<ByteType> classes, RandomAccessibleInterval<DoubleType> ndvi,
                         RandomAccessibleInterval<UnsignedShortType> count) {
        if (window.pixelCount() > capacity) {
            throw new IllegalArgumentException("window " + window + " exceeds the kernel's " + capacity + " pixels");
        }
        SceneTile first = null;
        if (sceneCount == 1 && ndvi == null) {
            first = readScene.apply(0);
            if (first.red().type().inShortStorage() && first.nir().type().inShortStorage()) {
                classifyOneScene(first, window, classes);
                return;
            }
        }
        List<RandomAccessibleInterval<DoubleType>> ndvis = new ArrayList<>(sceneCount);
        List<RandomAccessibleInterval<ByteType>> waters = new ArrayList<>(sceneCount);
        for (int s = 0; s < sceneCount; s++) {
            if (sceneNdvi.size() == s) {
                sceneNdvi.add(new double[capacity]);
                sceneWater.add(new byte[capacity]);
            }
            ArrayImg<DoubleType, DoubleArray> v = image(sceneNdvi.get(s), window);
            ArrayImg<ByteType, ByteArray> w = image(sceneWater.get(s), window);
            observe(s == 0 && first != null ? first : readScene.apply(s), window, v, w);
            ndvis.add(v);
            waters.add(w);
        }
        RandomAccessibleInterval<DoubleType> composite = ndvi != null ? ndvi : image(compositeNdvi(), window);
        RandomAccessibleInterval<UnsignedShortType> valid = count != null ? count
                : ArrayImgs.unsignedShorts(compositeCount(), window.width(), window.height());
        ArrayImg<ByteType, ByteArray> wet = image(water, window);
        compositor.composite(ndvis, waters, composite, wet, valid);
        classifier.classify(composite, wet, classes);
    }

    /** One scene's NDVI (NaN = unobserved) and water flags over the window. */
    private void observe(SceneTile s, PixelWindow window, RandomAccessibleInterval<DoubleType> ndvi,
                         RandomAccessibleInterval<ByteType> wet) {
        fill(wet, (byte) 0);
        TileCoverage coverage = s.coverage();
        if (coverage == TileCoverage.NONE) {
            for (DoubleType v : Views.flatIterable(ndvi)) {
                v.set(Double.NaN);
            }
            return;
        }
        NdviKernel.ndvi(s.rule(), s.red(), s.nir(), ndvi);
        if (s.quality() != null) {
            s.mask().mask(s.quality().shortImage(), ndvi, wet);
        }
        if (s.water() != null) {
            WaterMarks.mark(s.water(), ndvi, wet);
        }
        if (coverage == TileCoverage.PARTIAL) {
            Footprint.mask(footprintOf(s, window), ndvi, wet);
        }
    }

    /** The fused path: classes straight from one scene's 16-bit red and NIR, then its quality mask and footprint. */
    private void classifyOneScene(SceneTile s, PixelWindow window, RandomAccessibleInterval<ByteType> classes) {
        TileCoverage coverage = s.coverage();
        if (coverage == TileCoverage.NONE) {
            fill(classes, LandClass.UNOBSERVED);
            return;
        }
        classifier.classify(s.rule(), s.red().shortImage(), s.nir().shortImage(), classes);
        if (s.quality() != null) {
            s.mask().mask(s.quality().shortImage(), classes);
        }
        if (s.water() != null) {
            WaterMarks.mark(s.water(), classes);
        }
        if (coverage == TileCoverage.PARTIAL) {
            Footprint.mask(footprintOf(s, window), classes);
        }
    }

    /** The scene's footprint mask: the partial bands' masks ANDed (bands covering the whole tile add nothing). */
    private RandomAccessibleInterval<ByteType> footprintOf(SceneTile s, PixelWindow window) {
        ArrayImg<ByteType, ByteArray> f = image(footprint, window);
        fill(f, (byte) 1);
        for (BandTile b : s.quality() == null ? List.of(s.red(), s.nir()) : List.of(s.red(), s.nir(), s.quality())) {
            if (b.coverage() == TileCoverage.PARTIAL) {
                Footprint.and(b.maskImage(), f);
            }
        }
        return f;
    }

    private static void fill(RandomAccessibleInterval<ByteType> img, byte value) {
        for (ByteType t : Views.flatIterable(img)) {
            t.setByte(value);
        }
    }

    private double[] compositeNdvi() {
        return compositeNdvi != null ? compositeNdvi : (compositeNdvi = new double[capacity]);
    }

    private short[] compositeCount() {
        return compositeCount != null ? compositeCount : (compositeCount = new short[capacity]);
    }

    private static ArrayImg<DoubleType, DoubleArray> image(double[] a, PixelWindow w) {
        return ArrayImgs.doubles(a, w.width(), w.height());
    }

    private static ArrayImg<ByteType, ByteArray> image(byte[] a, PixelWindow w) {
        return ArrayImgs.bytes(a, w.width(), w.height());
    }
}
