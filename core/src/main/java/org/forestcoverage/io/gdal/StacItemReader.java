package org.forestcoverage.io.gdal;

import java.io.IOException;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconstConstants;
import org.gdal.ogr.Feature;
import org.gdal.ogr.Layer;

/**
 * Reads the JSON text of a STAC item from any path GDAL opens ({@code /vsis3/...}, {@code https://...} through
 * {@code /vsicurl/}, a local file): GDAL's GeoJSON driver opens the item (a GeoJSON Feature) with
 * {@code NATIVE_DATA=YES}, which keeps the whole feature, {@code assets} included, as its native data (the Java
 * bindings have no VSI file reads). Stateless and thread-safe.
 *
 * <pre>{@code
 * ItemSource items = StacItemReader::read;       // for ManifestReader.read(manifest, items)
 * }</pre>
 */
public final class StacItemReader {
    private StacItemReader() {
    }

    /**
     * The item's JSON text.
     *
     * @throws IOException naming the location and GDAL's reason when it cannot be opened or holds no single feature
     */
    public static String read(String location) throws IOException {
        GdalRuntime.ensure();
        String path = GdalRaster.gdalPath(location);
        Dataset ds = gdal.OpenEx(path, gdalconstConstants.OF_VECTOR | gdalconstConstants.OF_READONLY,
                new java.util.Vector<>(java.util.List.of("GeoJSON")),
                new java.util.Vector<>(java.util.List.of("NATIVE_DATA=YES")));
        if (ds == null) {
            throw new IOException("GDAL cannot open " + location + " as a GeoJSON feature: " + gdal.GetLastErrorMsg());
        }
        try {
            if (ds.GetLayerCount() != 1) {
                throw new IOException(location + " holds " + ds.GetLayerCount() + " layers, a STAC item one feature");
            }
            Layer layer = ds.GetLayer(0);
            if (layer.GetFeatureCount() != 1) {
                throw new IOException(location + " holds " + layer.GetFeatureCount() + " features; a STAC item is one "
                        + "feature (an ItemCollection lists several: name one item)");
            }
            Feature f = layer.GetNextFeature();
            try {
                String json = f.GetNativeData();
                if (json == null || json.isBlank()) {
                    throw new IOException("GDAL kept no JSON of " + location);
                }
                return json;
            } finally {
                f.delete();
            }
        } finally {
            ds.delete();
        }
    }
}
