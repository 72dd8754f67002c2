/**
 * Districts and the assignment of pixels to them: {@link org.forestcoverage.zones.District},
 * {@link org.forestcoverage.zones.ZoneMask} (per tile, reused for every year), and the
 * {@link org.forestcoverage.zones.Zoner}s: pixel centre and exact fractional coverage. Uses grid and JTS.
 */
package org.forestcoverage.zones;
