package org.forestcoverage.qa;

/**
 * User's and producer's accuracy of one class with their standard errors (fractions in [0, 1]), estimated with the
 * stratified estimators of Olofsson et al. 2014. NaN where undefined (no samples mapped as the class for user's
 * accuracy, an estimated reference area of zero for producer's accuracy).
 *
 * <pre>{@code
 * ClassAccuracy c = assessment.classAccuracy(0);
 * double lo = c.usersAccuracy() - c.usersCiHalfWidth();
 * }</pre>
 *
 * @param className           the class
 * @param usersAccuracy       U_i = p_ii / p_i. (share of the class's map that is right)
 * @param usersSe             sqrt(U_i (1 - U_i) / (n_i. - 1)), Olofsson eq. 6
 * @param producersAccuracy   P_j = p_jj / p_.j (share of the class's true extent that was mapped)
 * @param producersSe         Olofsson eq. 7
 */
public record ClassAccuracy(String className, double usersAccuracy, double usersSe,
                            double producersAccuracy, double producersSe) {

    /** 95 % confidence half-width of user's accuracy, 1.96 SE. */
    public double usersCiHalfWidth() {
        return StratifiedEstimator.Z95 * usersSe;
    }

    /** 95 % confidence half-width of producer's accuracy, 1.96 SE. */
    public double producersCiHalfWidth() {
        return StratifiedEstimator.Z95 * producersSe;
    }
}
