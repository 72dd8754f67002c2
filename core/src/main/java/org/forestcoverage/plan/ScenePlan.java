package org.forestcoverage.plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.kernel.CloudBuffer;
import org.forestcoverage.kernel.MaskTable;
import org.forestcoverage.kernel.NdviRule;
import org.forestcoverage.kernel.SceneFacts;
import org.forestcoverage.scene.CrossSensor;
import org.forestcoverage.scene.SceneProvenance;

/**
 * One scene of one year, resolved for the tasks: its red, NIR and optional quality band, the NDVI rule of its
 * decoders (scaling, nodata; with a cross-sensor transform folded in when harmonised), the look-up table of its mask
 * rule, its water source besides the quality band, its cloud buffer, and the record of which sources decided its
 * scaling, mask and water (for the run's record). Immutable.
 *
 * @param id      the scene's name in the manifest
 * @param sensor  the preset that read the scene ({@code generic}, {@code landsat-c2-l2}, ...)
 * @param quality the quality band, or {@code null}
 * @param mask    the quality band's mask table, or {@code null} without a quality band
 * @param water   the water source besides the quality band ({@link WaterPlan#NONE} for none)
 * @param sources the scaling, mask and water sources in words
 * @param buffer  the cloud and shadow buffer on the grid, or {@code null} for none (no quality band, 0 m)
 * @param harmonised the cross-sensor transform folded into the rule's calibrations, or {@code null} for none
 * @param facts   day of year, sensor code and preference, for best-available-pixel composites and per-pixel maps
 * @param proximity the reach within which the distance to cloud is measured for best-available-pixel scores, or
 *                {@code null} (no quality band, or another composite)
 */
public record ScenePlan(String id, String sensor, BandPlan red, BandPlan nir, BandPlan quality, NdviRule rule,
                        MaskTable mask, WaterPlan water, SceneProvenance sources, CloudBuffer buffer,
                        CrossSensor harmonised, SceneFacts facts, CloudBuffer proximity) implements Serializable {

    public ScenePlan {
        if ((quality == null) != (mask == null)) {
            throw new IllegalArgumentException("scene " + id + ": a quality band needs a mask table and the reverse");
        }
        if (water == null || sources == null) {
            throw new IllegalArgumentException("scene " + id + ": a water plan and the sources record must be given");
        }
        if (buffer != null && (quality == null || buffer.isEmpty())) {
            throw new IllegalArgumentException("scene " + id + ": a cloud buffer needs a quality band and a radius");
        }
    }

    /** Every band a task reads for this scene: red, NIR, the quality band and the water source's bands. */
    public List<BandPlan> bands() {
        List<BandPlan> b = new ArrayList<>(List.of(red, nir));
        if (quality != null) {
            b.add(quality);
        }
        if (water instanceof WaterPlan.Index i) {
            b.addAll(List.of(i.green(), i.other()));
        } else if (water instanceof WaterPlan.Raster r) {
            b.add(r.layer());
        }
        return List.copyOf(b);
    }
}
