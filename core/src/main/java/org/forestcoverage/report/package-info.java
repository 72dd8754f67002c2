/**
 * Report writers: coverage.csv, coverage.json, the console summary, the district checks
 * ({@link org.forestcoverage.report.DistrictCheckReport}), the trajectory comparison, and {@link
 * org.forestcoverage.report.AtomicOutput}, which makes an output folder appear only when complete. No Spark.
 */
package org.forestcoverage.report;
