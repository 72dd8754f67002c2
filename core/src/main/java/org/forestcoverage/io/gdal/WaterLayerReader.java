package org.forestcoverage.io.gdal;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.scene.ManifestException;
import org.gdal.ogr.DataSource;
import org.gdal.ogr.Feature;
import org.gdal.ogr.Geometry;
import org.gdal.ogr.Layer;
import org.gdal.ogr.ogr;
import org.gdal.osr.CoordinateTransformation;
import org.gdal.osr.SpatialReference;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads the polygons of a water layer (any vector file OGR opens: GeoPackage, Shapefile, GeoJSON...) in the analysis
 * grid's CRS, keeping those whose envelope meets {@code extent}, so the plan carries only the water near the districts.
 * Every layer of the file is read. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Geometry> lakes = WaterLayerReader.polygons("water.gpkg", grid.crsWkt(), gridEnvelope);
 * }</pre>
 *
 * @throws ManifestException naming the file (and feature) when it cannot be read, has no CRS, or holds anything but
 *                           polygons (lines cannot say which pixels are water)
 */
public final class WaterLayerReader {
    private WaterLayerReader() {
    }

    /** Opens the layer and closes it: a missing or unreadable file fails here, before the grid is known. */
    public static void check(String path) {
        open(path).delete();
    }

    /** The water polygons of {@code path} meeting {@code extent}, in the CRS {@code targetWkt}. */
    public static List<org.locationtech.jts.geom.Geometry> polygons(String path, String targetWkt, Envelope extent) {
        DataSource ds = open(path);
        try {
            List<org.locationtech.jts.geom.Geometry> out = new ArrayList<>();
            for (int i = 0; i < ds.GetLayerCount(); i++) {
                Layer layer = ds.GetLayer(i);
                SpatialReference src = layer.GetSpatialRef();
                if (src == null) {
                    throw new ManifestException(path + ": water layer '" + layer.GetName() + "' has no CRS");
                }
                Crs.with(src.ExportToWkt(), from -> Crs.with(targetWkt, to -> {
                    CoordinateTransformation ct = from.IsSame(to) == 1 ? null
                            : CoordinateTransformation.CreateCoordinateTransformation(from, to);
                    try {
                        read(path, layer, ct, extent, out);
                    } finally {
                        if (ct != null) {
                            ct.delete();
                        }
                    }
                    return null;
                }));
            }
            return out;
        } finally {
            ds.delete();
        }
    }

    private static DataSource open(String path) {
        GdalRuntime.ensure();
        String gdalPath = GdalRaster.gdalPath(path);
        if (gdalPath.equals(path) && !new File(path).isFile()) {
            throw new ManifestException(path + ": water layer not found");
        }
        DataSource ds = ogr.Open(gdalPath, 0);
        if (ds == null) {
            throw new ManifestException(path + ": water layer is not a vector file OGR can read (a raster layer needs "
                    + "\"kind\": \"raster\")");
        }
        return ds;
    }

    private static void read(String path, Layer layer, CoordinateTransformation ct, Envelope extent,
                             List<org.locationtech.jts.geom.Geometry> out) {
        WKBReader wkb = new WKBReader();
        layer.ResetReading();
        long index = 0;
        for (Feature f = layer.GetNextFeature(); f != null; f = layer.GetNextFeature(), index++) {
            try {
                Geometry g = f.GetGeometryRef();
                if (g == null || g.IsEmpty()) {
                    continue;
                }
                int type = ogr.GT_Flatten(g.GetGeometryType());
                if (type != ogr.wkbPolygon && type != ogr.wkbMultiPolygon) {
                    throw new ManifestException(path + ": water layer feature " + index + " is a " + g.GetGeometryName()
                            + "; a water layer needs polygons (buffer lines such as rivers, or give a water raster)");
                }
                Geometry t = g.Clone();
                try {
                    t.FlattenTo2D();
                    if (ct != null && t.Transform(ct) != 0) {
                        throw new ManifestException(path + ": water layer feature " + index + " cannot be reprojected"
                                + " to the analysis grid's CRS");
                    }
                    org.locationtech.jts.geom.Geometry j = wkb.read(t.ExportToWkb());
                    if (j.getEnvelopeInternal().intersects(extent)) {
                        out.add(j);
                    }
                } finally {
                    t.delete();
                }
            } catch (ParseException e) {
                throw new ManifestException(path + ": water layer feature " + index + " has unreadable geometry: "
                        + e.getMessage());
            } finally {
                f.delete();
            }
        }
    }
}
