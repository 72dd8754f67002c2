package org.forestcoverage.qa;

import java.util.List;

/**
 * The result of {@link StratifiedEstimator#assess}: area proportions, accuracies with standard errors, kappa and
 * error-adjusted areas. Accuracies are fractions in [0, 1], areas m2. Immutable (arrays are copied on the way in and
 * out) and thread-safe.
 *
 * <pre>{@code
 * AccuracyAssessment a = StratifiedEstimator.assess(matrix, mappedAreaM2);
 * double o = a.overallAccuracy(), half = a.overallCiHalfWidth();
 * AreaEstimate forest = a.area(matrix.indexOf("forest"));
 * }</pre>
 */
public final class AccuracyAssessment {

    private final ErrorMatrix matrix;
    private final double[] mappedAreaM2;
    private final double totalAreaM2;
    private final double[][] proportions;
    private final double overallAccuracy;
    private final double overallSe;
    private final List<ClassAccuracy> classAccuracies;
    private final List<AreaEstimate> areas;
    private final double[] proportionSe;

    AccuracyAssessment(ErrorMatrix matrix, double[] mappedAreaM2, double totalAreaM2, double[][] proportions,
                       double overallAccuracy, double overallSe, List<ClassAccuracy> classAccuracies,
                       List<AreaEstimate> areas, double[] proportionSe) {
        this.matrix = matrix;
        this.mappedAreaM2 = mappedAreaM2.clone();
        this.totalAreaM2 = totalAreaM2;
        this.proportions = new double[proportions.length][];
        for (int i = 0; i < proportions.length; i++) {
            this.proportions[i] = proportions[i].clone();
        }
        this.overallAccuracy = overallAccuracy;
        this.overallSe = overallSe;
        this.classAccuracies = List.copyOf(classAccuracies);
        this.areas = List.copyOf(areas);
        this.proportionSe = proportionSe.clone();
    }

    /** The sample counts the assessment was computed from (rows = map, columns = reference). */
    public ErrorMatrix matrix() {
        return matrix;
    }

    /** Mapped area of stratum (map class) i, m2. */
    public double mappedAreaM2(int mapClass) {
        return mappedAreaM2[mapClass];
    }

    /** A: total mapped area of all strata, m2. */
    public double totalAreaM2() {
        return totalAreaM2;
    }

    /** W_i = mapped area share of stratum i. */
    public double weight(int mapClass) {
        return mappedAreaM2[mapClass] / totalAreaM2;
    }

    /** p_ij = W_i n_ij / n_i.: estimated share of the total area mapped as i with reference class j. */
    public double proportion(int mapClass, int referenceClass) {
        return proportions[mapClass][referenceClass];
    }

    /** p_.j: estimated share of the total area whose reference class is j. */
    public double referenceProportion(int referenceClass) {
        double s = 0;
        for (double[] row : proportions) {
            s += row[referenceClass];
        }
        return s;
    }

    /** SE(p_.j), Olofsson eq. 10. */
    public double referenceProportionSe(int referenceClass) {
        return proportionSe[referenceClass];
    }

    /** O = sum_j p_jj. */
    public double overallAccuracy() {
        return overallAccuracy;
    }

    /** SE(O) = sqrt(sum_i W_i^2 U_i (1 - U_i) / (n_i. - 1)), Olofsson eq. 5. */
    public double overallSe() {
        return overallSe;
    }

    /** 95 % confidence half-width of overall accuracy, 1.96 SE(O). */
    public double overallCiHalfWidth() {
        return StratifiedEstimator.Z95 * overallSe;
    }

    /** Cohen's kappa from the raw counts (see {@link ErrorMatrix#kappa()}); reported for comparability only. */
    public double kappa() {
        return matrix.kappa();
    }

    public ClassAccuracy classAccuracy(int classIndex) {
        return classAccuracies.get(classIndex);
    }

    /** One entry per class, in class index order. */
    public List<ClassAccuracy> classAccuracies() {
        return classAccuracies;
    }

    /** Mapped and error-adjusted area of class j. */
    public AreaEstimate area(int classIndex) {
        return areas.get(classIndex);
    }

    /** One entry per class, in class index order. */
    public List<AreaEstimate> areas() {
        return areas;
    }

    /**
     * Error-adjusted forest coverage: adjusted area of {@code forestClass} over the adjusted land area, with all
     * classes of the matrix taken as observed land (forest + non-forest). The land total then equals the mapped total
     * A, which is fixed, so the SE is SE(forest area) / A. Unobserved pixels must not be a stratum of the matrix.
     */
    public CoverageEstimate forestCoverage(int forestClass) {
        return new CoverageEstimate(100 * referenceProportion(forestClass), 100 * proportionSe[forestClass]);
    }
}
