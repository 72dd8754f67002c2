package org.forestcoverage.scene;

import java.io.Serializable;

/**
 * Which sources decided a scene's radiometry, mask and water, in words, for the run's record ({@code coverage.json}
 * under {@code run.scene_sources}): e.g. scaling {@code TOA from radiance (RADIANCE_MULT/ADD_BAND_3/4, ESUN Chander et
 * al. 2009, d = 0.98761 AU from EARTH_SUN_DISTANCE, sun elevation 51.05 deg)}, mask {@code BQA Collection 1: fill,
 * cloud, cloud shadow, cirrus, snow at confidence high}, water {@code QA_PIXEL bit 7}. Immutable.
 *
 * @param scaling how digital numbers became reflectance
 * @param mask    which quality band and rule masked pixels, or {@code none}
 * @param water   where water came from: the quality band's flag, a water index, a layer, or {@code none} (water then
 *                counts as land)
 */
public record SceneProvenance(String scaling, String mask, String water) implements Serializable {
    private static final long serialVersionUID = 1L;

    public SceneProvenance {
        if (scaling == null || mask == null || water == null) {
            throw new IllegalArgumentException("scene provenance needs scaling, mask and water, got " + scaling + ", "
                    + mask + ", " + water);
        }
    }
}
