package org.forestcoverage.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.img.basictypeaccess.array.DoubleArray;
import net.imglib2.img.basictypeaccess.array.ShortArray;
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
 * <p>Composites that pick one observation per pixel ({@link Compositor#streams()}: max, best-available pixel) fold each
 * scene into a running state as it is read (one tile of best score, NDVI, valid and water counts), so their memory does
 * not grow with the number of scenes; median and percentiles stack every scene's NDVI of the tile (8 bytes per pixel
 * and scene, plus 1 of water flags). The medoid needs every observation of a pixel at once: it holds, for the current
 * tile only (never a whole scene), every scene's NDVI, water flag, red and NIR reflectance, 25 bytes per pixel and
 * scene (a 512 px tile of 8 scenes: 52 MB per task), plus the chosen scene's position (2 bytes per pixel).
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
    // a medoid's reflectances per scene, and the position of the observation it chose
    private final List<double[]> sceneRed = new ArrayList<>();
    private final List<double[]> sceneNir = new ArrayList<>();
    private short[] chosen;
    private double[] compositeNdvi;
    private short[] compositeCount;
    // the running state of a streaming composite (max, best-available pixel): one tile's worth, whatever the scenes
    private double[] bestScore;
    private double[] bestNdvi;
    private short[] validCount;
    private short[] wetCount;
    private short[] bestScene;

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
        classify(window, sceneCount, readScene, classes, ndvi, count, null, null, false);
    }

    /**
     * As {@link #classify(PixelWindow, int, IntFunction, RandomAccessibleInterval, RandomAccessibleInterval,
     * RandomAccessibleInterval)}, and for composites that pick one observation per pixel (max, best-available pixel,
     * medoid) the chosen observation's day of year into {@code chosenDay} and sensor code into {@code chosenSensor} (0
     * where nothing was observed or the method picks none); either may be null. With {@code backward} the scenes are
     * read from the last to the first, with the same result (ties go by the scenes' positions, not by when they were
     * read): a task alternates, so the next tile starts with the scenes whose blocks are still in GDAL's cache.
     */
    public void classify(PixelWindow window, int sceneCount, IntFunction<SceneTile> readScene,
                         RandomAccessibleInterval<ByteType> classes, RandomAccessibleInterval<DoubleType> ndvi,
                         RandomAccessibleInterval<UnsignedShortType> count, short[] chosenDay, byte[] chosenSensor,
                         boolean backward) {
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
        int n = (int) window.pixelCount();
        if (chosenDay != null) {
            java.util.Arrays.fill(chosenDay, 0, n, (short) 0);
        }
        if (chosenSensor != null) {
            java.util.Arrays.fill(chosenSensor, 0, n, (byte) 0);
        }
        if (compositor.streams()) {
            streamed(window, sceneCount, readScene, first, classes, ndvi, count, chosenDay, chosenSensor, backward);
            return;
        }
        boolean medoid = compositor.method() == Compositor.Method.MEDOID;
        // by scene position, whatever the order they are read in
        List<RandomAccessibleInterval<DoubleType>> ndvis = new ArrayList<>(sceneCount);
        List<RandomAccessibleInterval<ByteType>> waters = new ArrayList<>(sceneCount);
        List<RandomAccessibleInterval<DoubleType>> reds = new ArrayList<>(medoid ? sceneCount : 0);
        List<RandomAccessibleInterval<DoubleType>> nirs = new ArrayList<>(medoid ? sceneCount : 0);
        List<SceneFacts> facts = new ArrayList<>(java.util.Collections.nCopies(sceneCount, (SceneFacts) null));
        for (int s = 0; s < sceneCount; s++) {
            if (sceneNdvi.size() == s) {
                sceneNdvi.add(new double[capacity]);
                sceneWater.add(new byte[capacity]);
            }
            ndvis.add(image(sceneNdvi.get(s), window));
            waters.add(image(sceneWater.get(s), window));
            if (medoid) {
                if (sceneRed.size() == s) {
                    sceneRed.add(new double[capacity]);
                    sceneNir.add(new double[capacity]);
                }
                reds.add(image(sceneRed.get(s), window));
                nirs.add(image(sceneNir.get(s), window));
            }
        }
        for (int k = 0; k < sceneCount; k++) {
            int s = readPosition(k, sceneCount, backward);
            SceneTile t = s == 0 && first != null ? first : readScene.apply(s);
            observe(t, window, ndvis.get(s), waters.get(s));
            facts.set(s, t.facts());
            if (medoid && t.coverage() != TileCoverage.NONE) {
                Reflectance.of(t.rule().red(), t.red(), reds.get(s));
                Reflectance.of(t.rule().nir(), t.nir(), nirs.get(s));
            }
        }
        RandomAccessibleInterval<DoubleType> composite = ndvi != null ? ndvi : image(compositeNdvi(), window);
        RandomAccessibleInterval<UnsignedShortType> valid = count != null ? count
                : ArrayImgs.unsignedShorts(compositeCount(), window.width(), window.height());
        ArrayImg<ByteType, ByteArray> wet = image(water, window);
        if (medoid) {
            medoid(window, ndvis, waters, reds, nirs, facts, composite, wet, valid, chosenDay, chosenSensor);
        } else {
            compositor.composite(ndvis, waters, composite, wet, valid);
        }
        classifier.classify(composite, wet, classes);
    }

    /**
     * The medoid composite: the scenes listed to the compositor by acquisition date, then plan order (scene id), the
     * order its ties are broken in; the chosen scene's day and sensor into {@code chosenDay} and {@code chosenSensor}.
     */
    private void medoid(PixelWindow window, List<RandomAccessibleInterval<DoubleType>> ndvis,
                        List<RandomAccessibleInterval<ByteType>> waters, List<RandomAccessibleInterval<DoubleType>> reds,
                        List<RandomAccessibleInterval<DoubleType>> nirs, List<SceneFacts> facts,
                        RandomAccessibleInterval<DoubleType> composite, RandomAccessibleInterval<ByteType> wet,
                        RandomAccessibleInterval<UnsignedShortType> valid, short[] chosenDay, byte[] chosenSensor) {
        // a stable sort: scenes of one date keep the plan's order, which is by scene id
        List<Integer> order = new ArrayList<>(facts.size());
        for (int s = 0; s < facts.size(); s++) {
            order.add(s);
        }
        order.sort((a, b) -> SceneFacts.BY_DATE.compare(facts.get(a), facts.get(b)));
        if (chosen == null) {
            chosen = new short[capacity];
        }
        ArrayImg<UnsignedShortType, ShortArray> picked = ArrayImgs.unsignedShorts(chosen, window.width(),
                window.height());
        compositor.medoid(order.stream().map(ndvis::get).toList(), order.stream().map(waters::get).toList(),
                order.stream().map(reds::get).toList(), order.stream().map(nirs::get).toList(), composite, wet, valid,
                picked);
        if (chosenDay == null && chosenSensor == null) {
            return;
        }
        net.imglib2.Cursor<UnsignedShortType> c = picked.cursor();
        for (int i = 0; c.hasNext(); i++) {
            int p = c.next().get();
            if (p > 0) {
                SceneFacts f = facts.get(order.get(p - 1));
                if (chosenDay != null) {
                    chosenDay[i] = (short) f.dayOfYear();
                }
                if (chosenSensor != null) {
                    chosenSensor[i] = (byte) f.sensorCode();
                }
            }
        }
    }

    /**
     * A streaming composite: each scene's observation is folded into the running state (best score, its NDVI, valid and
     * water counts) before the next scene is read, so the memory is one tile's worth whatever the number of scenes.
     * Ties go to the scene first in the plan's order, whichever was read first. Water as in {@link Compositor}: every
     * valid observation says water.
     */
    private void streamed(PixelWindow window, int sceneCount, IntFunction<SceneTile> readScene, SceneTile first,
                          RandomAccessibleInterval<ByteType> classes, RandomAccessibleInterval<DoubleType> ndvi,
                          RandomAccessibleInterval<UnsignedShortType> count, short[] chosenDay, byte[] chosenSensor,
                          boolean backward) {
        int n = (int) window.pixelCount();
        if (bestScore == null) {
            bestScore = new double[capacity];
            bestNdvi = new double[capacity];
            validCount = new short[capacity];
            wetCount = new short[capacity];
            bestScene = new short[capacity];
            sceneNdvi.add(new double[capacity]);
            sceneWater.add(new byte[capacity]);
        }
        java.util.Arrays.fill(validCount, 0, n, (short) 0);
        java.util.Arrays.fill(wetCount, 0, n, (short) 0);
        java.util.Arrays.fill(bestNdvi, 0, n, Double.NaN);
        double[] v = sceneNdvi.get(0);
        byte[] w = sceneWater.get(0);
        for (int k = 0; k < sceneCount; k++) {
            int s = readPosition(k, sceneCount, backward);
            SceneTile t = s == 0 && first != null ? first : readScene.apply(s);
            observe(t, window, image(v, window), image(w, window));
            SceneFacts facts = t.facts();
            double[] cloud = t.cloudDistanceM() == null || t.cloudDistanceM().coverage() == TileCoverage.NONE ? null
                    : t.cloudDistanceM().doubleBuffer();
            fold(n, v, w, facts, cloud, s, chosenDay, chosenSensor);
        }
        double[] out = ndvi != null ? null : compositeNdvi();
        short[] valid = count != null ? null : compositeCount();
        byte[] wet = water;
        for (int i = 0; i < n; i++) {
            wet[i] = (byte) (validCount[i] > 0 && wetCount[i] == validCount[i] ? 1 : 0);
        }
        RandomAccessibleInterval<DoubleType> composite = ndvi != null ? ndvi : image(out, window);
        net.imglib2.Cursor<DoubleType> co = Views.flatIterable(composite).cursor();
        for (int i = 0; co.hasNext(); i++) {
            co.next().set(bestNdvi[i]);
        }
        if (count != null) {
            net.imglib2.Cursor<UnsignedShortType> cc = Views.flatIterable(count).cursor();
            for (int i = 0; cc.hasNext(); i++) {
                cc.next().set(validCount[i]);
            }
        } else {
            System.arraycopy(validCount, 0, valid, 0, n);
        }
        classifier.classify(composite, image(wet, window), classes);
    }

    /**
     * The position of the {@code k}-th of {@code count} items (scenes, years) read first to last, or last to first
     * with {@code backward}.
     */
    public static int readPosition(int k, int count, boolean backward) {
        return backward ? count - 1 - k : k;
    }

    /** Folds the observation of the scene at position {@code scene} into the running state. */
    private void fold(int n, double[] v, byte[] w, SceneFacts facts, double[] cloud, int scene, short[] chosenDay,
                      byte[] chosenSensor) {
        for (int i = 0; i < n; i++) {
            double x = v[i];
            if (x != x) {
                continue;
            }
            int c = ++validCount[i];
            wetCount[i] += w[i];
            double score = compositor.score(x, facts, cloud == null ? Compositor.CLOUD_DISTANCE_CAP_M : cloud[i]);
            if (c == 1 || score > bestScore[i] || score == bestScore[i] && scene < bestScene[i]) {
                bestScore[i] = score;
                bestScene[i] = (short) scene;
                bestNdvi[i] = x;
                if (chosenDay != null) {
                    chosenDay[i] = (short) facts.dayOfYear();
                }
                if (chosenSensor != null) {
                    chosenSensor[i] = (byte) facts.sensorCode();
                }
            }
        }
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
