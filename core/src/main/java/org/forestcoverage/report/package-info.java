/**
 * Report writers: coverage.csv, coverage.json, the trajectory report and the console summary. They write into the
 * folder they are given (an {@link org.forestcoverage.output.OutputFolder}'s staging folder). No Spark.
 */
package org.forestcoverage.report;
