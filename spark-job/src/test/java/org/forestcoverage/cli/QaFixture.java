package org.forestcoverage.cli;

import org.forestcoverage.spark.SharedSpark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.raster.PixelType;
import picocli.CommandLine;

/**
 * The known-answer forest map of the QA command tests, its districts and its plots.
 *
 * <p>Map: 100 x 100 pixels of 30 m in EPSG:32650, top-left (400000, 4500000). Columns 0-39 forest, 40-99 non-forest;
 * rows 90-99 x columns 0-9 unobserved; rows 0-9 x columns 90-99 water. Forest 3,900 px, non-forest 5,900 px.
 * Districts: {@code west} = columns 0-49, all rows (forest 3,900 px, non-forest 1,000 px); {@code east} = columns 50-99,
 * rows 0-89 (non-forest 4,400 px). Rows 90-99 x columns 50-99 (500 non-forest px) lie in no district.
 *
 * <p>Plots (at pixel centres, year 2020 unless said): F01-F20 on forest, 17 labelled forest then 3 non-forest;
 * N01-N05 on non-forest in west, N01 forest, the others non-forest; E01-E20 on non-forest in east, no year, E01-E03
 * forest, the others non-forest; U1, U2 on unobserved pixels; W1 on water; O1 west of the raster; Y1 on forest with
 * year 2019; D1 on non-forest outside both districts, no year, labelled non-forest.
 */
final class QaFixture {
    static final double PIXEL_M2 = 900;
    static final int FOREST_PX = 3900;
    static final int NON_FOREST_PX = 5900;

    private QaFixture() {
    }

    static GridSpec grid() {
        return new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, 100, 100);
    }

    static byte classAt(int col, int row) {
        if (row >= 90 && col < 10) {
            return LandClass.UNOBSERVED;
        }
        if (row < 10 && col >= 90) {
            return LandClass.WATER;
        }
        return col < 40 ? LandClass.FOREST : LandClass.NON_FOREST;
    }

    static Path forestMap(Path file) {
        return forestMap(file, null);
    }

    /** The map with {@code nodata} declared on its band (analyze's maps declare 0, unobserved). */
    static Path forestMap(Path file, Double nodata) {
        GridSpec g = grid();
        byte[] v = new byte[100 * 100];
        for (int r = 0; r < 100; r++) {
            for (int c = 0; c < 100; c++) {
                v[r * 100 + c] = classAt(c, r);
            }
        }
        try (GeoTiffWriter w = GeoTiffWriter.create(file.toString(), g, PixelType.BYTE, 1, nodata)) {
            w.write(1, g.window(), v);
        }
        return file;
    }

    static Path districts(Path file) throws Exception {
        Files.writeString(file, """
            {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32650"}},
             "features": [
              {"type": "Feature", "properties": {"id": "west"}, "geometry": {"type": "Polygon",
               "coordinates": [[[400000, 4497000], [401500, 4497000], [401500, 4500000], [400000, 4500000], [400000, 4497000]]]}},
              {"type": "Feature", "properties": {"id": "east"}, "geometry": {"type": "Polygon",
               "coordinates": [[[401500, 4497300], [403000, 4497300], [403000, 4500000], [401500, 4500000], [401500, 4497300]]]}}]}""");
        return file;
    }

    static double x(int col) {
        return 400000 + (col + 0.5) * 30;
    }

    static double y(int row) {
        return 4500000 - (row + 0.5) * 30;
    }

    /** The plots of the class comment as CSV rows {@code id,x,y,label,year} (no header). */
    static String plotRows() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 20; k++) {
            row(sb, String.format(Locale.ROOT, "F%02d", k + 1), 10 + k, 20 + k, k < 17 ? "forest" : "non-forest", "2020");
        }
        for (int k = 0; k < 5; k++) {
            row(sb, String.format(Locale.ROOT, "N%02d", k + 1), 42 + k, 30 + k, k < 1 ? "forest" : "non-forest", "2020");
        }
        for (int k = 0; k < 20; k++) {
            row(sb, String.format(Locale.ROOT, "E%02d", k + 1), 55 + 2 * k, 20 + k, k < 3 ? "forest" : "non-forest", "");
        }
        row(sb, "U1", 5, 95, "forest", "2020");
        row(sb, "U2", 6, 96, "forest", "2020");
        row(sb, "W1", 95, 5, "non-forest", "2020");
        sb.append("O1,399000,4499000,forest,2020\n");
        row(sb, "Y1", 20, 50, "forest", "2019");
        row(sb, "D1", 60, 95, "non-forest", "");
        return sb.toString();
    }

    private static void row(StringBuilder sb, String id, int col, int row, String label, String year) {
        sb.append(id).append(',').append(x(col)).append(',').append(y(row)).append(',').append(label).append(',')
                .append(year).append('\n');
    }

    static Path plotsCsv(Path file) throws Exception {
        Files.writeString(file, "id,x,y,label,year\n" + plotRows());
        return file;
    }

    /** Runs the command line; returns {exit code, stderr}. */
    static String[] run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = SharedSpark.cli();
        cl.setErr(new PrintWriter(err, true));
        int rc = cl.execute(args);
        return new String[] {Integer.toString(rc), err.toString()};
    }

    /** Exit 1, one line on stderr containing every fragment, and nothing named {@code outName} left in {@code dir}. */
    static void assertCleanFailure(String[] r, Path dir, String outName, String... fragments) throws Exception {
        assertEquals("1", r[0], r[1]);
        String msg = r[1].strip();
        assertEquals(1, msg.lines().count(), msg);
        for (String f : fragments) {
            assertTrue(msg.contains(f), "'" + f + "' not in: " + msg);
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().contains(outName)), "an output folder was left behind");
        }
    }
}
