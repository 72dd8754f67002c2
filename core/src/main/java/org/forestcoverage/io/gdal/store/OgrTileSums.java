package org.forestcoverage.io.gdal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forestcoverage.sums.CoverageSums;
import org.forestcoverage.sums.TileSumsStore;
import org.gdal.ogr.Feature;
import org.gdal.ogr.Layer;
import org.gdal.ogr.ogr;

/**
 * The results store beside the catalogue, through OGR: table {@value #TABLE} of a GeoPackage or a PostgreSQL
 * database (usually the catalogue's own), one row per (tile, year) key with the sums base64-encoded, a unique index
 * on the key. Not thread-safe: one per thread.
 */
public final class OgrTileSums implements TileSumsStore {
    /** The store's table. */
    public static final String TABLE = "forest_tile_sums";
    /** Keys asked for in one query. */
    private static final int BATCH = 400;
    private static final List<OgrDatabase.Column> COLUMNS = List.of(
            new OgrDatabase.Column("sums_key", ogr.OFTString),
            new OgrDatabase.Column("sums", ogr.OFTString),
            new OgrDatabase.Column("added_utc", ogr.OFTString));
    private final OgrDatabase db;
    private final Layer layer;

    private OgrTileSums(OgrDatabase db) {
        this.db = db;
        this.layer = db.table(TABLE, ogr.wkbNone, COLUMNS, List.of("sums_key"));
    }

    /** Opens (or creates) the store at {@code location}: a GeoPackage path or a {@code PG:} connection string. */
    public static OgrTileSums open(String location) {
        return new OgrTileSums(OgrDatabase.open(location, true, List.of(TABLE, OgrCatalog.TABLE, OgrYearHistory.TABLE),
                d -> d.table(TABLE, ogr.wkbNone, COLUMNS, List.of("sums_key"))));
    }

    /** Where the store is (a PG connection string without its password). */
    public String location() {
        return db.location();
    }

    @Override
    public Map<String, CoverageSums> get(Collection<String> keys) {
        Map<String, CoverageSums> out = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            layer.SetAttributeFilter("sums_key IN ('" + String.join("','", batch) + "')");
            layer.ResetReading();
            for (Feature f = layer.GetNextFeature(); f != null; f = layer.GetNextFeature()) {
                try {
                    out.put(f.GetFieldAsString("sums_key"),
                            CoverageSums.fromBytes(Base64.getDecoder().decode(f.GetFieldAsString("sums"))));
                } finally {
                    f.delete();
                }
            }
        }
        layer.SetAttributeFilter(null);
        return out;
    }

    @Override
    public void put(Map<String, CoverageSums> sums) {
        Map<String, CoverageSums> fresh = new LinkedHashMap<>(sums);
        fresh.keySet().removeAll(get(sums.keySet()).keySet());
        if (fresh.isEmpty()) {
            return;
        }
        String now = Instant.now().toString();
        db.transaction(() -> {
            for (Map.Entry<String, CoverageSums> e : fresh.entrySet()) {
                db.insert(layer, Map.of("sums_key", e.getKey(), "sums",
                        Base64.getEncoder().encodeToString(e.getValue().toBytes()), "added_utc", now), null);
            }
            return null;
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
