/**
 * The minimum mapping unit, applied exactly across tiles: connected forest patches smaller than a definition's unit
 * count as non-forest, with a result identical for any tiling, partitioning or cluster, in one pass over the pixels.
 *
 * <ul>
 *   <li>{@link org.forestcoverage.patch.ComponentLabeler}: 4- or 8-connected components within one tile.</li>
 *   <li>{@link org.forestcoverage.patch.PatchFilter} (in the tile task): a patch that does not touch the tile's edge
 *       is decided at once (turned non-forest before the tile is added to the sums when below the unit); a patch
 *       touching the edge whose part in the tile is below the unit is a {@link org.forestcoverage.patch.PatchCandidate}:
 *       its area, its pixels and exactly what the sums received for it per district (all of it, and the part in each
 *       layer of flagged pixels: filled, in a rule layer). Edge pixels are labelled
 *       ({@link org.forestcoverage.patch.TilePatches}) so that the driver can join patches across tiles.</li>
 *   <li>{@link org.forestcoverage.patch.PatchResolver} (on the driver): a union-find over the candidates joined
 *       through the tile edges; a joined patch that meets a large part, or whose total area reaches the unit, is kept;
 *       the others are removed, and their recorded contributions move from forest to non-forest in the sums (sums are
 *       linear and exact integers), their pixels are flipped in the maps.</li>
 * </ul>
 *
 * A patch is made of forest pixels that lie, at least partly, in a district; pixels wholly outside every district
 * neither count nor connect, so patches are cut at the city's boundary as the analysis area is. Areas are exact
 * integers in mm2 (each pixel's row area, rounded to mm2 as the sums do). Pure Java; depends on {@code grid} and
 * {@code definition}. Types are immutable except the per-task {@link org.forestcoverage.patch.PatchFilter}.
 */
package org.forestcoverage.patch;
