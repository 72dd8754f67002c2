/**
 * Districts and zone masks: {@link org.forestcoverage.zones.District}, the per-tile
 * {@link org.forestcoverage.zones.ZoneMask} and the {@link org.forestcoverage.zones.Zoner}s that build it
 * ({@link org.forestcoverage.zones.FractionalZoner}: exact fractional coverage), input checks
 * ({@link org.forestcoverage.zones.DistrictChecks}: validity, overlaps, gaps) and the GCJ-02 to WGS84 conversion
 * ({@link org.forestcoverage.zones.Gcj02}). District geometries are in the analysis grid's CRS once they reach a
 * zoner. Uses {@code grid}, {@code coverage} and JTS; no GDAL, no Spark.
 */
package org.forestcoverage.zones;
