package org.forestcoverage.sensor;

import org.forestcoverage.scene.SceneSpec;

/**
 * Façade from a manifest entry to a {@link SceneSpec}.
 *
 * <pre>{@code
 * SceneSpec spec = Sensors.sceneSpec(SceneRequest.builder("sentinel-2-l2a", 2022, "T50TMK_20220601")
 *         .baseDir(manifestFolder).metadata("S2A_MSIL2A_20220601T030541_N0400_R075_T50TMK_20220601T074407.SAFE/MTD_MSIL2A.xml")
 *         .build());
 * }</pre>
 *
 * <p>Reads only the metadata text named in the request (never a raster). Thread-safe.
 */
public final class Sensors {
    private Sensors() {
    }

    /**
     * The scene spec for one manifest entry, built by the preset its {@code sensor} names.
     *
     * @throws SensorException naming the scene, file and field, when the entry cannot be turned into a spec, or its
     *                         year is outside the years its sensor can have imaged
     */
    public static SceneSpec sceneSpec(SceneRequest request) {
        SceneSpec spec = SensorPreset.byId(request.sensor()).sceneSpec(request);
        SensorEra.check(spec, request);
        return spec;
    }
}
