/**
 * Design-based estimation from probability samples of plots: what a sample of ground plots says about the whole
 * area, with standard errors that follow the way the plots were drawn.
 *
 * <ul>
 *   <li>{@link org.forestcoverage.survey.DesignSample}: plots in strata (the strata as drawn, with their population
 *       areas) or with inclusion-probability weights, optionally grouped in clusters; estimates totals and ratios
 *       (Stehman 2014, IJRS 35:4923-4939, eqs. 2-3 and 27-28; Cochran 1977, Sampling Techniques, 3rd ed., sections
 *       5.2, 6.11 and 11.8) as an {@link org.forestcoverage.survey.Estimate}.</li>
 *   <li>{@link org.forestcoverage.survey.PanelEstimator}: plots re-measured in several years; each year's coverage
 *       and the change between any two years, estimated from the per-plot difference so that the covariance of the
 *       years is counted ({@link org.forestcoverage.survey.PanelResult}).</li>
 *   <li>{@link org.forestcoverage.survey.PanelSizing}: how many plots a panel needs to detect a given change.</li>
 *   <li>{@link org.forestcoverage.survey.StandardNormal}: the normal quantiles behind confidence levels and power.</li>
 * </ul>
 *
 * Areas are square metres, proportions fractions in [0, 1]; confidence intervals are 95 % normal intervals
 * (half-width 1.96 SE). The finite population correction (1 - n_h / N_h) is left out, as in Olofsson et al. 2014:
 * with pixel populations it is below 1e-3 and leaving it out errs on the safe side. Pure Java (JDK only); every type is
 * immutable and thread-safe.
 */
package org.forestcoverage.survey;
