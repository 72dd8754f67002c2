package org.forestcoverage.testtiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;

/**
 * Districts on a pixel lattice. {@code lattice} fixes the CRS, the pixel size and where pixel corner {@code (0, 0)}
 * lies; its width and height are only informative (districts may reach beyond it). Immutable.
 *
 * <pre>{@code
 * DistrictLayout l = new DistrictLayout(sceneGrid, List.of(SyntheticDistrict.rect("D1", "North", 0, 0, 300, 200)));
 * GridSpec g = l.extentGrid();          // the districts' bounding box on the lattice
 * int[] zone = l.zones(g.window());     // district index per pixel of g, -1 for none
 * l.writeGeoJson(dir.resolve("districts.geojson"), "EPSG:32650");
 * }</pre>
 */
public record DistrictLayout(GridSpec lattice, List<SyntheticDistrict> districts) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public DistrictLayout {
        districts = List.copyOf(districts);
        if (districts.isEmpty()) {
            throw new IllegalArgumentException("a layout needs at least one district");
        }
        Set<String> ids = new HashSet<>();
        for (SyntheticDistrict d : districts) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("duplicate district id " + d.id());
            }
        }
    }

    /** Bounding box of all districts, in lattice pixel indices. */
    public PixelWindow extent() {
        int c0 = Integer.MAX_VALUE;
        int r0 = Integer.MAX_VALUE;
        int c1 = Integer.MIN_VALUE;
        int r1 = Integer.MIN_VALUE;
        for (SyntheticDistrict d : districts) {
            PixelWindow b = d.bounds();
            c0 = Math.min(c0, b.col());
            r0 = Math.min(r0, b.row());
            c1 = Math.max(c1, b.endCol());
            r1 = Math.max(r1, b.endRow());
        }
        return new PixelWindow(c0, r0, c1 - c0, r1 - r0);
    }

    /** The grid covering {@link #extent()} on the lattice: what an analysis grid "from the districts" is. */
    public GridSpec extentGrid() {
        PixelWindow e = extent();
        return new GridSpec(lattice.crsWkt(), lattice.x(e.col()), lattice.y(e.row()), lattice.pixelWidth(),
                lattice.pixelHeight(), e.width(), e.height());
    }

    /**
     * District index (position in {@link #districts()}) of every pixel of window {@code w} (lattice indices),
     * row-major, {@code -1} where no district holds the pixel centre. Throws when two districts claim a pixel.
     */
    public int[] zones(PixelWindow w) {
        int[] zone = new int[Math.toIntExact(w.pixelCount())];
        java.util.Arrays.fill(zone, -1);
        for (int k = 0; k < districts.size(); k++) {
            SyntheticDistrict d = districts.get(k);
            PixelWindow b = d.bounds().intersect(w);
            for (int r = b.row(); r < b.endRow(); r++) {
                for (int c = b.col(); c < b.endCol(); c++) {
                    if (d.contains(c, r)) {
                        int i = (r - w.row()) * w.width() + (c - w.col());
                        if (zone[i] >= 0) {
                            throw new IllegalStateException("pixel (" + c + ", " + r + ") is in both "
                                    + districts.get(zone[i]) + " and " + d);
                        }
                        zone[i] = k;
                    }
                }
            }
        }
        return zone;
    }

    /**
     * Writes the districts as a GeoJSON FeatureCollection in the lattice CRS, with a {@code crs} member naming
     * {@code epsg} (e.g. {@code EPSG:32650}) so that OGR reads the CRS, and the properties {@code district_id}
     * (string) and {@code name}. Exterior rings are counter-clockwise and closed. Returns {@code file}.
     */
    public Path writeGeoJson(Path file, String epsg) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        root.put("name", "districts");
        ObjectNode crs = root.putObject("crs");
        crs.put("type", "name");
        crs.putObject("properties").put("name", "urn:ogc:def:crs:" + epsg.replace(":", "::"));
        ArrayNode features = root.putArray("features");
        for (SyntheticDistrict d : districts) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode props = f.putObject("properties");
            props.put("district_id", d.id());
            props.put("name", d.name());
            ObjectNode geom = f.putObject("geometry");
            geom.put("type", "Polygon");
            ArrayNode ring = geom.putArray("coordinates").addArray();
            int n = d.vertexCount();
            // pixel rows grow southwards, so a ring clockwise in (col, row) is counter-clockwise in (x, y)
            boolean reverse = d.twiceSignedArea() > 0;
            for (int k = 0; k <= n; k++) {
                int i = reverse ? (n - k) % n : k % n;
                ring.addArray().add(lattice.x(d.col(i))).add(lattice.y(d.row(i)));
            }
        }
        try {
            Files.writeString(file, JSON.writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }
}
