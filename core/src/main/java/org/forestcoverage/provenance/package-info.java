/**
 * Where a figure came from: SHA-256 checksums of input files and the run record ({@code run.json}) of an analysis.
 * Depends on nothing but the JDK and Jackson; no GDAL, no Spark.
 */
package org.forestcoverage.provenance;
