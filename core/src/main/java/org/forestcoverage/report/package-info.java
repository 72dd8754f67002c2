/**
 * Report writers: coverage.csv, coverage.json, the console summary, the district checks
 * ({@link org.forestcoverage.report.DistrictCheckReport}) and the trajectory comparison. They write into the folder
 * they are given (an {@link org.forestcoverage.output.OutputFolder}'s staging folder). No Spark.
 */
package org.forestcoverage.report;
