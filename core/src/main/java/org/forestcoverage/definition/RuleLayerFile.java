package org.forestcoverage.definition;

import java.nio.file.Path;

/**
 * A rule layer of the definition and the raster the user gave for it ({@code --rule-layer NAME=FILE}): non-zero pixels
 * are in the layer, nodata and zero are not. Immutable.
 *
 * @param layer the definition's layer
 * @param file  the raster, any format and CRS GDAL reads
 */
public record RuleLayerFile(RuleLayer layer, Path file) {
}
