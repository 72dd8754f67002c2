package org.forestcoverage.qa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An error (confusion) matrix of sample counts: {@code count(i, j)} is the number of sample units mapped as class
 * {@code i} whose reference (ground) class is {@code j}. Rows = map, columns = reference, as in Olofsson et al. 2014.
 * The map classes double as strata. Immutable and thread-safe.
 *
 * <pre>{@code
 * ErrorMatrix m = ErrorMatrix.of(List.of("forest", "non-forest"), new long[][] {{40, 5}, {3, 52}});
 * long forestMappedForest = m.count(0, 0);   // 40
 * long mappedForest = m.rowTotal(0);          // 45 = n_1.
 * }</pre>
 */
public final class ErrorMatrix {

    private final List<String> classNames;
    private final long[][] counts;

    private ErrorMatrix(List<String> classNames, long[][] counts) {
        this.classNames = classNames;
        this.counts = counts;
    }

    /**
     * A matrix over {@code classNames} (k distinct, non-blank names) and a k x k count array (copied).
     *
     * @throws IllegalArgumentException naming every offending value: blank or duplicate names, a non-square array,
     *                                  a size that differs from the number of names, negative counts
     */
    public static ErrorMatrix of(List<String> classNames, long[][] counts) {
        if (classNames == null || counts == null) {
            throw new IllegalArgumentException("class names and counts are required, got names " + classNames
                    + " and counts " + (counts == null ? "null" : "array"));
        }
        List<String> problems = new ArrayList<>();
        int k = classNames.size();
        if (k == 0) {
            problems.add("no classes");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < k; i++) {
            String name = classNames.get(i);
            if (name == null || name.isBlank()) {
                problems.add("class name " + i + " is blank: '" + name + "'");
            } else if (!seen.add(name)) {
                problems.add("class name '" + name + "' (index " + i + ") is a duplicate");
            }
        }
        if (counts.length != k) {
            problems.add("counts have " + counts.length + " rows but there are " + k + " class names " + classNames);
        }
        for (int i = 0; i < counts.length; i++) {
            long[] row = counts[i];
            if (row == null || row.length != counts.length) {
                problems.add("row " + i + " has " + (row == null ? "no" : String.valueOf(row.length))
                        + " columns, expected " + counts.length + " (matrix must be square)");
                continue;
            }
            for (int j = 0; j < row.length; j++) {
                if (row[j] < 0) {
                    problems.add("count[" + i + "][" + j + "] = " + row[j] + " is negative");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid error matrix: " + String.join("; ", problems));
        }
        long[][] copy = new long[k][];
        for (int i = 0; i < k; i++) {
            copy[i] = counts[i].clone();
        }
        return new ErrorMatrix(List.copyOf(classNames), copy);
    }

    /** Number of classes k. */
    public int size() {
        return classNames.size();
    }

    /** Class names in index order (unmodifiable). */
    public List<String> classNames() {
        return classNames;
    }

    public String className(int i) {
        return classNames.get(i);
    }

    /** Index of a class name. @throws IllegalArgumentException if absent, listing the known names */
    public int indexOf(String className) {
        int i = classNames.indexOf(className);
        if (i < 0) {
            throw new IllegalArgumentException("no class '" + className + "' in " + classNames);
        }
        return i;
    }

    /** n_ij: samples mapped as {@code mapClass} with reference {@code referenceClass}. */
    public long count(int mapClass, int referenceClass) {
        return counts[mapClass][referenceClass];
    }

    /** n_i.: samples in map class (stratum) i. */
    public long rowTotal(int mapClass) {
        long s = 0;
        for (long c : counts[mapClass]) {
            s += c;
        }
        return s;
    }

    /** n_.j: samples whose reference class is j. */
    public long columnTotal(int referenceClass) {
        long s = 0;
        for (long[] row : counts) {
            s += row[referenceClass];
        }
        return s;
    }

    /** n: all samples. */
    public long total() {
        long s = 0;
        for (int i = 0; i < counts.length; i++) {
            s += rowTotal(i);
        }
        return s;
    }

    /** Copy of the counts, rows = map. */
    public long[][] toArray() {
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    /**
     * Cohen's kappa from the counts (unweighted by stratum area): (p_o - p_e) / (1 - p_e) with p_o the share on the
     * diagonal and p_e = sum_i n_i. n_.i / n^2. NaN when there are no samples or p_e = 1.
     */
    public double kappa() {
        double n = total();
        if (n == 0) {
            return Double.NaN;
        }
        double diagonal = 0;
        double chance = 0;
        for (int i = 0; i < size(); i++) {
            diagonal += counts[i][i];
            chance += (double) rowTotal(i) * columnTotal(i);
        }
        double po = diagonal / n;
        double pe = chance / (n * n);
        return pe == 1 ? Double.NaN : (po - pe) / (1 - pe);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ErrorMatrix m && classNames.equals(m.classNames) && Arrays.deepEquals(counts, m.counts);
    }

    @Override
    public int hashCode() {
        return 31 * classNames.hashCode() + Arrays.deepHashCode(counts);
    }

    /** Rows = map, columns = reference, e.g. {@code map\ref [forest, non-forest] forest [40, 5] ...}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ErrorMatrix(rows = map, columns = reference) ").append(classNames);
        for (int i = 0; i < counts.length; i++) {
            sb.append(' ').append(classNames.get(i)).append(' ').append(Arrays.toString(counts[i]));
        }
        return sb.toString();
    }

    /**
     * Tallies (map, reference) pairs into a matrix. Not thread-safe; build one per thread and {@link #merge} them.
     *
     * <pre>{@code
     * ErrorMatrix.Tally t = new ErrorMatrix.Tally(List.of("forest", "non-forest"));
     * t.add(0, 1);   // mapped forest, reference non-forest
     * ErrorMatrix m = t.toMatrix();
     * }</pre>
     */
    public static final class Tally {
        private final List<String> classNames;
        private final long[][] counts;

        public Tally(List<String> classNames) {
            this.classNames = List.copyOf(classNames);
            this.counts = new long[classNames.size()][classNames.size()];
        }

        /** Adds one sample unit. */
        public Tally add(int mapClass, int referenceClass) {
            counts[mapClass][referenceClass]++;
            return this;
        }

        /** Adds the counts of {@code other}, which must have the same class names. */
        public Tally merge(Tally other) {
            if (!classNames.equals(other.classNames)) {
                throw new IllegalArgumentException("cannot merge tallies over " + classNames + " and " + other.classNames);
            }
            for (int i = 0; i < counts.length; i++) {
                for (int j = 0; j < counts.length; j++) {
                    counts[i][j] += other.counts[i][j];
                }
            }
            return this;
        }

        public ErrorMatrix toMatrix() {
            return ErrorMatrix.of(classNames, counts);
        }
    }
}
