package org.forestcoverage.io.gdal.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.forestcoverage.catalog.CatalogEntry;
import org.forestcoverage.catalog.CatalogException;
import org.forestcoverage.catalog.CatalogStore;
import org.forestcoverage.catalog.DistrictArea;
import org.forestcoverage.provenance.FileChecksum;
import org.gdal.ogr.Feature;
import org.gdal.ogr.Geometry;
import org.gdal.ogr.Layer;
import org.gdal.ogr.ogr;

/**
 * The scene catalogue in a GeoPackage file or a PostgreSQL/PostGIS database, through OGR: table
 * {@value #TABLE} with one row per product, its footprint as a MultiPolygon in WGS84 (so QGIS shows the footprints
 * as a layer), unique indexes on {@code product_id} and {@code checksum}. Each call is one transaction; when two
 * processes add the same product, the unique index refuses the second. Not thread-safe: one per thread.
 *
 * <pre>{@code
 * try (CatalogStore c = OgrCatalog.open("scenes.gpkg", true)) { ... }                          // GeoPackage
 * try (CatalogStore c = OgrCatalog.open("PG:host=127.0.0.1 port=5432 dbname=forest", true)) { ... } // PostGIS
 * }</pre>
 */
public final class OgrCatalog implements CatalogStore {
    /** The catalogue's table. */
    public static final String TABLE = "forest_scenes";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<OgrDatabase.Column> COLUMNS = List.of(
            new OgrDatabase.Column("product_id", ogr.OFTString),
            new OgrDatabase.Column("sensor", ogr.OFTString),
            new OgrDatabase.Column("acquired", ogr.OFTString),
            new OgrDatabase.Column("year", ogr.OFTInteger),
            new OgrDatabase.Column("cloud_pct", ogr.OFTReal),
            new OgrDatabase.Column("district_cloud_pct", ogr.OFTReal),
            new OgrDatabase.Column("districts_sha256", ogr.OFTString),
            new OgrDatabase.Column("metadata", ogr.OFTString),
            new OgrDatabase.Column("checksum", ogr.OFTString),
            new OgrDatabase.Column("files", ogr.OFTString),
            new OgrDatabase.Column("added_utc", ogr.OFTString));
    /** The districts the catalogue measures cloud over: one row, their union (WGS84) and the file's SHA-256. */
    public static final String DISTRICTS = "forest_districts";
    private static final List<OgrDatabase.Column> DISTRICT_COLUMNS = List.of(
            new OgrDatabase.Column("sha256", ogr.OFTString),
            new OgrDatabase.Column("source", ogr.OFTString),
            new OgrDatabase.Column("recorded_utc", ogr.OFTString));
    private final OgrDatabase db;
    private final Layer layer;
    private final Layer districts;

    private OgrCatalog(OgrDatabase db) {
        this.db = db;
        this.layer = db.table(TABLE, ogr.wkbMultiPolygon, COLUMNS, List.of("product_id", "checksum"));
        this.districts = db.table(DISTRICTS, ogr.wkbMultiPolygon, DISTRICT_COLUMNS, List.of());
    }

    /**
     * Opens the catalogue at {@code location}: a GeoPackage path, or a {@code PG:} connection string. A missing
     * GeoPackage is created when {@code create} is set; an existing file that is not a forest catalogue is refused.
     */
    public static OgrCatalog open(String location, boolean create) {
        return new OgrCatalog(OgrDatabase.open(location, create, List.of(TABLE, OgrTileSums.TABLE, OgrYearHistory.TABLE),
                d -> {
                    d.table(TABLE, ogr.wkbMultiPolygon, COLUMNS, List.of("product_id", "checksum"));
                    d.table(DISTRICTS, ogr.wkbMultiPolygon, DISTRICT_COLUMNS, List.of());
                }));
    }

    /** The database the catalogue lives in, for the results store beside it (this package). */
    OgrDatabase database() {
        return db;
    }

    @Override
    public void add(List<CatalogEntry> entries, DistrictArea recordDistricts) {
        List<CatalogEntry> held = list();
        for (CatalogEntry e : entries) {
            for (CatalogEntry h : held) {
                if (h.productId().equals(e.productId()) || h.checksum().equals(e.checksum())) {
                    throw duplicate(e, h);
                }
            }
        }
        db.transaction(() -> {
            for (CatalogEntry e : entries) {
                insert(e);
            }
            if (recordDistricts != null) {
                db.ids(districts, null).forEach(districts::DeleteFeature);
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("sha256", recordDistricts.sha256());
                values.put("source", recordDistricts.source());
                values.put("recorded_utc", Instant.now().toString());
                db.insert(districts, values, ogr.ForceToMultiPolygon(Geometry.CreateFromWkt(
                        recordDistricts.lonLat().toText())));
            }
            return null;
        });
    }

    @Override
    public Optional<DistrictArea> districts() {
        districts.ResetReading();
        Feature f = districts.GetNextFeature();
        if (f == null) {
            return Optional.empty();
        }
        try {
            Geometry g = f.GetGeometryRef();
            return Optional.of(new DistrictArea(new WKTReader().read(g.ExportToWkt()), f.GetFieldAsString("sha256"),
                    f.GetFieldAsString("source")));
        } catch (ParseException e) {
            throw new CatalogException(db.location() + ": unreadable districts in table " + DISTRICTS + ": "
                    + e.getMessage(), e);
        } finally {
            f.delete();
        }
    }

    private CatalogException duplicate(CatalogEntry e, CatalogEntry held) {
        return new CatalogException(e.metadata() + ": duplicate product " + e.productId() + " (the catalogue holds "
                + held.productId() + (held.checksum().equals(e.checksum()) ? " with the same files" : "") + ", from "
                + held.metadata() + ")");
    }

    private void insert(CatalogEntry e) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("product_id", e.productId());
        values.put("sensor", e.sensor());
        values.put("acquired", e.acquired().toString());
        values.put("year", e.year());
        values.put("cloud_pct", e.cloudPct());
        values.put("district_cloud_pct", e.districtCloudPct());
        values.put("districts_sha256", e.districtsSha256());
        values.put("metadata", e.metadata());
        values.put("checksum", e.checksum());
        try {
            values.put("files", JSON.writeValueAsString(e.files()));
        } catch (JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
        values.put("added_utc", Instant.now().toString());
        try {
            db.insert(layer, values, ogr.ForceToMultiPolygon(Geometry.CreateFromWkt(e.footprintWkt())));
        } catch (RuntimeException x) {
            // the unique index: another process recorded the same product since list() in add()
            throw new CatalogException(e.metadata() + ": cannot record product " + e.productId() + " in "
                    + db.location() + ": " + x.getMessage().lines().findFirst().orElse(""), x);
        }
    }

    @Override
    public List<CatalogEntry> list() {
        List<CatalogEntry> out = new ArrayList<>();
        layer.SetAttributeFilter(null);
        layer.ResetReading();
        for (Feature f = layer.GetNextFeature(); f != null; f = layer.GetNextFeature()) {
            try {
                out.add(entry(f));
            } finally {
                f.delete();
            }
        }
        out.sort(Comparator.comparing(CatalogEntry::acquired).thenComparing(CatalogEntry::productId));
        return out;
    }

    private CatalogEntry entry(Feature f) {
        List<FileChecksum> files;
        try {
            files = JSON.readValue(f.GetFieldAsString("files"), new TypeReference<List<FileChecksum>>() { });
        } catch (JsonProcessingException e) {
            throw new CatalogException(db.location() + ": product " + f.GetFieldAsString("product_id")
                    + " has an unreadable file list: " + e.getOriginalMessage(), e);
        }
        Geometry g = f.GetGeometryRef();
        return new CatalogEntry(f.GetFieldAsString("product_id"), f.GetFieldAsString("sensor"),
                LocalDate.parse(f.GetFieldAsString("acquired")), f.GetFieldAsDouble("cloud_pct"),
                f.IsFieldSetAndNotNull("district_cloud_pct") ? f.GetFieldAsDouble("district_cloud_pct") : null,
                f.IsFieldSetAndNotNull("districts_sha256") ? f.GetFieldAsString("districts_sha256") : null,
                g == null ? "" : g.ExportToWkt(), f.GetFieldAsString("metadata"), files,
                f.GetFieldAsString("checksum"));
    }

    @Override
    public void remove(List<String> productIds) {
        db.transaction(() -> {
            for (String id : productIds) {
                List<Long> fids = db.ids(layer, "product_id = " + OgrDatabase.literal(id));
                if (fids.isEmpty()) {
                    throw new CatalogException(db.location() + ": holds no product " + id
                            + " (see forest catalog list)");
                }
                fids.forEach(layer::DeleteFeature);
            }
            return null;
        });
    }

    @Override
    public void close() {
        db.close();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "OgrCatalog[%s]", db.location());
    }
}
