package org.forestcoverage.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.scene.SceneSpec;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The scenes an analysis takes from the catalogue: the products that pass the filter (years, season, sensor, cloud)
 * and whose footprint meets the districts, each resolved by its product reader exactly as a manifest entry naming its
 * metadata would be. Says why every other product was left out. Immutable.
 *
 * <pre>{@code
 * CatalogScenes s = CatalogScenes.select(store.list(), filter, districts, Products.DEFAULT);
 * s.lines().forEach(System.out::println);   // "used ..." / "left out ...: reason"
 * Manifest m = s.manifest();
 * }</pre>
 *
 * @param used    the products used, by acquisition date then id
 * @param leftOut one line per product left out: its id and the reason
 * @param districtsSha256 SHA-256 of the analysis' districts file: a product's cloud share over them counts when it
 *                        was measured over the same file
 */
public record CatalogScenes(List<CatalogEntry> used, List<SceneSpec> scenes, List<String> leftOut,
                            String districtsSha256) {
    public CatalogScenes {
        used = List.copyOf(used);
        scenes = List.copyOf(scenes);
        leftOut = List.copyOf(leftOut);
    }

    /**
     * Selects from {@code entries} (as {@link CatalogStore#list()} orders them).
     *
     * @param districts the analysis' districts: the footprints must meet them, and {@code --max-cloud} takes the cloud
     *                  share over them where it was measured over the same file
     * @throws CatalogException when no product is left
     */
    public static CatalogScenes select(List<CatalogEntry> entries, CatalogFilter filter, DistrictArea districts,
                                       Products readers) {
        List<CatalogEntry> used = new ArrayList<>();
        List<SceneSpec> scenes = new ArrayList<>();
        List<String> out = new ArrayList<>();
        WKTReader wkt = new WKTReader();
        for (CatalogEntry e : entries) {
            String why = filter.refusal(e, districts.sha256());
            if (why == null && !footprint(wkt, e).intersects(districts.lonLat())) {
                why = "footprint misses the districts";
            }
            if (why == null && e.measuredOver(districts.sha256()) && e.districtCloudPct() == null) {
                why = "no valid pixel in the districts (measured when it was catalogued)";
            }
            if (why != null) {
                out.add(e.productId() + ": " + why);
                continue;
            }
            used.add(e);
            scenes.add(readers.read(Path.of(e.metadata())).spec());
        }
        if (used.isEmpty()) {
            throw new CatalogException("the catalogue holds no product for this analysis (" + entries.size()
                    + " catalogued" + (out.isEmpty() ? "" : "; " + String.join("; ", out.subList(0,
                    Math.min(3, out.size()))) + (out.size() > 3 ? "; ..." : "")) + ")");
        }
        return new CatalogScenes(used, scenes, out, districts.sha256());
    }

    private static Geometry footprint(WKTReader wkt, CatalogEntry e) {
        try {
            return wkt.read(e.footprintWkt());
        } catch (ParseException x) {
            throw new CatalogException("product " + e.productId() + ": unreadable footprint in the catalogue: "
                    + x.getMessage(), x);
        }
    }

    /** The scenes as a manifest (years ascending, scenes of a year by acquisition date). */
    public Manifest manifest() {
        return new Manifest(scenes);
    }

    /** One line per product: used (with date and cloud) or left out (with the reason). */
    public List<String> lines() {
        List<String> l = new ArrayList<>();
        for (CatalogEntry e : used) {
            l.add(String.format(Locale.ROOT, "used      %s (%s, %s, %s)", e.productId(), e.sensor(), e.acquired(),
                    e.cloudText(districtsSha256)));
        }
        for (String s : leftOut) {
            l.add("left out  " + s);
        }
        return l;
    }
}
