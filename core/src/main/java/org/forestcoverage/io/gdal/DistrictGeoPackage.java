package org.forestcoverage.io.gdal;

import java.util.ArrayList;
import java.util.List;
import java.util.Vector;
import org.forestcoverage.zones.District;
import org.forestcoverage.zones.DistrictException;
import org.gdal.ogr.DataSource;
import org.gdal.ogr.Driver;
import org.gdal.ogr.Feature;
import org.gdal.ogr.FeatureDefn;
import org.gdal.ogr.FieldDefn;
import org.gdal.ogr.Geometry;
import org.gdal.ogr.Layer;
import org.gdal.ogr.ogr;
import org.gdal.osr.SpatialReference;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * The districts as a GeoPackage layer (through OGR): their polygons in the analysis grid's CRS with attribute
 * columns, for GIS users (QGIS opens it as it is) and for the report's maps.
 *
 * <pre>{@code
 * DistrictGeoPackage.write(out.resolve("districts.gpkg"), grid.crsWkt(), districts,
 *         List.of(DistrictGeoPackage.Column.real("coverage_pct_2024", values)));
 * DistrictGeoPackage.Contents c = DistrictGeoPackage.read(out.resolve("districts.gpkg"));
 * }</pre>
 *
 * <p>Layer {@value #LAYER}: one MultiPolygon feature per district, in district order, with the text fields
 * {@value #ID_FIELD} and {@value #NAME_FIELD} and then the given columns. A {@code NaN} value is written as NULL.
 * Not thread-safe with respect to one file.
 */
public final class DistrictGeoPackage {
    /** Layer name. */
    public static final String LAYER = "districts";
    /** Field holding the district id. */
    public static final String ID_FIELD = "district";
    /** Field holding the district name. */
    public static final String NAME_FIELD = "name";

    private DistrictGeoPackage() {
    }

    /**
     * A numeric attribute column: one value per district, in district order ({@code NaN} = NULL).
     *
     * @param name   field name
     * @param values one value per district (copied)
     */
    public record Column(String name, List<Double> values) {
        public Column {
            values = List.copyOf(values);
        }
    }

    /** What {@link #read} found: the layer's CRS (WKT) and its districts (id, name, geometry in that CRS). */
    public record Contents(String crsWkt, List<District> districts) {
        public Contents {
            districts = List.copyOf(districts);
        }
    }

    /**
     * Writes {@code file} (which must not exist) with one feature per district.
     *
     * @throws DistrictException naming the file when OGR cannot write it
     */
    public static void write(java.nio.file.Path file, String crsWkt, List<District> districts, List<Column> columns) {
        GdalRuntime.ensure();
        String path = file.toString();
        for (Column c : columns) {
            if (c.values().size() != districts.size()) {
                throw new IllegalArgumentException("column " + c.name() + " has " + c.values().size() + " values for "
                        + districts.size() + " districts");
            }
        }
        Driver driver = ogr.GetDriverByName("GPKG");
        if (driver == null) {
            throw new DistrictException(path + ": this GDAL has no GeoPackage driver");
        }
        DataSource ds = driver.CreateDataSource(path);
        if (ds == null) {
            throw new DistrictException(path + ": cannot create the GeoPackage: " + org.gdal.gdal.gdal.GetLastErrorMsg());
        }
        try {
            // the layer keeps its own copy of the CRS; Crs.with deletes the one made here
            java.util.function.Function<SpatialReference, Layer> create = srs -> ds.CreateLayer(LAYER, srs,
                    ogr.wkbMultiPolygon, new Vector<>(List.of("GEOMETRY_NAME=geom", "FID=fid", "IDENTIFIER=districts",
                            "DESCRIPTION=forest coverage per district and year")));
            Layer layer = crsWkt == null || crsWkt.isEmpty() ? create.apply(null) : Crs.with(crsWkt, create);
            if (layer == null) {
                throw new DistrictException(path + ": cannot create layer " + LAYER + ": "
                        + org.gdal.gdal.gdal.GetLastErrorMsg());
            }
            field(layer, ID_FIELD, ogr.OFTString, path);
            field(layer, NAME_FIELD, ogr.OFTString, path);
            for (Column c : columns) {
                field(layer, c.name(), ogr.OFTReal, path);
            }
            layer.StartTransaction();
            WKBWriter wkb = new WKBWriter();
            for (int i = 0; i < districts.size(); i++) {
                District d = districts.get(i);
                Feature f = new Feature(layer.GetLayerDefn());
                try {
                    f.SetField(ID_FIELD, d.id());
                    f.SetField(NAME_FIELD, d.name());
                    for (Column c : columns) {
                        double v = c.values().get(i);
                        if (Double.isNaN(v)) {
                            f.SetFieldNull(c.name());
                        } else {
                            f.SetField(c.name(), v);
                        }
                    }
                    Geometry g = ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(wkb.write(d.geometry())));
                    f.SetGeometry(g);
                    g.delete();
                    if (layer.CreateFeature(f) != 0) {
                        throw new DistrictException(path + ": cannot write district '" + d.id() + "': "
                                + org.gdal.gdal.gdal.GetLastErrorMsg());
                    }
                } finally {
                    f.delete();
                }
            }
            layer.CommitTransaction();
        } finally {
            ds.delete();
        }
    }

    private static void field(Layer layer, String name, int type, String path) {
        FieldDefn fd = new FieldDefn(name, type);
        try {
            if (layer.CreateField(fd) != 0) {
                throw new DistrictException(path + ": cannot create field " + name);
            }
        } finally {
            fd.delete();
        }
    }

    /**
     * Reads a layer written by {@link #write}: the districts with their id, name and geometry, in the layer's CRS.
     *
     * @throws DistrictException naming the file when it is missing, not a GeoPackage of districts or unreadable
     */
    public static Contents read(java.nio.file.Path file) {
        String path = file.toString();
        DataSource ds = DistrictReader.open(path);
        try {
            Layer layer = ds.GetLayerByName(LAYER);
            if (layer == null) {
                throw new DistrictException(path + ": has no layer '" + LAYER + "'");
            }
            FeatureDefn defn = layer.GetLayerDefn();
            int id = defn.GetFieldIndex(ID_FIELD);
            int name = defn.GetFieldIndex(NAME_FIELD);
            if (id < 0 || name < 0) {
                throw new DistrictException(path + ": layer '" + LAYER + "' lacks the fields " + ID_FIELD + " and "
                        + NAME_FIELD);
            }
            SpatialReference srs = layer.GetSpatialRef();
            String wkt = srs == null ? "" : srs.ExportToWkt();
            List<District> out = new ArrayList<>();
            WKBReader wkb = new WKBReader();
            layer.ResetReading();
            for (Feature f = layer.GetNextFeature(); f != null; f = layer.GetNextFeature()) {
                try {
                    Geometry g = f.GetGeometryRef();
                    if (g == null) {
                        throw new DistrictException(path + ": district '" + f.GetFieldAsString(id) + "' has no geometry");
                    }
                    out.add(new District(out.size(), f.GetFieldAsString(id), f.GetFieldAsString(name),
                            wkb.read(g.ExportToWkb())));
                } catch (ParseException e) {
                    throw new DistrictException(path + ": unreadable geometry: " + e.getMessage());
                } finally {
                    f.delete();
                }
            }
            return new Contents(wkt, out);
        } finally {
            ds.delete();
        }
    }
}
