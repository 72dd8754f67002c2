package org.forestcoverage.survey;

/**
 * One year's estimated forest coverage of a domain (the city or a district) from a plot panel: the design-based share
 * of the domain's area whose reference class is forest.
 *
 * @param domain   the domain's name ({@code ALL} for the whole sampled area, or a district id)
 * @param year     the survey year
 * @param coverage coverage in percent with its standard error in percentage points
 */
public record YearCoverage(String domain, int year, Estimate coverage) {
}
