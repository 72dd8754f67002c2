/**
 * Per (year, district) sums of forest, non-forest, water and unobserved pixels and areas as an exact
 * integer monoid ({@link org.forestcoverage.sums.CoverageSums}), with the layers of filled pixels and of forest removed
 * by the minimum mapping unit, and the rows reported from them. {@link org.forestcoverage.sums.DistrictTally} also
 * tells the minimum mapping unit what the sums take of each pixel ({@link org.forestcoverage.patch.PixelShares}), so
 * that a patch removed on the driver moves exactly what its tile added.
 */
package org.forestcoverage.sums;
