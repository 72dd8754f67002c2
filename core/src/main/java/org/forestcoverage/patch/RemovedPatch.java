package org.forestcoverage.patch;

/**
 * A patch part that the driver found below the unit once joined across tiles: the year, the tile and the candidate,
 * whose recorded contributions move from forest to non-forest and whose pixels turn non-forest in the maps.
 *
 * @param year      year index
 * @param tile      tile index in the tiling
 * @param candidate the part
 */
public record RemovedPatch(int year, int tile, PatchCandidate candidate) {
}
