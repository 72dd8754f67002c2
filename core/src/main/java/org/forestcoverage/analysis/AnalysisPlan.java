package org.forestcoverage.analysis;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.Tiling;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.kernel.ForestClassifier;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.zones.Zoner;

/**
 * Everything a tile task needs, small enough to broadcast: the analysis grid and its tiling, the scenes per
 * year (ascending years), the classifier, the compositor, the zoner of the districts and the pixel area per
 * grid row. No pixels.
 *
 * @param rowAreaM2   area of one pixel of each grid row in m2 (all equal on projected grids)
 * @param resampling  GDAL resampling for reflectance bands when a scene must be warped
 * @param mapsDir     folder for per-tile forest-class GeoTIFFs, or {@code null} to write none
 */
public record AnalysisPlan(GridSpec grid, int tileSize, List<Integer> years, Map<Integer, List<SceneSpec>> scenes,
                           ForestClassifier classifier, Compositor compositor, Zoner zoner, int districtCount,
                           double[] rowAreaM2, String resampling, String mapsDir) implements Serializable {

    public Tiling tiling() {
        return new Tiling(grid, tileSize);
    }
}
