package org.forestcoverage.plan;

import java.nio.file.Path;
import java.util.List;
import org.forestcoverage.definition.Definitions;
import org.forestcoverage.definition.ForestDefinition;
import org.forestcoverage.definition.RuleLayerFile;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.raster.Resampling;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.zones.ZoneMode;

/**
 * What an analysis is asked to do, typed and checked, before any file is opened: the scenes, the districts, the grid
 * wanted, the forest threshold and how to tile, zone, composite and resample. {@code analyze}'s command line maps onto
 * it. Immutable.
 *
 * @param scenes        the scenes, grouped by year
 * @param districts     the district file and how to read it
 * @param grid          the analysis grid's CRS and pixel size, when not the first scene's
 * @param definition    what counts as forest (the canopy rule per sensor, the minimum mapping unit) and what the rate
 *                      divides by (the land denominator fills unobserved pixels from other years)
 * @param tileSize      tile edge in pixels, 16 .. 8192
 * @param zones         pixel centre or fractional zones
 * @param compositor    how a year's observations are combined
 * @param resampling    resampling of reflectance when a scene must be warped
 * @param cloudBufferM  cloud and shadow buffer in metres for every scene, or {@code null} for each sensor preset's
 *                      default ({@code SensorPreset.defaultCloudBufferM})
 * @param harmonise     when to transform other sensors' red and NIR to OLI's
 * @param season        the window of each year whose scenes are composited, or {@code null} for the whole year
 * @param ruleLayers    the rasters given for the definition's rule layers, in the definition's order (possibly none)
 */
public record AnalysisRequest(Manifest scenes, Districts districts, GridChoice grid, ForestDefinition definition,
                              int tileSize, ZoneMode zones, Compositor compositor, Resampling resampling,
                              Double cloudBufferM, Harmonise harmonise, Season season,
                              List<RuleLayerFile> ruleLayers) {

    /** A request without rule layer files. */
    public AnalysisRequest(Manifest scenes, Districts districts, GridChoice grid, ForestDefinition definition,
                           int tileSize, ZoneMode zones, Compositor compositor, Resampling resampling,
                           Double cloudBufferM, Harmonise harmonise, Season season) {
        this(scenes, districts, grid, definition, tileSize, zones, compositor, resampling, cloudBufferM, harmonise,
                season, List.of());
    }

    /** A request over whole years with each preset's default cloud buffer, harmonised when the scenes mix sensors. */
    public AnalysisRequest(Manifest scenes, Districts districts, GridChoice grid, ForestDefinition definition,
                           int tileSize, ZoneMode zones, Compositor compositor, Resampling resampling) {
        this(scenes, districts, grid, definition, tileSize, zones, compositor, resampling, null, Harmonise.AUTO, null);
    }

    /** A request under the {@code ndvi} definition with {@code thresholdNdvi} for every sensor. */
    public AnalysisRequest(Manifest scenes, Districts districts, GridChoice grid, double thresholdNdvi, int tileSize,
                           ZoneMode zones, Compositor compositor, Resampling resampling, Double cloudBufferM,
                           Harmonise harmonise, Season season) {
        this(scenes, districts, grid, Definitions.profile("ndvi").withThreshold(thresholdNdvi), tileSize, zones,
                compositor, resampling, cloudBufferM, harmonise, season);
    }

    /** A request under the {@code ndvi} definition over whole years. */
    public AnalysisRequest(Manifest scenes, Districts districts, GridChoice grid, double thresholdNdvi, int tileSize,
                           ZoneMode zones, Compositor compositor, Resampling resampling, Double cloudBufferM,
                           Harmonise harmonise) {
        this(scenes, districts, grid, thresholdNdvi, tileSize, zones, compositor, resampling, cloudBufferM, harmonise,
                null);
    }

    /** A request under the {@code ndvi} definition with each preset's default cloud buffer. */
    public AnalysisRequest(Manifest scenes, Districts districts, GridChoice grid, double thresholdNdvi, int tileSize,
                           ZoneMode zones, Compositor compositor, Resampling resampling) {
        this(scenes, districts, grid, thresholdNdvi, tileSize, zones, compositor, resampling, null, Harmonise.AUTO,
                null);
    }

    /**
     * The district file and how to read it.
     *
     * @param file          any vector file OGR opens
     * @param idField       attribute holding the district id
     * @param nameField     attribute holding a display name, or {@code null}
     * @param crs           the file's CRS when it states none, or {@code null}
     * @param gcj02         the coordinates are GCJ-02 longitude/latitude, converted to WGS84 first
     * @param refuseInvalid refuse invalid polygons instead of repairing them
     */
    public record Districts(Path file, String idField, String nameField, String crs, boolean gcj02,
                            boolean refuseInvalid) {
    }

    public AnalysisRequest {
        harmonise = harmonise == null ? Harmonise.AUTO : harmonise;
        ruleLayers = List.copyOf(ruleLayers == null ? List.of() : ruleLayers);
        if (tileSize < 16 || tileSize > 8192) {
            throw new IllegalArgumentException("--tile-size must be in 16..8192, got " + tileSize);
        }
        if (definition == null) {
            throw new IllegalArgumentException("an analysis needs a forest definition");
        }
        if (cloudBufferM != null && !(cloudBufferM >= 0 && cloudBufferM <= 10_000)) {
            throw new IllegalArgumentException("--cloud-buffer-m must be a distance in 0..10000 metres, got "
                    + cloudBufferM);
        }
    }
}
