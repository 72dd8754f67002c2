package org.forestcoverage.io.gdal.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.forestcoverage.provenance.YearHistory;
import org.gdal.ogr.Feature;
import org.gdal.ogr.Layer;
import org.gdal.ogr.ogr;

/**
 * The year history beside the results store, through OGR: table {@value #TABLE} with one row per (series, year),
 * replaced by each run in one transaction. Not thread-safe: one per thread.
 */
public final class OgrYearHistory implements YearHistory {
    /** The history's table. */
    public static final String TABLE = "forest_year_results";
    private static final List<OgrDatabase.Column> COLUMNS = List.of(
            new OgrDatabase.Column("series", ogr.OFTString),
            new OgrDatabase.Column("year", ogr.OFTInteger),
            new OgrDatabase.Column("result", ogr.OFTString),
            new OgrDatabase.Column("recorded_utc", ogr.OFTString));
    private final OgrDatabase db;
    private final Layer layer;

    private OgrYearHistory(OgrDatabase db) {
        this.db = db;
        this.layer = db.table(TABLE, ogr.wkbNone, COLUMNS, List.of());
    }

    /** Opens (or creates) the history at {@code location}, the results store's database. */
    public static OgrYearHistory open(String location) {
        return new OgrYearHistory(OgrDatabase.open(location, true,
                List.of(TABLE, OgrTileSums.TABLE, OgrCatalog.TABLE), d -> d.table(TABLE, ogr.wkbNone, COLUMNS, List.of())));
    }

    @Override
    public Optional<String> last(String series, int year) {
        layer.SetAttributeFilter(filter(series, year));
        layer.ResetReading();
        try {
            Feature f = layer.GetNextFeature();
            if (f == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(f.GetFieldAsString("result"));
            } finally {
                f.delete();
            }
        } finally {
            layer.SetAttributeFilter(null);
        }
    }

    @Override
    public void record(String series, int year, String json) {
        db.transaction(() -> {
            for (long fid : db.ids(layer, filter(series, year))) {
                layer.DeleteFeature(fid);
            }
            db.insert(layer, Map.of("series", series, "year", year, "result", json, "recorded_utc",
                    Instant.now().toString()), null);
            return null;
        });
    }

    private static String filter(String series, int year) {
        return "series = " + OgrDatabase.literal(series) + " AND year = " + year;
    }

    @Override
    public void close() {
        db.close();
    }
}
