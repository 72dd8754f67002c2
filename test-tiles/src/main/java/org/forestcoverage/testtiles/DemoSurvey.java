package org.forestcoverage.testtiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.forestcoverage.io.gdal.RasterSampler;
import org.forestcoverage.kernel.LandClass;

/**
 * The demo's SYNTHETIC field survey: the plots {@code forest sample} drew, "visited" in every year as a plot panel.
 * A plot's label in a year is the class of its pixel in that year's forest map of the demo (which equals the demo's
 * construction wherever the pixel was observed), with a fixed share of labels flipped to stand for the disagreement of
 * a real survey with a map; a plot on a pixel the year did not observe, or on water, has no label that year (not
 * visited). Nothing in it is an observation.
 *
 * <pre>{@code
 * DemoSurvey.write(Path.of("survey/plots.csv"), Map.of(2020, run.resolve("forest_2020.tif"), ...),
 *         Path.of("survey/panel.csv"), 0.04);
 * }</pre>
 *
 * <p>Flips are decided by a hash of (plot id, year), so the file is the same on every run.
 */
public final class DemoSurvey {

    private DemoSurvey() {
    }

    /**
     * Writes the panel ({@code id,x,y,crs,stratum,label,year}, one row per plot and year labelled).
     *
     * @param plots        plots.csv of forest sample ({@code id,x,y,crs,lon,lat,stratum,district,map_class,label})
     * @param maps         each year's forest map
     * @param disagreement share of labels flipped, in [0, 1)
     * @return rows written
     */
    public static int write(Path plots, Map<Integer, Path> maps, Path out, double disagreement) {
        List<String> lines;
        try {
            lines = Files.readAllLines(plots);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + plots, e);
        }
        StringBuilder sb = new StringBuilder("# SYNTHETIC demo survey: labels from the demo's maps, "
                + Math.round(100 * disagreement) + " % flipped; not observations\nid,x,y,crs,stratum,label,year\n");
        int rows = 0;
        for (Map.Entry<Integer, Path> m : new java.util.TreeMap<>(maps).entrySet()) {
            try (RasterSampler s = RasterSampler.open(m.getValue().toString())) {
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.split(",", -1);
                    double x = Double.parseDouble(f[1]);
                    double y = Double.parseDouble(f[2]);
                    int col = (int) Math.floor(s.grid().col(x));
                    int row = (int) Math.floor(s.grid().row(y));
                    double v = s.value(col, row);
                    if (Double.isNaN(v) || (int) v == LandClass.UNOBSERVED || (int) v == LandClass.WATER) {
                        continue;
                    }
                    boolean forest = (int) v == LandClass.FOREST;
                    if (flip(f[0], m.getKey()) < disagreement) {
                        forest = !forest;
                    }
                    sb.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%d%n", f[0], f[1], f[2], f[3], f[6],
                            forest ? "forest" : "non-forest", m.getKey()));
                    rows++;
                }
            }
        }
        try {
            Files.writeString(out, sb);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        return rows;
    }

    /** A value in [0, 1) from the plot id and year (SplitMix64 of the id's hash and the year). */
    private static double flip(String id, int year) {
        long z = id.hashCode() * 0x9E3779B97F4A7C15L + year;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53;
    }
}
