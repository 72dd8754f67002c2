package org.forestcoverage.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.forestcoverage.coverage.CrsUnits;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;

/**
 * The analysis grid's CRS and pixel size as asked ({@code --grid-crs}, {@code --pixel-size}; {@code null} = chosen
 * from the scenes and districts), and the lattice it resolves to. The choice never depends on the order of the
 * manifest. Immutable.
 *
 * <pre>{@code
 * GridChoice.Chosen c = GridChoice.FROM_SCENES.choose(redGrids, districtsCentreLonLat);
 * GridSpec anchor = c.lattice();   // 0 x 0, origin = lattice anchor
 * String why = c.reason();         // stated in the run's outputs
 * }</pre>
 */
public record GridChoice(String crs, Double pixelSize) {
    /** The CRS and lattice chosen from the scenes (and the districts' centre when the scenes' CRSs differ). */
    public static final GridChoice FROM_SCENES = new GridChoice(null, null);

    public GridChoice {
        if (pixelSize != null && !(pixelSize > 0 && Double.isFinite(pixelSize))) {
            throw new IllegalArgumentException("--pixel-size must be a positive number, got " + pixelSize);
        }
    }

    /**
     * The chosen grid template and why it was chosen.
     *
     * @param lattice a 0 x 0 grid whose CRS and pixel size are the grid's and whose origin is the lattice anchor
     * @param reason  one line for the run's outputs, e.g. {@code "the UTM zone of the districts' centre"}
     */
    public record Chosen(GridSpec lattice, String reason) {
    }

    /**
     * The CRS, pixel size and lattice anchor of the analysis grid.
     * <ul>
     * <li>CRS: {@code crs} when given; else the scenes' CRS when they share one; else the UTM zone (WGS 84) of the
     *     districts' centre when a scene is in it; else the CRS holding the most scene area (ties: the smaller
     *     label).</li>
     * <li>Pixel size: {@code pixelSize}, else that of the first scene in the grid's CRS (else of the first scene,
     *     which must then measure in the same kind of units).</li>
     * <li>Lattice: that of the first scene in the grid's CRS with that pixel size, so that its reads need no
     *     resampling, else multiples of the pixel size from the CRS origin.</li>
     * </ul>
     * "First" is in the order given, which the caller makes independent of the manifest's (year, id, file).
     *
     * @param scenes             the grids of the scenes' red bands, in a canonical order
     * @param districtsCentreLonLat longitude and latitude of the districts' centre, or {@code null} if unknown
     */
    public Chosen choose(List<GridSpec> scenes, double[] districtsCentreLonLat) {
        String wkt;
        String reason;
        if (crs != null) {
            wkt = crsWkt(crs);
            reason = "--grid-crs " + crs;
        } else {
            List<String> crss = distinctCrss(scenes);
            if (crss.size() == 1) {
                wkt = crss.get(0);
                reason = "the scenes' CRS";
            } else {
                String utm = districtsCentreLonLat == null ? null : utmZone(districtsCentreLonLat);
                String inUtm = utm == null ? null : crss.stream().filter(c -> Crs.same(c, utm)).findFirst().orElse(null);
                if (inUtm != null) {
                    wkt = inUtm;
                    reason = String.format(Locale.ROOT, "the UTM zone of the districts' centre (%.4f, %.4f) among the"
                            + " scenes' %d CRSs", districtsCentreLonLat[0], districtsCentreLonLat[1], crss.size());
                } else {
                    wkt = mostArea(crss, scenes);
                    reason = "the CRS holding most of the scenes' area among their " + crss.size() + " CRSs";
                }
            }
        }
        GridSpec first = scenes.stream().filter(g -> Crs.same(wkt, g.crsWkt())).findFirst().orElse(scenes.get(0));
        double pw;
        double ph;
        if (pixelSize != null) {
            pw = pixelSize;
            ph = pixelSize;
        } else if (Crs.same(wkt, first.crsWkt()) || Crs.isGeographic(wkt) == Crs.isGeographic(first.crsWkt())) {
            pw = first.pixelWidth();
            ph = first.pixelHeight();
        } else {
            throw new IllegalArgumentException("--grid-crs " + crs + " and the scenes' CRS ("
                    + Crs.label(first.crsWkt()) + ") measure in different units; give --pixel-size");
        }
        for (GridSpec g : scenes) {
            if (Math.abs(g.pixelWidth() / pw - 1) < 1e-9 && Math.abs(g.pixelHeight() / ph - 1) < 1e-9
                    && Crs.same(wkt, g.crsWkt())) {
                return new Chosen(new GridSpec(wkt, g.originX(), g.originY(), pw, ph, 0, 0), reason);
            }
        }
        return new Chosen(new GridSpec(wkt, 0, 0, pw, ph, 0, 0), reason + ", lattice on multiples of the pixel size");
    }

    /** The scenes' distinct CRSs, each as its first scene states it. */
    private static List<String> distinctCrss(List<GridSpec> scenes) {
        List<String> out = new ArrayList<>();
        for (GridSpec g : scenes) {
            if (out.stream().noneMatch(c -> Crs.same(c, g.crsWkt()))) {
                out.add(g.crsWkt());
            }
        }
        return out;
    }

    /** WGS 84 / UTM zone of a longitude/latitude (EPSG:326zz north, 327zz south; the standard 6-degree zones). */
    static String utmZone(double[] lonLat) {
        double lon = lonLat[0];
        double lat = lonLat[1];
        if (!(Math.abs(lat) <= 84) || !(Math.abs(lon) <= 180)) {
            return null;
        }
        int zone = Math.min(60, (int) Math.floor((lon + 180) / 6) + 1);
        return Crs.toWkt("EPSG:" + ((lat >= 0 ? 32600 : 32700) + zone));
    }

    /** The CRS whose scenes cover the largest area (their rasters' extents in m²); ties go to the smaller label. */
    private static String mostArea(List<String> crss, List<GridSpec> scenes) {
        String best = null;
        double bestArea = -1;
        String bestLabel = null;
        for (String c : crss) {
            CrsUnits units = Crs.units(c);
            double area = 0;
            for (GridSpec g : scenes) {
                if (Crs.same(c, g.crsWkt())) {
                    double centreY = g.originY() - g.height() * g.pixelHeight() / 2;
                    area += units.areaM2((double) g.width() * g.height() * g.pixelWidth() * g.pixelHeight(), centreY);
                }
            }
            String label = Crs.label(c);
            if (area > bestArea * (1 + 1e-12) || (Math.abs(area - bestArea) <= 1e-12 * area
                    && label.compareTo(bestLabel) < 0)) {
                best = c;
                bestArea = area;
                bestLabel = label;
            }
        }
        return best;
    }

    private static String crsWkt(String definition) {
        try {
            return Crs.toWkt(definition);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--grid-crs: " + e.getMessage(), e);
        }
    }
}
