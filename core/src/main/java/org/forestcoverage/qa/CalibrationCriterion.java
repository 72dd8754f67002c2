package org.forestcoverage.qa;

/**
 * What {@link ThresholdCalibration} maximises. Ties are always finally broken by the lowest threshold.
 */
public enum CalibrationCriterion {
    /** Highest overall accuracy; ties broken by the smallest |user's - producer's| of forest. */
    OVERALL_ACCURACY,
    /**
     * Smallest |user's - producer's accuracy| of forest (commission = omission, so mapped coverage is unbiased);
     * ties broken by the highest overall accuracy. Thresholds mapping no plot as forest are not eligible.
     */
    BALANCED,
    /** Highest F1 of forest; ties broken by the highest overall accuracy. */
    F1
}
