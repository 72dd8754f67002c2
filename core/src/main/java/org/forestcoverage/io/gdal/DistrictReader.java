package org.forestcoverage.io.gdal;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.forestcoverage.zones.District;
import org.forestcoverage.zones.DistrictException;
import org.forestcoverage.zones.DistrictLayer;
import org.forestcoverage.zones.Gcj02;
import org.gdal.ogr.DataSource;
import org.gdal.ogr.Feature;
import org.gdal.ogr.FeatureDefn;
import org.gdal.ogr.Geometry;
import org.gdal.ogr.Layer;
import org.gdal.ogr.ogr;
import org.gdal.osr.CoordinateTransformation;
import org.gdal.osr.SpatialReference;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Reads district polygons with OGR (GeoJSON, Shapefile, GeoPackage, anything OGR opens) and reprojects
 * them to the analysis grid's CRS: vectors go to the grid, never rasters to the districts.
 *
 * <pre>{@code
 * List<District> d = DistrictReader.read("districts.geojson", "district_id", null, grid.crsWkt(), null);
 * List<District> w = DistrictReader.read("amap.geojson", "adcode", "name", grid.crsWkt(), null, true); // GCJ-02 in
 * }</pre>
 *
 * <p>Every feature must have a non-blank, unique id and a non-empty Polygon or MultiPolygon geometry; anything else
 * is refused with a {@link DistrictException} naming the file and the feature. A file without a CRS is refused unless
 * {@code sourceCrs} states one. With {@code gcj02}, the coordinates are GCJ-02 longitude/latitude (Chinese web maps)
 * and are converted to WGS84 with {@link Gcj02#toWgs84(org.locationtech.jts.geom.Geometry)} before reprojection; the
 * source CRS must then be geographic.
 */
public final class DistrictReader {
    private DistrictReader() {
    }

    /**
     * @param idField    attribute holding the district id (required)
     * @param nameField  attribute holding a display name, or {@code null}
     * @param targetWkt  CRS of the analysis grid
     * @param sourceCrs  CRS to assume when the file has none, or {@code null} to refuse such files
     */
    public static List<District> read(String path, String idField, String nameField, String targetWkt, String sourceCrs) {
        return read(path, idField, nameField, targetWkt, sourceCrs, false);
    }

    /**
     * {@link #read(String, String, String, String, String)}, converting GCJ-02 coordinates to WGS84 first when
     * {@code gcj02} is set (the source CRS must then be geographic, else a {@link DistrictException}).
     */
    public static List<District> read(String path, String idField, String nameField, String targetWkt, String sourceCrs,
                                      boolean gcj02) {
        return layer(path, idField, nameField, targetWkt, sourceCrs, gcj02).districts();
    }

    /**
     * The districts as {@link #read(String, String, String, String, String, boolean)} gives them, with the
     * longitude/latitude extent of the source when its CRS is geographic: the file is opened once for both.
     */
    public static DistrictLayer layer(String path, String idField, String nameField, String targetWkt, String sourceCrs,
                                      boolean gcj02) {
        DataSource ds = open(path);
        try {
            if (ds.GetLayerCount() < 1) {
                throw new DistrictException(path + ": has no layer");
            }
            Layer layer = ds.GetLayer(0);
            if (layer.GetFeatureCount() == 0) {
                throw new DistrictException(path + ": has no features (no district polygons)");
            }
            FeatureDefn defn = layer.GetLayerDefn();
            int idIdx = defn.GetFieldIndex(idField);
            if (idIdx < 0) {
                throw new DistrictException(path + ": no attribute '" + idField + "'; attributes are " + fieldNames(defn));
            }
            int nameIdx = nameField == null ? -1 : defn.GetFieldIndex(nameField);
            if (nameField != null && nameIdx < 0) {
                throw new DistrictException(path + ": no attribute '" + nameField + "'; attributes are " + fieldNames(defn));
            }
            SpatialReference src = layer.GetSpatialRef();
            if (src == null && sourceCrs == null) {
                throw new DistrictException(path + ": has no CRS; state it (e.g. --districts-crs EPSG:4326)");
            }
            // the layer owns its SpatialReference; a stated CRS is parsed here and deleted by Crs.with
            String from = sourceCrs != null ? sourceCrs : src.ExportToWkt();
            return Crs.with(from, f -> Crs.with(targetWkt, to -> {
                if (gcj02 && f.IsGeographic() != 1) {
                    throw new DistrictException(path + ": --districts-gcj02 needs longitude/latitude districts (a"
                            + " geographic CRS such as EPSG:4326), but the file is in " + crsName(f));
                }
                checkLonLat(path, layer, f, sourceCrs != null);
                DistrictLayer.LonLatBox box = null;
                if (f.IsGeographic() == 1) {
                    double[] e = layer.GetExtent(true);
                    box = e == null ? null : new DistrictLayer.LonLatBox(e[0], e[2], e[1], e[3]);
                }
                CoordinateTransformation ct = f.IsSame(to) == 1 ? null
                        : CoordinateTransformation.CreateCoordinateTransformation(f, to);
                try {
                    return new DistrictLayer(features(path, layer, idIdx, nameIdx, ct, gcj02), box);
                } finally {
                    if (ct != null) {
                        ct.delete();
                    }
                }
            }));
        } finally {
            ds.delete();
        }
    }

    /** Opens a vector file read-only; a missing or unreadable file is a {@link DistrictException} naming it. */
    static DataSource open(String path) {
        GdalRuntime.ensure();
        if (!new File(path).exists()) {
            throw new DistrictException(path + ": file not found");
        }
        DataSource ds = ogr.Open(path, 0);
        if (ds == null) {
            throw new DistrictException(path + ": not a vector file OGR can read");
        }
        return ds;
    }

    private static List<District> features(String path, Layer layer, int idIdx, int nameIdx, CoordinateTransformation ct,
                                           boolean gcj02) {
        List<District> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        WKBReader wkb = new WKBReader();
        layer.ResetReading();
        long fidx = 0;
        for (Feature f = layer.GetNextFeature(); f != null; f = layer.GetNextFeature(), fidx++) {
            try {
                String id = f.IsFieldSet(idIdx) ? f.GetFieldAsString(idIdx) : null;
                if (id == null || id.isBlank()) {
                    throw new DistrictException(path + ": feature " + fidx + " has no value for the id attribute");
                }
                Long prev = seen.put(id, fidx);
                if (prev != null) {
                    throw new DistrictException(path + ": district id '" + id + "' appears in features " + prev + " and " + fidx);
                }
                String name = nameIdx >= 0 && f.IsFieldSet(nameIdx) ? f.GetFieldAsString(nameIdx) : id;
                Geometry g = f.GetGeometryRef();
                if (g == null || g.IsEmpty()) {
                    throw new DistrictException(path + ": district '" + id + "' (feature " + fidx + ") has an empty geometry");
                }
                int type = ogr.GT_Flatten(g.GetGeometryType());
                if (type != ogr.wkbPolygon && type != ogr.wkbMultiPolygon) {
                    throw new DistrictException(path + ": district '" + id + "' is a " + g.GetGeometryName()
                            + ", not a polygon");
                }
                Geometry t = gcj02 ? toWgs84(g, wkb) : g.Clone();
                try {
                    t.FlattenTo2D();
                    int err;
                    try {
                        err = ct == null ? 0 : t.Transform(ct);
                    } catch (RuntimeException e) {
                        err = -1;
                    }
                    if (err != 0) {
                        throw new DistrictException(path + ": district '" + id + "' cannot be reprojected to the grid CRS"
                                + " (are its coordinates in the CRS the file states?)");
                    }
                    out.add(new District(out.size(), id, name, wkb.read(t.ExportToWkb())));
                } finally {
                    t.delete();
                }
            } catch (ParseException e) {
                throw new DistrictException(path + ": feature " + fidx + " has unreadable geometry: " + e.getMessage());
            } finally {
                f.delete();
            }
        }
        if (out.isEmpty()) {
            throw new DistrictException(path + ": has no features");
        }
        return out;
    }

    /** A WGS84 copy of a GCJ-02 lon/lat OGR geometry. */
    private static Geometry toWgs84(Geometry g, WKBReader wkb) throws ParseException {
        org.locationtech.jts.geom.Geometry w = Gcj02.toWgs84(wkb.read(g.ExportToWkb()));
        Geometry out = ogr.CreateGeometryFromWkb(new WKBWriter().write(w));
        if (out == null) {
            throw new ParseException("GCJ-02 conversion produced no geometry");
        }
        return out;
    }

    /**
     * Refuses coordinates that cannot be longitude/latitude in a file whose CRS is geographic: GeoJSON without a
     * {@code crs} member is WGS84 longitude/latitude by RFC 7946, so projected coordinates there would fail in the
     * reprojection with OGR's bare "General Error".
     */
    private static void checkLonLat(String path, Layer layer, SpatialReference from, boolean stated) {
        if (from.IsGeographic() != 1) {
            return;
        }
        double[] e = layer.GetExtent(true);
        if (e != null && (e[0] < -360 || e[1] > 360 || e[2] < -90 || e[3] > 90)) {
            throw new DistrictException(String.format(java.util.Locale.ROOT, "%s: coordinates reach x %.6g..%.6g, y"
                    + " %.6g..%.6g, which are not longitude/latitude, but %s; state the real CRS with --districts-crs"
                    + " (e.g. EPSG:32650)", path, e[0], e[1], e[2], e[3], stated ? "--districts-crs says "
                    + crsName(from) : "the file's CRS is " + crsName(from) + (path.toLowerCase(java.util.Locale.ROOT)
                    .matches(".*\\.(geo)?json$") ? " (GeoJSON without a \"crs\" member is longitude/latitude)" : "")));
        }
    }

    private static String crsName(SpatialReference s) {
        String auth = s.GetAuthorityName(null);
        String code = s.GetAuthorityCode(null);
        return auth != null && code != null ? auth + ":" + code : s.GetName();
    }

    private static List<String> fieldNames(FeatureDefn defn) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < defn.GetFieldCount(); i++) {
            names.add(defn.GetFieldDefn(i).GetName());
        }
        return names;
    }
}
