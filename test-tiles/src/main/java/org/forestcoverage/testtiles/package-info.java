/**
 * Deterministic synthetic data with answers known by construction: {@link org.forestcoverage.testtiles.KnownAnswerScene}
 * (one small scene full of edge cases: threshold ties, 0/0, nodata in one band, 16-bit overflow, districts partly or
 * wholly outside the scene, a tile with no district) and {@link org.forestcoverage.testtiles.DemoDataset} (yearly
 * SYNTHETIC scenes 2020-2025 whose city forest coverage rises from 44.4 % towards 45 %).
 *
 * <p>Everything here lives on a 30 m lattice in EPSG:32650 (UTM 50N). Districts are rectilinear polygons whose edges
 * fall on pixel edges, so pixel-centre assignment is unambiguous and the expected counts come from integer index
 * arithmetic, never from the code under test. The truth rule ({@link org.forestcoverage.testtiles.ExpectedClass}) is
 * the integer form of "NDVI &gt;= 0.6 is forest" for offset-free data: forest iff {@code NIR >= 4 * RED}, unobserved
 * iff nodata in either band or {@code RED + NIR == 0}, evaluated in {@code long} arithmetic.
 *
 * <p>Dependencies: {@code core}'s {@code grid} and {@code io.gdal} (writing GeoTIFFs, CRS WKT) and Jackson (GeoJSON,
 * manifests). Generation is pure arithmetic on a seeded {@link java.util.SplittableRandom}: the same arguments give
 * byte-identical files.
 */
package org.forestcoverage.testtiles;
