package org.forestcoverage.io.gdal.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Vector;
import java.util.function.Consumer;
import org.forestcoverage.catalog.CatalogException;
import org.forestcoverage.io.gdal.GdalRuntime;
import org.gdal.gdal.gdal;
import java.util.Map;
import org.gdal.ogr.DataSource;
import org.gdal.ogr.Feature;
import org.gdal.ogr.Geometry;
import org.gdal.ogr.FieldDefn;
import org.gdal.ogr.Layer;
import org.gdal.ogr.ogr;
import org.gdal.osr.SpatialReference;
import org.gdal.osr.osr;

/**
 * One database the catalogue and the results store live in, opened through OGR: a GeoPackage file (SQLite) or a
 * PostgreSQL/PostGIS database ({@code PG:} connection string). Creates the tables it owns when they are missing and
 * never touches any other. Package-private; not thread-safe (one per thread).
 */
final class OgrDatabase implements AutoCloseable {
    private final String location;
    private final boolean postgres;
    private DataSource ds;

    /** One column of a table: name and OGR field type ({@code ogr.OFTString}...). */
    record Column(String name, int type) {
    }

    private OgrDatabase(String location, boolean postgres, DataSource ds) {
        this.location = location;
        this.postgres = postgres;
        this.ds = ds;
    }

    /**
     * Opens {@code location} for update and makes sure its tables exist ({@code schema} creates what is missing). A
     * GeoPackage that does not exist is created when {@code create} is set: built in a temporary file and linked into
     * place, so two processes creating it at once end with one good file; else it is refused.
     *
     * @param ownedTables tables this project creates: an existing GeoPackage with none of them is refused as not ours
     */
    static OgrDatabase open(String location, boolean create, List<String> ownedTables, Consumer<OgrDatabase> schema) {
        GdalRuntime.ensure();     // also sets SQLite's busy timeout: writers wait for each other's transactions
        boolean pg = location.startsWith("PG:");
        if (!pg) {
            Path file = Path.of(location).toAbsolutePath();
            if (!Files.exists(file)) {
                if (!create) {
                    throw new CatalogException(location + ": catalogue not found (create it with forest catalog add)");
                }
                createGeoPackage(file, schema);
            }
        }
        OgrDatabase db = new OgrDatabase(location, pg, openDataSource(location, pg));
        try {
            if (!pg && ownedTables.stream().allMatch(t -> db.ds.GetLayerByName(t) == null)) {
                throw new CatalogException(location + ": not a forest catalogue or results store (no table "
                        + String.join(" or ", ownedTables) + "); give a new file name, this one is left untouched");
            }
            if (pg) {
                // two processes creating the tables of a new database at once: the second CreateLayer would fail, so
                // the schema step is serialised with a session advisory lock (the second then finds the tables)
                db.sql("SELECT pg_advisory_lock(" + SCHEMA_LOCK + ")");
                try {
                    schema.accept(db);
                } finally {
                    db.sql("SELECT pg_advisory_unlock(" + SCHEMA_LOCK + ")");
                }
            } else {
                schema.accept(db);
            }
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** The PostgreSQL advisory lock key that serialises creating the tables ("forest" in ASCII). */
    private static final long SCHEMA_LOCK = 0x666f72657374L;

    private static DataSource openDataSource(String location, boolean pg) {
        DataSource ds;
        try {
            ds = ogr.Open(pg ? location : Path.of(location).toAbsolutePath().toString(), 1);
        } catch (RuntimeException e) {
            throw new CatalogException(safe(location) + ": cannot open for update: " + e.getMessage(), e);
        }
        if (ds == null) {
            throw new CatalogException(safe(location) + ": cannot open for update: " + gdal.GetLastErrorMsg());
        }
        return ds;
    }

    private static void createGeoPackage(Path file, Consumer<OgrDatabase> schema) {
        Path tmp = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            DataSource ds;
            try {
                ds = ogr.GetDriverByName("GPKG").CreateDataSource(tmp.toString());
            } catch (RuntimeException e) {
                throw new CatalogException(file + ": cannot create the catalogue: " + e.getMessage(), e);
            }
            try (OgrDatabase db = new OgrDatabase(tmp.toString(), false, ds)) {
                schema.accept(db);
            }
            try {
                Files.createLink(file, tmp);     // fails if another process linked its file first: use theirs
            } catch (FileAlreadyExistsException e) {
                // another process created the catalogue meanwhile
            } catch (IOException | UnsupportedOperationException e) {
                throw new CatalogException(file + ": cannot create the catalogue: " + e.getMessage(), e);
            }
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // our own temporary file; nothing else to do
        }
    }

    /** A PG connection string without its password, for messages. */
    static String safe(String location) {
        return location.replaceAll("password=\\S+", "password=***");
    }

    boolean isPostgres() {
        return postgres;
    }

    String location() {
        return safe(location);
    }

    /**
     * The table {@code name}, created with {@code columns} (and unique indexes on {@code unique}) when missing. {@code geometry} is an OGR geometry type
     * ({@code ogr.wkbNone} for a plain table), in WGS84 longitude/latitude.
     */
    Layer table(String name, int geometry, List<Column> columns, List<String> unique) {
        Layer l = ds.GetLayerByName(name);
        if (l != null) {
            // a table written by an earlier version: add the columns it lacks (NULL in its rows)
            for (Column c : columns) {
                if (l.FindFieldIndex(c.name(), 1) < 0) {
                    l.CreateField(new FieldDefn(c.name(), c.type()));
                }
            }
            return l;
        }
        SpatialReference wgs84 = null;
        if (geometry != ogr.wkbNone) {
            wgs84 = new SpatialReference();
            wgs84.ImportFromEPSG(4326);
            wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER);
        }
        try {
            Vector<String> options = new Vector<>(List.of("FID=fid"));
            if (geometry != ogr.wkbNone) {
                options.add("GEOMETRY_NAME=footprint");
            }
            l = ds.CreateLayer(name, wgs84, geometry, options);
        } finally {
            if (wgs84 != null) {
                wgs84.delete();
            }
        }
        for (Column c : columns) {
            l.CreateField(new FieldDefn(c.name(), c.type()));
        }
        for (String u : unique) {
            sql("CREATE UNIQUE INDEX " + name + "_" + u + "_key ON " + name + " (" + u + ")");
        }
        return l;
    }

    /**
     * Adds one row to {@code layer}: {@code values} by column (String, Integer or Double; {@code null} leaves the
     * column NULL), and {@code geometry}
     * (owned by the row afterwards) unless it is {@code null}.
     */
    void insert(Layer layer, Map<String, Object> values, Geometry geometry) {
        Feature f = new Feature(layer.GetLayerDefn());
        try {
            for (Map.Entry<String, Object> e : values.entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                if (e.getValue() instanceof Integer i) {
                    f.SetField(e.getKey(), i);
                } else if (e.getValue() instanceof Double d) {
                    f.SetField(e.getKey(), d);
                } else {
                    f.SetField(e.getKey(), String.valueOf(e.getValue()));
                }
            }
            if (geometry != null) {
                f.SetGeometryDirectly(geometry);
            }
            layer.CreateFeature(f);
        } finally {
            f.delete();
        }
    }

    /** The ids of the rows of {@code layer} that {@code filter} (an OGR SQL WHERE clause) selects. */
    List<Long> ids(Layer layer, String filter) {
        List<Long> out = new java.util.ArrayList<>();
        layer.SetAttributeFilter(filter);
        layer.ResetReading();
        try {
            for (Feature f = layer.GetNextFeature(); f != null; f = layer.GetNextFeature()) {
                out.add(f.GetFID());
                f.delete();
            }
        } finally {
            layer.SetAttributeFilter(null);
        }
        return out;
    }

    /** An SQL string literal of {@code text} (quotes doubled). */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** Runs a statement that returns no rows. */
    void sql(String statement) {
        Layer result = ds.ExecuteSQL(statement);
        if (result != null) {
            ds.ReleaseResultSet(result);
        }
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T transaction(java.util.function.Supplier<T> work) {
        ds.StartTransaction();
        boolean done = false;
        try {
            T t = work.get();
            ds.CommitTransaction();
            done = true;
            return t;
        } finally {
            if (!done) {
                try {
                    ds.RollbackTransaction();
                } catch (RuntimeException ignored) {
                    // the original failure is what the caller needs to see
                }
            }
        }
    }

    @Override
    public void close() {
        if (ds != null) {
            ds.delete();
            ds = null;
        }
    }
}
