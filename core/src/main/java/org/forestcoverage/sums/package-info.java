/**
 * Per (year, district) sums of forest, non-forest, water and unobserved pixels and areas as an exact
 * integer monoid ({@link org.forestcoverage.sums.CoverageSums}), and the rows reported from them.
 */
package org.forestcoverage.sums;
