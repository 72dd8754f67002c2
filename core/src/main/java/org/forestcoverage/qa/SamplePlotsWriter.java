package org.forestcoverage.qa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.kernel.LandClass;

/**
 * The text of a sample design's outputs for field teams: {@code plots.geojson}, {@code plots.csv} and
 * {@code design.json}. Output depends only on its inputs (no clock, no hash order), so the same design gives
 * byte-identical files.
 *
 * <pre>{@code
 * SamplePlotsWriter.Output o = SamplePlotsWriter.write(pixels, grid, "EPSG:32650", lon, lat);
 * Files.writeString(dir.resolve("plots.csv"), o.csv());
 * }</pre>
 *
 * <p>Plots are the centres of the sampled pixels, ids {@code P0001, P0002, ...} in scan order. The GeoJSON holds
 * points in the raster's CRS, named in a legacy {@code "crs"} member (which {@link PlotReader} reads back), with
 * {@code lon}/{@code lat} (WGS 84, degrees, 7 decimals) among the properties and {@code label} null. The CSV has
 * {@link #CSV_HEADER} with an empty {@code label} column to fill in ({@code forest} / {@code non-forest}); once filled
 * it is a valid plot file for {@code forest qa}. Stateless and thread-safe.
 */
public final class SamplePlotsWriter {

    /** Columns of plots.csv. */
    public static final String CSV_HEADER = "id,x,y,crs,lon,lat,stratum,district,map_class,label";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The two plot files. */
    public record Output(String geoJson, String csv) {
    }

    private SamplePlotsWriter() {
    }

    /**
     * @param pixels the sampled pixels, in output order
     * @param grid   the raster's grid (pixel centres are computed from it)
     * @param crs    the raster's CRS as a short definition other tools accept (e.g. {@code EPSG:32650})
     * @param lon    each pixel centre's longitude, degrees
     * @param lat    each pixel centre's latitude, degrees
     */
    public static Output write(List<SampledPixel> pixels, GridSpec grid, String crs, double[] lon, double[] lat) {
        if (lon.length != pixels.size() || lat.length != pixels.size()) {
            throw new IllegalArgumentException(pixels.size() + " plots but " + lon.length + "/" + lat.length
                    + " longitudes/latitudes");
        }
        int digits = Math.max(4, Integer.toString(pixels.size()).length());
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        ObjectNode crsNode = root.putObject("crs");
        crsNode.put("type", "name");
        crsNode.putObject("properties").put("name", crs);
        ArrayNode features = root.putArray("features");
        for (int i = 0; i < pixels.size(); i++) {
            SampledPixel p = pixels.get(i);
            String id = String.format(Locale.ROOT, "P%0" + digits + "d", i + 1);
            double x = grid.x(p.col() + 0.5);
            double y = grid.y(p.row() + 0.5);
            double lo = round7(lon[i]);
            double la = round7(lat[i]);
            String stratum = stratum(p.stratum());
            String cls = LandClass.name(p.mapClass());
            csv.append(id).append(',').append(x).append(',').append(y).append(',').append(QaReportWriter.text(crs))
                    .append(',').append(String.format(Locale.ROOT, "%.7f,%.7f", lo, la))
                    .append(',').append(QaReportWriter.text(stratum))
                    .append(',').append(p.district() == null ? "" : QaReportWriter.text(p.district()))
                    .append(',').append(cls).append(",\n");
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode props = f.putObject("properties");
            props.put("id", id);
            props.put("stratum", stratum);
            if (p.district() == null) {
                props.putNull("district");
            } else {
                props.put("district", p.district());
            }
            props.put("map_class", cls);
            props.put("lon", lo);
            props.put("lat", la);
            props.put("col", p.col());
            props.put("row", p.row());
            props.putNull("label");
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(x).add(y);
        }
        try {
            return new Output(JSON.writeValueAsString(root) + "\n", csv.toString());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** design.json: the seed, the strata with pixel counts, areas and sample sizes, and {@code settings}. */
    public static String designJson(SampleDesign design, double pixelAreaM2, Map<String, Object> settings) {
        ObjectNode root = JSON.createObjectNode();
        root.set("settings", JSON.valueToTree(settings));
        root.put("seed", design.seed());
        root.put("total_sample_size", design.totalSampleSize());
        ArrayNode strata = root.putArray("strata");
        for (StratumSample h : design.strata()) {
            ObjectNode s = strata.addObject();
            s.put("stratum", stratum(h.key()));
            s.put("map_class", LandClass.name(h.key().mapClass()));
            if (StratumKey.WHOLE_AREA.equals(h.key().zone())) {
                s.putNull("district");
            } else {
                s.put("district", h.key().zone());
            }
            s.put("pixels", h.pixelCount());
            if (Double.isFinite(pixelAreaM2)) {
                s.put("area_m2", h.pixelCount() * pixelAreaM2);
            }
            s.put("sample_size", h.sampleSize());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code forest}, or {@code DISTRICT/forest} for a stratum within a district. */
    public static String stratum(StratumKey key) {
        String cls = LandClass.name(key.mapClass());
        return StratumKey.WHOLE_AREA.equals(key.zone()) ? cls : key.zone() + "/" + cls;
    }

    private static double round7(double v) {
        return Math.round(v * 1e7) / 1e7;
    }
}
