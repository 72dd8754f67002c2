package org.forestcoverage.kernel;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.NativeType;
import net.imglib2.type.Type;
import net.imglib2.type.numeric.integer.ByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.DoubleType;
import net.imglib2.view.Views;
import net.imglib2.view.composite.Composite;

/**
 * Combines the valid observations of one year per pixel into one NDVI and counts them: the scenes' NDVI images are
 * stacked into one 3-D image (x, y, scene) and reduced along the scene axis, each pixel's column of observations seen
 * as a {@link Composite}.
 *
 * <pre>{@code
 * Compositor.max().composite(List.of(ndviA, ndviB), List.of(waterA, waterB), ndvi, water, count);
 * }</pre>
 *
 * <p>Methods: maximum NDVI (default, robust to residual cloud and shadow, which lower NDVI), median, any percentile
 * (nearest-rank on the sorted valid values), the best-available pixel ({@link #score}; folded in scene by scene by
 * {@link YearKernel}, like max), or the medoid in (red, NIR) reflectance ({@link #medoid(List, List, List, List,
 * RandomAccessibleInterval, RandomAccessibleInterval, RandomAccessibleInterval, RandomAccessibleInterval)}: one real
 * observation per pixel, central among the year's, so neither the greenest nor an average of looks). A pixel is water
 * when every valid observation says water.
 * Observations from different scenes are different looks at the same ground pixel, so a pixel seen twice counts once
 * in every area sum. Immutable and thread-safe.
 */
public record Compositor(Method method, double percentile, int targetDayOfYear) implements Serializable {
    /** Distance to cloud beyond which a best-available pixel scores fully, metres. */
    public static final double CLOUD_DISTANCE_CAP_M = 150;
    /** Width (standard deviation) of the day-of-year score, days. */
    public static final double DAY_SIGMA = 30;
    /** Weight of the sensor preference in the best-available-pixel score. */
    public static final double SENSOR_WEIGHT = 0.5;

    /** Compositing rule. */
    public enum Method { MAX, MEDIAN, PERCENTILE, BAP, MEDOID }

    /**
     * Relative tolerance under which two medoid distance sums are a tie: sums equal in exact arithmetic can differ by a
     * few units in the last place once rounded (each sum adds the distances in its own order), far below this.
     */
    public static final double MEDOID_TIE = 1e-12;

    public Compositor {
        if (method == Method.PERCENTILE && !(percentile >= 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must be in [0, 100], got " + percentile);
        }
        if (method == Method.BAP && (targetDayOfYear < 1 || targetDayOfYear > 366)) {
            throw new IllegalArgumentException("best-available-pixel target day must be in 1..366, got "
                    + targetDayOfYear);
        }
    }

    /** A compositor without a target day (every method but {@link Method#BAP}). */
    public Compositor(Method method, double percentile) {
        this(method, percentile, 0);
    }

    /**
     * Best-available pixel (after Griffiths et al. 2013 and White et al. 2014): per pixel the valid observation with the
     * highest {@link #score}; ties go to the scene first in the plan's order (year, id, file).
     */
    public static Compositor bap(int targetDayOfYear) {
        return new Compositor(Method.BAP, 100, targetDayOfYear);
    }

    /** True when the method picks one observation per pixel and can fold scenes in one by one ({@link #score}). */
    public boolean streams() {
        return method == Method.MAX || method == Method.BAP;
    }

    /**
     * The score a streaming method ranks one valid observation by: for {@link Method#MAX} its NDVI; for
     * {@link Method#BAP} {@code exp(-d² / (2 DAY_SIGMA²)) + min(cloud, CAP) / CAP + SENSOR_WEIGHT x preference}, where
     * {@code d} is the days between the scene's day of year and the target (across the new year, 0 score when the day is
     * unknown) and {@code cloud} the distance in metres to the nearest cloud or shadow of the same scene.
     */
    public double score(double ndvi, SceneFacts scene, double cloudDistanceM) {
        if (method == Method.MAX) {
            return ndvi;
        }
        double day = 0;
        if (scene.dayOfYear() > 0) {
            int d = Math.abs(scene.dayOfYear() - targetDayOfYear);
            d = Math.min(d, 365 - d);
            day = Math.exp(-0.5 * (d / DAY_SIGMA) * (d / DAY_SIGMA));
        }
        return day + Math.min(cloudDistanceM, CLOUD_DISTANCE_CAP_M) / CLOUD_DISTANCE_CAP_M
                + SENSOR_WEIGHT * scene.sensorPreference();
    }

    /**
     * The medoid in (red, NIR) reflectance (Flood 2013): per pixel the valid observation whose summed Euclidean
     * distance to all the pixel's other valid observations is smallest; see {@link #medoid(List, List, List, List,
     * RandomAccessibleInterval, RandomAccessibleInterval, RandomAccessibleInterval, RandomAccessibleInterval)}.
     */
    public static Compositor medoid() {
        return new Compositor(Method.MEDOID, 50);
    }

    public static Compositor max() {
        return new Compositor(Method.MAX, 100);
    }

    public static Compositor median() {
        return new Compositor(Method.MEDIAN, 50);
    }

    public static Compositor percentile(double p) {
        return new Compositor(Method.PERCENTILE, p);
    }

    /**
     * {@code max}, {@code median}, {@code pNN} (e.g. {@code p75}), {@code bap} (target day 213, 1 August),
     * {@code bap:DOY} or {@code medoid}; else an error naming the choices.
     */
    public static Compositor parse(String spec) {
        String s = spec.toLowerCase(Locale.ROOT);
        if (s.equals("bap")) {
            return bap(213);
        } else if (s.matches("bap:\\d{1,3}")) {
            return bap(Integer.parseInt(s.substring(4)));
        } else if (s.equals("max")) {
            return max();
        } else if (s.equals("median")) {
            return median();
        } else if (s.equals("medoid")) {
            return medoid();
        } else if (s.matches("p\\d+(\\.\\d+)?")) {
            return percentile(Double.parseDouble(s.substring(1)));
        }
        throw new IllegalArgumentException("--composite must be max, median, pNN (e.g. p75), bap, bap:DOY or medoid, got "
                + spec);
    }

    /**
     * Composites the scenes' NDVI images (NaN = unobserved) and water flags into {@code ndviOut}, {@code waterOut}
     * and the number of valid observations {@code countOut}; all images have the tile's size.
     */
    public void composite(List<? extends RandomAccessibleInterval<DoubleType>> ndvi,
                          List<? extends RandomAccessibleInterval<ByteType>> water,
                          RandomAccessibleInterval<DoubleType> ndviOut, RandomAccessibleInterval<ByteType> waterOut,
                          RandomAccessibleInterval<UnsignedShortType> countOut) {
        int k = ndvi.size();
        if (k == 0 || water.size() != k) {
            throw new IllegalArgumentException("composite of " + k + " NDVI and " + water.size() + " water images");
        }
        if (method == Method.MEDOID) {
            throw new IllegalStateException("the medoid needs red and NIR: call medoid(...), not composite(...)");
        }
        SameSize.check("composite", ndviOut, waterOut, countOut, ndvi.get(0), water.get(0));
        Cursor<? extends Composite<DoubleType>> v = columns(ndvi);
        Cursor<? extends Composite<ByteType>> w = columns(water);
        Cursor<DoubleType> vo = Views.flatIterable(ndviOut).cursor();
        Cursor<ByteType> wo = Views.flatIterable(waterOut).cursor();
        Cursor<UnsignedShortType> co = Views.flatIterable(countOut).cursor();
        double[] values = new double[k];
        while (vo.hasNext()) {
            Composite<DoubleType> obs = v.next();
            Composite<ByteType> wet = w.next();
            int valid = 0;
            int wetCount = 0;
            for (int s = 0; s < k; s++) {
                double x = obs.get(s).get();
                if (x == x) {
                    values[valid++] = x;
                    if (wet.get(s).getByte() != 0) {
                        wetCount++;
                    }
                }
            }
            co.next().set(valid);
            wo.next().setByte((byte) (valid > 0 && wetCount == valid ? 1 : 0));
            vo.next().set(valid == 0 ? Double.NaN : pick(values, valid));
        }
    }

    /**
     * The medoid composite: per pixel, among its valid observations (NDVI not NaN), the one whose sum of Euclidean
     * distances in (red, NIR) reflectance to all the others is smallest: the true medoid (Flood 2013, equation 1, there
     * over all reflective bands), O(m²) distances per pixel of m observations. The cheaper rule associated with Flood
     * 2013, the observation nearest the per-band median, is a different one (it can pick another observation) and is
     * not used. Sums within {@link #MEDOID_TIE} of the smallest are ties, which go to the observation listed first: the
     * caller lists the scenes in a fixed order (by acquisition date, then scene id), never the manifest's. The chosen
     * observation's NDVI goes to {@code ndviOut} (NaN when none), its position in the lists plus one to
     * {@code chosenOut} (0 when none); water and count as in {@link #composite}. All lists hold one image per scene in
     * the same order, as array images ({@code ArrayImgs}); all images have the tile's size. Allocates a few arrays of
     * the scene count per call, nothing per pixel.
     */
    public void medoid(List<? extends RandomAccessibleInterval<DoubleType>> ndvi,
                       List<? extends RandomAccessibleInterval<ByteType>> water,
                       List<? extends RandomAccessibleInterval<DoubleType>> red,
                       List<? extends RandomAccessibleInterval<DoubleType>> nir,
                       RandomAccessibleInterval<DoubleType> ndviOut, RandomAccessibleInterval<ByteType> waterOut,
                       RandomAccessibleInterval<UnsignedShortType> countOut,
                       RandomAccessibleInterval<UnsignedShortType> chosenOut) {
        int k = ndvi.size();
        if (k == 0 || water.size() != k || red.size() != k || nir.size() != k) {
            throw new IllegalArgumentException("medoid of " + k + " NDVI, " + water.size() + " water, " + red.size()
                    + " red and " + nir.size() + " NIR images");
        }
        SameSize.check("medoid", ndviOut, waterOut, countOut, chosenOut, ndvi.get(0), water.get(0), red.get(0),
                nir.get(0));
        // each scene's images walked by one flat index (FlatIndex): a column read through collapsed stack views cost
        // several times the distances themselves
        DoubleType[] v = linked(ndvi, DoubleType[]::new, "NDVI");
        ByteType[] w = linked(water, ByteType[]::new, "water");
        DoubleType[] r = linked(red, DoubleType[]::new, "red");
        DoubleType[] n = linked(nir, DoubleType[]::new, "NIR");
        Cursor<DoubleType> vo = Views.flatIterable(ndviOut).cursor();
        Cursor<ByteType> wo = Views.flatIterable(waterOut).cursor();
        Cursor<UnsignedShortType> co = Views.flatIterable(countOut).cursor();
        Cursor<UnsignedShortType> ch = Views.flatIterable(chosenOut).cursor();
        // one column of the pixel's valid observations: scene position, NDVI, red, NIR, distance sum
        int[] scene = new int[k];
        double[] ndviOf = new double[k];
        double[] redOf = new double[k];
        double[] nirOf = new double[k];
        double[] sum = new double[k];
        for (int i = 0; vo.hasNext(); i++) {
            int valid = 0;
            int wetCount = 0;
            for (int s = 0; s < k; s++) {
                v[s].updateIndex(i);
                double x = v[s].get();
                if (x == x) {
                    r[s].updateIndex(i);
                    n[s].updateIndex(i);
                    w[s].updateIndex(i);
                    scene[valid] = s;
                    ndviOf[valid] = x;
                    redOf[valid] = r[s].get();
                    nirOf[valid] = n[s].get();
                    valid++;
                    wetCount += w[s].getByte() != 0 ? 1 : 0;
                }
            }
            co.next().set(valid);
            wo.next().setByte((byte) (valid > 0 && wetCount == valid ? 1 : 0));
            if (valid == 0) {
                vo.next().set(Double.NaN);
                ch.next().set(0);
            } else {
                int m = medoidOf(redOf, nirOf, sum, valid);
                vo.next().set(ndviOf[m]);
                ch.next().set(scene[m] + 1);
            }
        }
    }

    /** The images' types linked to their storage ({@link FlatIndex}); the images must be array images. */
    private static <T extends NativeType<T>> T[] linked(List<? extends RandomAccessibleInterval<T>> images,
                                                        IntFunction<T[]> array, String what) {
        T[] types = array.apply(images.size());
        for (int s = 0; s < types.length; s++) {
            types[s] = FlatIndex.linked(images.get(s));
            if (types[s] == null) {
                throw new IllegalArgumentException("medoid: the " + what + " image of scene " + s + " is not an array "
                        + "image (ArrayImgs): " + images.get(s).getClass().getSimpleName());
            }
        }
        return types;
    }

    /**
     * The index of the medoid of the first {@code m} points {@code (red[i], nir[i])}: the smallest sum of distances,
     * the first of those within {@link #MEDOID_TIE} of it. Each distance is computed once and added to both sums.
     */
    static int medoidOf(double[] red, double[] nir, double[] sum, int m) {
        if (m == 1) {
            return 0;
        }
        Arrays.fill(sum, 0, m, 0);
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                double dr = red[i] - red[j];
                double dn = nir[i] - nir[j];
                double d = Math.sqrt(dr * dr + dn * dn);
                sum[i] += d;
                sum[j] += d;
            }
        }
        double min = sum[0];
        for (int i = 1; i < m; i++) {
            min = Math.min(min, sum[i]);
        }
        int i = 0;
        while (sum[i] - min > MEDOID_TIE * min) {
            i++;
        }
        return i;
    }

    /** The images stacked to (x, y, scene) and collapsed: one column of observations per pixel, in flat order. */
    private static <T extends Type<T>> Cursor<? extends Composite<T>> columns(
            List<? extends RandomAccessibleInterval<T>> images) {
        return Views.flatIterable(Views.collapse(Views.stack(List.copyOf(images)))).cursor();
    }

    private double pick(double[] v, int n) {
        if (method == Method.MAX) {
            double m = v[0];
            for (int i = 1; i < n; i++) {
                m = Math.max(m, v[i]);
            }
            return m;
        }
        Arrays.sort(v, 0, n);
        if (method == Method.MEDIAN) {
            return (n & 1) == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
        }
        int rank = (int) Math.ceil(percentile / 100.0 * n);
        return v[Math.max(0, Math.min(n - 1, rank - 1))];
    }
}
