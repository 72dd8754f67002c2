package org.forestcoverage.qa;

import org.forestcoverage.io.csv.CsvLine;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads survey plots from CSV or GeoJSON.
 *
 * <pre>{@code
 * List<Plot> plots = PlotReader.read(Path.of("plots.csv"), "EPSG:32650");
 * }</pre>
 *
 * <p><b>CSV</b> (UTF-8, comma-separated, {@code #} comment lines and blank lines skipped): a header naming the columns,
 * in any order and case: {@code x}, {@code y}, {@code label} required; {@code id}, {@code year}, {@code crs} optional;
 * and the design columns {@code stratum}, {@code cluster}, {@code inclusion_probability} ({@link PlotDesign}). Fields
 * may be double-quoted. Without an {@code id} column ids are {@code line:N}. A non-empty {@code crs} cell overrides the
 * caller's CRS; without either the file is refused.
 *
 * <p><b>Panels</b>: a plot re-measured in several years has one row (or feature) per year with the same id, point and
 * design and its own {@code year} and {@code label}. An id may repeat only with distinct years, never without a year,
 * and always at the same point.
 *
 * <p><b>GeoJSON</b>: a FeatureCollection of Point features (Polygon and MultiPolygon features are reduced to their
 * area centroid) with properties {@code label} (text or 0/1), optionally {@code id}, {@code year}, {@code stratum},
 * {@code cluster} and {@code inclusion_probability}; without an id,
 * ids are {@code feature:N}. The CRS is the legacy {@code "crs": {"type": "name", "properties": {"name": ...}}} member
 * if present, else the caller's, else {@code OGC:CRS84} (RFC 7946: longitude, latitude).
 *
 * <p>Labels: see {@link ForestLabel#parse}. Errors are {@link PlotFileException}s naming the file and the CSV line
 * (1-based, header = line 1) or the GeoJSON feature (0-based index): missing columns, unparseable or non-finite
 * numbers, labels outside the accepted set, duplicate ids, and lon/lat coordinates outside [-180, 180] x [-90, 90]
 * for a geographic CRS (usually a wrong CRS). Stateless and thread-safe.
 */
public final class PlotReader {

    /** The CRS of GeoJSON without a crs member (RFC 7946). */
    public static final String GEOJSON_DEFAULT_CRS = "OGC:CRS84";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private PlotReader() {
    }

    /**
     * Reads {@code file} by its extension: {@code .csv}/{@code .txt} as CSV, {@code .geojson}/{@code .json} as
     * GeoJSON.
     *
     * @param defaultCrs the plots' CRS when the file does not give one; may be null
     */
    public static List<Plot> read(Path file, String defaultCrs) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv") || name.endsWith(".txt");
        if ((csv || name.endsWith(".geojson") || name.endsWith(".json")) && !Files.isRegularFile(file)) {
            throw new PlotFileException(file.toString(), "", Files.isDirectory(file) ? "a folder, not a plot file"
                    : "no such file");
        }
        if (csv) {
            return readCsv(file, defaultCrs);
        }
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return readGeoJson(file, defaultCrs);
        }
        throw new PlotFileException(file.toString(), "", "unknown plot file type; expected .csv, .txt, .geojson or .json");
    }

    public static List<Plot> readCsv(Path file, String defaultCrs) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readCsv(r, file.toString(), defaultCrs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plots from " + file, e);
        }
    }

    /** Reads CSV from {@code reader}; {@code sourceName} names the input in errors. */
    public static List<Plot> readCsv(Reader reader, String sourceName, String defaultCrs) {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<Plot> plots = new ArrayList<>();
        Panel panel = new Panel(sourceName);
        Header columns = null;
        int lineNumber = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                String where = "line " + lineNumber;
                List<String> fields = splitOrFail(line, sourceName, where);
                if (columns == null) {
                    columns = header(fields, sourceName, where, defaultCrs);
                    continue;
                }
                if (fields.size() != columns.count()) {
                    throw new PlotFileException(sourceName, where, fields.size() + " fields, the header has "
                            + columns.count());
                }
                String id = columns.containsKey("id") ? fields.get(columns.get("id")) : "line:" + lineNumber;
                if (id.isEmpty()) {
                    throw new PlotFileException(sourceName, where, "empty id");
                }
                double x = number(fields.get(columns.get("x")), "x", sourceName, where);
                double y = number(fields.get(columns.get("y")), "y", sourceName, where);
                ForestLabel label = label(fields.get(columns.get("label")), sourceName, where);
                OptionalInt year = columns.containsKey("year")
                        ? year(fields.get(columns.get("year")), sourceName, where) : OptionalInt.empty();
                String crs = columns.containsKey("crs") && !fields.get(columns.get("crs")).isEmpty()
                        ? fields.get(columns.get("crs")) : defaultCrs;
                if (crs == null || crs.isBlank()) {
                    throw new PlotFileException(sourceName, where, "empty crs and no CRS given by the caller");
                }
                PlotDesign design = design(cell(fields, columns, "stratum"), cell(fields, columns, "cluster"),
                        cell(fields, columns, "inclusion_probability"), sourceName, where);
                Plot plot = new Plot(id, x, y, crs, label, year, design);
                panel.add(plot, where, "on line " + lineNumber);
                plots.add(plot);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plots from " + sourceName, e);
        }
        if (columns == null) {
            throw new PlotFileException(sourceName, "", "no header line; expected columns id,x,y,label[,year][,crs]");
        }
        return List.copyOf(plots);
    }

    private static List<String> splitOrFail(String line, String source, String where) {
        try {
            return CsvLine.split(line);
        } catch (IllegalArgumentException e) {
            throw new PlotFileException(source, where, e.getMessage());
        }
    }

    /** Lower-case column name -> index, and the number of columns. */
    private record Header(Map<String, Integer> index, int count) {
        boolean containsKey(String column) {
            return index.containsKey(column);
        }

        int get(String column) {
            return index.get(column);
        }
    }

    private static Header header(List<String> fields, String source, String where, String defaultCrs) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).trim().toLowerCase(Locale.ROOT);
            if (columns.put(name, i) != null) {
                throw new PlotFileException(source, where, "column '" + name + "' appears twice in header " + fields);
            }
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("x", "y", "label")) {
            if (!columns.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw new PlotFileException(source, where, "missing column(s) " + missing + " in header " + fields
                    + "; expected id,x,y,label[,year][,crs]");
        }
        if (!columns.containsKey("crs") && (defaultCrs == null || defaultCrs.isBlank())) {
            throw new PlotFileException(source, where, "no crs column and no CRS given by the caller");
        }
        return new Header(Map.copyOf(columns), fields.size());
    }

    private static double number(String text, String what, String source, String where) {
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new PlotFileException(source, where, what + " '" + text + "' is not a finite number");
    }

    private static ForestLabel label(String text, String source, String where) {
        return ForestLabel.parse(text).orElseThrow(() -> new PlotFileException(source, where,
                "label '" + text + "' is not one of " + ForestLabel.ACCEPTED));
    }

    private static OptionalInt year(String text, String source, String where) {
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw new PlotFileException(source, where, "year '" + text + "' is not an integer");
        }
    }

    private static String cell(List<String> fields, Header columns, String column) {
        return columns.containsKey(column) ? fields.get(columns.get(column)).trim() : "";
    }

    private static String text(JsonNode props, String key) {
        return props.hasNonNull(key) ? props.get(key).asText().trim() : "";
    }

    private static PlotDesign design(String stratum, String cluster, String probability, String source, String where) {
        double p = Double.NaN;
        if (!probability.isEmpty()) {
            try {
                p = Double.parseDouble(probability);
            } catch (NumberFormatException e) {
                p = -1;
            }
            if (!(p > 0 && p <= 1)) {
                throw new PlotFileException(source, where, "inclusion_probability '" + probability
                        + "' is not a number in (0, 1]");
            }
        }
        return new PlotDesign(stratum, cluster, p);
    }

    /**
     * The panel rules for repeated ids: distinct years, each with a year, the same point and design. Not
     * thread-safe; one per file.
     */
    private static final class Panel {
        private final String source;
        private final Map<String, Plot> firstOfId = new HashMap<>();
        private final Map<String, String> firstWhere = new HashMap<>();
        private final Map<String, String> yearWhere = new HashMap<>();

        Panel(String source) {
            this.source = source;
        }

        void add(Plot p, String where, String shortWhere) {
            Plot first = firstOfId.putIfAbsent(p.id(), p);
            if (first == null) {
                firstWhere.put(p.id(), shortWhere);
                yearWhere.put(p.id() + "\u0000" + p.year(), shortWhere);
                return;
            }
            String was = firstWhere.get(p.id());
            if (first.year().isEmpty() || p.year().isEmpty()) {
                throw new PlotFileException(source, where, "duplicate id '" + p.id() + "' (first " + was
                        + "); a plot re-measured in several years needs a year on each of its rows");
            }
            String sameYear = yearWhere.putIfAbsent(p.id() + "\u0000" + p.year(), shortWhere);
            if (sameYear != null) {
                throw new PlotFileException(source, where, "duplicate id '" + p.id() + "' in year "
                        + p.year().getAsInt() + " (first " + sameYear + ")");
            }
            if (first.x() != p.x() || first.y() != p.y() || !first.crs().equals(p.crs())) {
                throw new PlotFileException(source, where, "plot '" + p.id() + "' is at (" + p.x() + ", " + p.y()
                        + ") but at (" + first.x() + ", " + first.y() + ") " + was
                        + "; a re-measured plot keeps its point (give a moved plot a new id)");
            }
            if (!first.design().equals(p.design())) {
                throw new PlotFileException(source, where, "plot '" + p.id() + "' has stratum/cluster/inclusion"
                        + " probability " + describe(p.design()) + " but " + describe(first.design()) + " " + was);
            }
        }

        private static String describe(PlotDesign d) {
            return "'" + d.stratum() + "'/'" + d.cluster() + "'/" + d.inclusionProbability();
        }
    }

    public static List<Plot> readGeoJson(Path file, String defaultCrs) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readGeoJson(r, file.toString(), defaultCrs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plots from " + file, e);
        }
    }

    /** Reads GeoJSON from {@code reader}; {@code sourceName} names the input in errors. */
    public static List<Plot> readGeoJson(Reader reader, String sourceName, String defaultCrs) {
        JsonNode root;
        try {
            root = JSON.readTree(reader);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr();
            throw new PlotFileException(sourceName, where, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plots from " + sourceName, e);
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new PlotFileException(sourceName, "", "not a GeoJSON FeatureCollection");
        }
        String crs = crsMember(root, sourceName);
        if (crs == null) {
            crs = defaultCrs == null || defaultCrs.isBlank() ? GEOJSON_DEFAULT_CRS : defaultCrs;
        }
        JsonNode features = root.path("features");
        if (!features.isArray()) {
            throw new PlotFileException(sourceName, "", "'features' is not an array");
        }
        List<Plot> plots = new ArrayList<>(features.size());
        Panel panel = new Panel(sourceName);
        for (int f = 0; f < features.size(); f++) {
            String where = "feature " + f;
            JsonNode feature = features.get(f);
            JsonNode props = feature.path("properties");
            String id = props.hasNonNull("id") ? props.get("id").asText() : "feature:" + f;
            if (id.isBlank()) {
                throw new PlotFileException(sourceName, where, "empty id");
            }
            if (!props.hasNonNull("label")) {
                throw new PlotFileException(sourceName, where, "missing property 'label'");
            }
            ForestLabel label = label(props.get("label").asText(), sourceName, where);
            OptionalInt year = OptionalInt.empty();
            if (props.hasNonNull("year")) {
                JsonNode y = props.get("year");
                year = y.canConvertToInt() && y.isIntegralNumber() ? OptionalInt.of(y.intValue())
                        : year(y.asText(), sourceName, where);
            }
            double[] xy = position(feature.path("geometry"), sourceName, where);
            PlotDesign design = design(text(props, "stratum"), text(props, "cluster"),
                    text(props, "inclusion_probability"), sourceName, where);
            Plot plot = new Plot(id, xy[0], xy[1], crs, label, year, design);
            panel.add(plot, where, "in " + where);
            plots.add(plot);
        }
        return List.copyOf(plots);
    }

    private static String crsMember(JsonNode root, String source) {
        JsonNode crs = root.get("crs");
        if (crs == null || crs.isNull()) {
            return null;
        }
        if (crs.isTextual()) {
            return crs.asText();
        }
        JsonNode name = crs.path("properties").path("name");
        if (!name.isTextual() || name.asText().isBlank()) {
            throw new PlotFileException(source, "", "'crs' member has no properties.name: " + crs);
        }
        return name.asText();
    }

    /** x, y of a Point, or the area centroid of a Polygon / MultiPolygon. */
    private static double[] position(JsonNode geometry, String source, String where) {
        String type = geometry.path("type").asText("");
        JsonNode c = geometry.path("coordinates");
        switch (type) {
            case "Point":
                return coordinate(c, source, where);
            case "Polygon":
                return centroid(GEOMETRY.createMultiPolygon(new Polygon[] {polygon(c, source, where)}), source, where);
            case "MultiPolygon": {
                if (!c.isArray() || c.isEmpty()) {
                    throw new PlotFileException(source, where, "MultiPolygon without polygons");
                }
                Polygon[] parts = new Polygon[c.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(c.get(i), source, where);
                }
                return centroid(GEOMETRY.createMultiPolygon(parts), source, where);
            }
            default:
                throw new PlotFileException(source, where, "geometry type '" + type
                        + "' is not supported; expected Point, Polygon or MultiPolygon");
        }
    }

    private static double[] coordinate(JsonNode c, String source, String where) {
        if (!c.isArray() || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
            throw new PlotFileException(source, where, "coordinates " + c + " are not a [x, y] pair of numbers");
        }
        double x = c.get(0).doubleValue();
        double y = c.get(1).doubleValue();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new PlotFileException(source, where, "coordinates " + c + " are not finite");
        }
        return new double[] {x, y};
    }

    private static Polygon polygon(JsonNode rings, String source, String where) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new PlotFileException(source, where, "polygon without rings");
        }
        LinearRing[] built = new LinearRing[rings.size()];
        for (int r = 0; r < built.length; r++) {
            JsonNode ring = rings.get(r);
            if (!ring.isArray() || ring.size() < 4) {
                throw new PlotFileException(source, where, "ring " + r + " has fewer than 4 positions");
            }
            Coordinate[] cs = new Coordinate[ring.size()];
            for (int i = 0; i < cs.length; i++) {
                double[] xy = coordinate(ring.get(i), source, where);
                cs[i] = new Coordinate(xy[0], xy[1]);
            }
            try {
                built[r] = GEOMETRY.createLinearRing(cs);
            } catch (IllegalArgumentException e) {
                throw new PlotFileException(source, where, "ring " + r + ": " + e.getMessage());
            }
        }
        LinearRing[] holes = new LinearRing[built.length - 1];
        System.arraycopy(built, 1, holes, 0, holes.length);
        return GEOMETRY.createPolygon(built[0], holes);
    }

    private static double[] centroid(org.locationtech.jts.geom.Geometry g, String source, String where) {
        org.locationtech.jts.geom.Point p = g.getCentroid();
        if (p.isEmpty() || !(g.getArea() > 0)) {
            throw new PlotFileException(source, where, "polygon has no area");
        }
        return new double[] {p.getX(), p.getY()};
    }
}
