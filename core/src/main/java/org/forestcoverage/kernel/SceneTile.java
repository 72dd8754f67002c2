package org.forestcoverage.kernel;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.ByteType;
import org.forestcoverage.raster.BandTile;
import org.forestcoverage.raster.TileCoverage;

/**
 * The bands of one scene read onto the current tile, with the rules that read them: red and NIR through
 * {@link NdviRule}, the quality band (or {@code null}) through {@link MaskTable} (or {@code null}), and the codes of
 * the scene's water source besides the quality band ({@link WaterMarks}; {@code null} without one). The tiles are the
 * task's reused buffers: a scene tile is valid until the next read.
 */
public record SceneTile(NdviRule rule, MaskTable mask, BandTile red, BandTile nir, BandTile quality,
                        RandomAccessibleInterval<ByteType> water) {

    /** A scene without a water source besides its quality band. */
    public SceneTile(NdviRule rule, MaskTable mask, BandTile red, BandTile nir, BandTile quality) {
        this(rule, mask, red, nir, quality, null);
    }

    /** Where the scene has every band it needs: the coverage of red, NIR and quality together. */
    public TileCoverage coverage() {
        TileCoverage c = red.coverage().and(nir.coverage());
        return quality == null ? c : c.and(quality.coverage());
    }
}
