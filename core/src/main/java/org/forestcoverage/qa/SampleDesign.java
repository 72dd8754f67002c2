package org.forestcoverage.qa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.forestcoverage.survey.PanelSizing;

/**
 * A stratified random sample design over a classified raster: sample sizes per stratum (map class, optionally per
 * district) and a seeded selection of which pixels to visit, expressed as <em>ranks</em>, so that no per-pixel state
 * is stored.
 *
 * <pre>{@code
 * // pass 1: count the pixels of each stratum while scanning the raster in a fixed order
 * List<StratumSample> counts = List.of(new StratumSample(StratumKey.of(1), 3_200_000, 0),
 *                                      new StratumSample(StratumKey.of(0), 6_800_000, 0));
 * SampleDesign d = SampleDesign.forTargetOverallSe(counts, Map.of(1, 0.85, 0, 0.9), 0.01,
 *                                                  SampleDesign.Allocation.PROPORTIONAL, 50, 42L);
 * // pass 2: scan in the same order; the r-th pixel (0-based) of stratum s is selected iff r is in d.selectedRanks(s)
 * SampleDesign.Cursor c = d.cursor();
 * if (c.next(s)) { ... write this pixel's centre as a plot ... }
 * }</pre>
 *
 * <p>The rank of a pixel is its 0-based position among the pixels of its stratum in the caller's scan order, which
 * must be the same in both passes (e.g. tiles in row-major order, pixels row-major inside a tile). For tiles processed
 * in parallel, compute each tile's first rank per stratum from the per-tile counts (a prefix sum) and use
 * {@link #selectedRanks(int, long, long)}.
 *
 * <p>Selection: within each stratum, {@code sampleSize} distinct ranks drawn uniformly without replacement (Floyd's
 * algorithm) from a {@link SplittableRandom} seeded by the design seed and the stratum key, so a stratum's sample
 * depends only on (seed, key, pixelCount, sampleSize), not on the other strata or their order. Immutable and
 * thread-safe, except {@link Cursor}.
 */
public final class SampleDesign {

    /** How a total sample size is split among strata. */
    public enum Allocation {
        /** n_h proportional to the stratum's pixel count (largest-remainder rounding, so the total is exact). */
        PROPORTIONAL,
        /** The same n_h in every stratum (rounded up). */
        EQUAL,
        /**
         * n_h proportional to W_h S_h (Neyman allocation, the smallest total for a given standard error; rounded up),
         * S_h the stratum's anticipated standard deviation.
         */
        NEYMAN
    }

    private final List<StratumSample> strata;
    private final long seed;
    private final long[][] ranks;
    private final Map<StratumKey, Integer> index;

    private SampleDesign(List<StratumSample> strata, long seed) {
        this.strata = List.copyOf(strata);
        this.seed = seed;
        this.index = new HashMap<>();
        this.ranks = new long[strata.size()][];
        for (int s = 0; s < strata.size(); s++) {
            StratumSample h = strata.get(s);
            if (index.put(h.key(), s) != null) {
                throw new IllegalArgumentException("stratum " + h.key() + " is listed twice");
            }
            ranks[s] = draw(stratumSeed(seed, h.key()), h.pixelCount(), h.sampleSize());
        }
    }

    /**
     * A design with the given strata and sample sizes ({@link StratumSample#sampleSize()}).
     *
     * @throws IllegalArgumentException if a stratum key repeats
     */
    public static SampleDesign of(List<StratumSample> strata, long seed) {
        return new SampleDesign(strata, seed);
    }

    /**
     * The same sample size in every stratum, reduced to the stratum's pixel count where it has fewer pixels.
     * The sample sizes already set in {@code strata} are ignored.
     */
    public static SampleDesign fixedPerStratum(List<StratumSample> strata, int sampleSizePerStratum, long seed) {
        if (sampleSizePerStratum < 0) {
            throw new IllegalArgumentException("sample size per stratum " + sampleSizePerStratum + " is negative");
        }
        List<StratumSample> sized = new ArrayList<>(strata.size());
        for (StratumSample h : strata) {
            sized.add(new StratumSample(h.key(), h.pixelCount(), (int) Math.min(sampleSizePerStratum, h.pixelCount())));
        }
        return new SampleDesign(sized, seed);
    }

    /**
     * A design whose total size targets a standard error of overall accuracy (Olofsson et al. 2014 eq. 13):
     * n = (sum_h W_h S_h / S(O))^2, S_h = sqrt(U_h (1 - U_h)), with W_h the stratum's pixel share and U_h the
     * anticipated user's accuracy of its map class. n is split by {@code allocation}, then every stratum is raised to
     * {@code minPerStratum} and capped at its pixel count, so the final total can exceed n.
     *
     * @param strata                        pixel counts per stratum (sample sizes in it are ignored)
     * @param anticipatedUsersAccuracy      anticipated user's accuracy by map class, each in [0, 1]
     * @param targetOverallSe               the wanted SE of overall accuracy (a fraction, e.g. 0.01), > 0
     * @throws IllegalArgumentException naming a map class without an anticipated accuracy or with one outside [0, 1]
     */
    public static SampleDesign forTargetOverallSe(List<StratumSample> strata,
                                                  Map<Integer, Double> anticipatedUsersAccuracy,
                                                  double targetOverallSe, Allocation allocation, int minPerStratum,
                                                  long seed) {
        if (minPerStratum < 0) {
            throw new IllegalArgumentException("minimum per stratum " + minPerStratum + " is negative");
        }
        int k = strata.size();
        double[] weights = new double[k];
        double[] users = new double[k];
        long totalPixels = 0;
        for (StratumSample h : strata) {
            totalPixels += h.pixelCount();
        }
        if (totalPixels == 0) {
            throw new IllegalArgumentException("the strata hold no pixels: " + strata);
        }
        for (int s = 0; s < k; s++) {
            StratumSample h = strata.get(s);
            Double u = anticipatedUsersAccuracy.get(h.key().mapClass());
            if (u == null) {
                throw new IllegalArgumentException("no anticipated user's accuracy for map class " + h.key().mapClass()
                        + " (stratum " + h.key() + "); given for classes " + anticipatedUsersAccuracy.keySet());
            }
            weights[s] = (double) h.pixelCount() / totalPixels;
            users[s] = u;
        }
        int n = requiredSampleSize(weights, users, targetOverallSe);
        double[] sd = new double[k];
        for (int s = 0; s < k; s++) {
            sd[s] = Math.sqrt(users[s] * (1 - users[s]));
        }
        int[] sizes = switch (allocation) {
            case PROPORTIONAL -> proportional(strata, totalPixels, n);
            case EQUAL -> equal(k, n);
            case NEYMAN -> byShares(PanelSizing.neymanShares(weights, sd), n);
        };
        return sized(strata, sizes, minPerStratum, seed);
    }

    /**
     * A panel design: a sample to be labelled in two years, sized to detect a change of {@code changePp} percentage
     * points of coverage at two-sided level {@code alpha} with probability {@code power} ({@link PanelSizing}). In a
     * forest stratum a share {@code lossRate} of the area is assumed to stop being forest, in a non-forest stratum a
     * share {@code gainRate} to become forest, so S_h = sqrt(l (1 - l)) and sqrt(g (1 - g)). n is split by
     * {@code allocation} (each stratum rounded up), then every stratum is raised to {@code minPerStratum} and capped at
     * its pixel count.
     *
     * @throws IllegalArgumentException naming the offending value
     */
    public static SampleDesign forPanelChange(List<StratumSample> strata, double gainRate, double lossRate,
                                              double changePp, double alpha, double power, Allocation allocation,
                                              int minPerStratum, long seed) {
        if (minPerStratum < 0) {
            throw new IllegalArgumentException("minimum per stratum " + minPerStratum + " is negative");
        }
        int k = strata.size();
        double[] weights = new double[k];
        double[] sd = panelSd(strata, gainRate, lossRate);
        long totalPixels = strata.stream().mapToLong(StratumSample::pixelCount).sum();
        if (totalPixels == 0) {
            throw new IllegalArgumentException("the strata hold no pixels: " + strata);
        }
        for (int s = 0; s < k; s++) {
            weights[s] = (double) strata.get(s).pixelCount() / totalPixels;
        }
        double[] shares = switch (allocation) {
            case PROPORTIONAL -> weights;
            case EQUAL -> equalShares(k);
            case NEYMAN -> PanelSizing.neymanShares(weights, sd);
        };
        int n = PanelSizing.requiredPlots(weights, sd, shares, changePp, alpha, power);
        int[] sizes = byShares(shares, n);
        return sized(strata, sizes, minPerStratum, seed);
    }

    /** The design with n_h = sizes[h], raised to {@code minPerStratum} and capped at the stratum's pixels. */
    private static SampleDesign sized(List<StratumSample> strata, int[] sizes, int minPerStratum, long seed) {
        List<StratumSample> sized = new ArrayList<>(strata.size());
        for (int s = 0; s < strata.size(); s++) {
            StratumSample h = strata.get(s);
            long size = Math.min(Math.max(sizes[s], minPerStratum), h.pixelCount());
            sized.add(new StratumSample(h.key(), h.pixelCount(), (int) size));
        }
        return new SampleDesign(sized, seed);
    }

    /** S_h of a plot's change per stratum: loss in forest strata, gain in non-forest ones. */
    public static double[] panelSd(List<StratumSample> strata, double gainRate, double lossRate) {
        double[] sd = new double[strata.size()];
        for (int s = 0; s < sd.length; s++) {
            boolean forest = strata.get(s).key().mapClass() == org.forestcoverage.kernel.LandClass.FOREST;
            sd[s] = forest ? PanelSizing.changeSd(0, lossRate) : PanelSizing.changeSd(gainRate, 0);
        }
        return sd;
    }

    /**
     * The standard error of the change (percentage points) this design gives under the assumed rates:
     * sqrt(sum_h W_h^2 S_h^2 / n_h) (Cochran 1977 eq. 5.6).
     */
    public double expectedChangeSePp(double gainRate, double lossRate) {
        double[] sd = panelSd(strata, gainRate, lossRate);
        long total = strata.stream().mapToLong(StratumSample::pixelCount).sum();
        double v = 0;
        for (int s = 0; s < sd.length; s++) {
            double w = (double) strata.get(s).pixelCount() / total;
            int n = strata.get(s).sampleSize();
            if (w > 0 && sd[s] > 0) {
                v += n == 0 ? Double.POSITIVE_INFINITY : w * w * sd[s] * sd[s] / n;
            }
        }
        return 100 * Math.sqrt(v);
    }

    private static double[] equalShares(int k) {
        double[] a = new double[k];
        Arrays.fill(a, 1.0 / k);
        return a;
    }

    /** n_h = ceil(a_h n) (a small tolerance keeps exact products from rounding up). */
    private static int[] byShares(double[] shares, int n) {
        int[] sizes = new int[shares.length];
        for (int s = 0; s < sizes.length; s++) {
            sizes[s] = (int) Math.ceil(shares[s] * n - 1e-9);
        }
        return sizes;
    }

    /**
     * Olofsson et al. 2014 eq. 13: n = ceil((sum_h W_h S_h / S(O))^2) with S_h = sqrt(U_h (1 - U_h)).
     *
     * @param weights                  stratum area shares W_h (should add up to 1)
     * @param anticipatedUsersAccuracy U_h per stratum, each in [0, 1]
     * @param targetOverallSe          S(O), > 0
     */
    public static int requiredSampleSize(double[] weights, double[] anticipatedUsersAccuracy, double targetOverallSe) {
        if (weights.length != anticipatedUsersAccuracy.length) {
            throw new IllegalArgumentException(weights.length + " weights but " + anticipatedUsersAccuracy.length
                    + " anticipated accuracies");
        }
        if (!(targetOverallSe > 0) || !(targetOverallSe < 1)) {
            throw new IllegalArgumentException("target standard error " + targetOverallSe + " is outside (0, 1)");
        }
        double sum = 0;
        for (int h = 0; h < weights.length; h++) {
            double u = anticipatedUsersAccuracy[h];
            if (!(u >= 0 && u <= 1)) {
                throw new IllegalArgumentException("anticipated user's accuracy " + u + " of stratum " + h
                        + " is outside [0, 1]");
            }
            if (!(weights[h] >= 0)) {
                throw new IllegalArgumentException("weight " + weights[h] + " of stratum " + h + " is negative");
            }
            sum += weights[h] * Math.sqrt(u * (1 - u));
        }
        double n = sum / targetOverallSe;
        // 1e-9 keeps an exact product such as 33.0000000001^2 from rounding up to the next integer
        return (int) Math.ceil(n * n - 1e-9);
    }

    private static int[] proportional(List<StratumSample> strata, long totalPixels, int n) {
        int k = strata.size();
        int[] sizes = new int[k];
        double[] remainders = new double[k];
        int assigned = 0;
        for (int s = 0; s < k; s++) {
            double exact = (double) n * strata.get(s).pixelCount() / totalPixels;
            sizes[s] = (int) Math.floor(exact);
            remainders[s] = exact - sizes[s];
            assigned += sizes[s];
        }
        for (int left = n - assigned; left > 0; left--) {
            int best = 0;
            for (int s = 1; s < k; s++) {
                if (remainders[s] > remainders[best]) {
                    best = s;
                }
            }
            sizes[best]++;
            remainders[best] = -1;
        }
        return sizes;
    }

    private static int[] equal(int k, int n) {
        int[] sizes = new int[k];
        Arrays.fill(sizes, k == 0 ? 0 : (n + k - 1) / k);
        return sizes;
    }

    /** Floyd's algorithm: {@code k} distinct values uniform in [0, n), returned sorted. */
    private static long[] draw(long stratumSeed, long n, int k) {
        SplittableRandom random = new SplittableRandom(stratumSeed);
        Set<Long> chosen = new HashSet<>(Math.max(16, 2 * k));
        long[] out = new long[k];
        int count = 0;
        for (long j = n - k; j < n; j++) {
            long t = random.nextLong(j + 1);
            long pick = chosen.add(t) ? t : j;
            if (pick == j) {
                chosen.add(j);
            }
            out[count++] = pick;
        }
        Arrays.sort(out);
        return out;
    }

    /** SplitMix64-style mixing of the design seed with the stratum key (String.hashCode is specified, so stable). */
    private static long stratumSeed(long seed, StratumKey key) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        h = mix(h ^ key.mapClass());
        return mix(h ^ key.zone().hashCode());
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The strata in index order. */
    public List<StratumSample> strata() {
        return strata;
    }

    public long seed() {
        return seed;
    }

    /** Index of a stratum. @throws IllegalArgumentException if the design has no such stratum */
    public int indexOf(StratumKey key) {
        Integer s = index.get(key);
        if (s == null) {
            throw new IllegalArgumentException("no stratum " + key + " in the design");
        }
        return s;
    }

    public int totalSampleSize() {
        int n = 0;
        for (StratumSample h : strata) {
            n += h.sampleSize();
        }
        return n;
    }

    /** The selected ranks of stratum {@code s}: sorted ascending, distinct, each in [0, pixelCount). A copy. */
    public long[] selectedRanks(int s) {
        return ranks[s].clone();
    }

    /** The selected ranks r of stratum {@code s} with {@code fromRank <= r < toRank}, sorted ascending. */
    public long[] selectedRanks(int s, long fromRank, long toRank) {
        long[] r = ranks[s];
        int from = lowerBound(r, fromRank);
        int to = lowerBound(r, toRank);
        return from >= to ? new long[0] : Arrays.copyOfRange(r, from, to);
    }

    private static int lowerBound(long[] sorted, long value) {
        int i = Arrays.binarySearch(sorted, value);
        return i >= 0 ? i : -i - 1;
    }

    /** A fresh cursor for a single sequential scan. */
    public Cursor cursor() {
        return new Cursor(ranks);
    }

    /**
     * Walks a sequential scan: call {@link #next(int)} once per pixel of stratum {@code s}, in the scan order; it
     * answers whether that pixel is selected. Holds one counter per stratum. Not thread-safe.
     */
    public static final class Cursor {
        private final long[][] ranks;
        private final long[] seen;
        private final int[] position;

        private Cursor(long[][] ranks) {
            this.ranks = ranks;
            this.seen = new long[ranks.length];
            this.position = new int[ranks.length];
        }

        /** Advances stratum {@code s} by one pixel; true if that pixel is in the sample. */
        public boolean next(int s) {
            long rank = seen[s]++;
            int p = position[s];
            if (p < ranks[s].length && ranks[s][p] == rank) {
                position[s] = p + 1;
                return true;
            }
            return false;
        }

        /** Pixels of stratum {@code s} seen so far. */
        public long seen(int s) {
            return seen[s];
        }
    }
}
