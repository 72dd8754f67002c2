package org.forestcoverage.testtiles;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.raster.PixelType;

/**
 * What {@link KnownAnswerScene#write} wrote and the answers known by construction.
 *
 * @param scene        {@code scene.tif}: band 1 red, band 2 NIR, {@code type}, nodata {@code nodata}
 * @param districts    {@code districts.geojson}: properties {@code district_id}, {@code name}
 * @param manifest     {@code manifest.json}: one scene, year {@link KnownAnswerScene#YEAR}
 * @param sceneGrid    the scene's grid (EPSG:32650, 30 m)
 * @param districtGrid the districts' bounding box on the same lattice (wider than the scene: the default analysis
 *                     grid)
 * @param perDistrict  expected counts per district, in {@link KnownAnswerScene#layout()} order
 * @param city         the sum over all districts ({@link ExpectedCounts#CITY})
 * @param wholeScene   counts over every scene pixel whether or not a district holds it (id {@code SCENE})
 * @param caseCounts   number of scene pixels of each {@link PixelCase}
 */
public record KnownAnswer(Path scene, Path districts, Path manifest, GridSpec sceneGrid, GridSpec districtGrid,
                          PixelType type, int nodata, List<ExpectedCounts> perDistrict, ExpectedCounts city,
                          ExpectedCounts wholeScene, Map<PixelCase, Long> caseCounts) {

    public KnownAnswer {
        perDistrict = List.copyOf(perDistrict);
        caseCounts = Map.copyOf(caseCounts);
    }

    /** The expected counts of district {@code id}; throws when there is no such district. */
    public ExpectedCounts district(String id) {
        return perDistrict.stream().filter(c -> c.districtId().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no district " + id + " in the known-answer layout"));
    }
}
