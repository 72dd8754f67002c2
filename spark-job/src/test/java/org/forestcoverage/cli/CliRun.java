package org.forestcoverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.raster.PixelType;

/**
 * One run of the command line in this JVM: exit code, what went to stdout, the error line(s) the command line
 * printed, and the warnings on stderr. Plus the small inputs the issue 10 tests share.
 */
record CliRun(int rc, String stdout, String error, String warnings) {

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        int rc;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            picocli.CommandLine cl = org.forestcoverage.spark.SharedSpark.cli();
            cl.setErr(new PrintWriter(err));
            rc = cl.execute(args);
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        return new CliRun(rc, out.toString(StandardCharsets.UTF_8), err.toString(), warnings.toString(StandardCharsets.UTF_8));
    }

    /** Asserts bad input: exit status 1 and one line naming {@code file} and saying {@code problem}; returns the line. */
    String refused(String file, String problem) {
        assertEquals(1, rc, "exit status; stdout: " + stdout + " error: " + error + " warnings: " + warnings);
        String line = error.strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith("forest: "), line);
        assertTrue(line.contains(file), "the line names " + file + ": " + line);
        assertTrue(line.contains(problem), "the line says " + problem + ": " + line);
        return line;
    }

    /**
     * The small scene ({@link #scene}, nodata -9999) and one district over it ({@link #districts}) in a test folder,
     * and {@code analyze} runs over them on {@code local[1]}.
     */
    record Inputs(Path dir, Path scene, Path districts) {
        static Inputs in(Path dir) throws IOException {
            return new Inputs(dir, CliRun.scene(dir.resolve("scene.tif"), 400000, -9999.0),
                    Files.writeString(dir.resolve("districts.geojson"), CliRun.districts()));
        }

        /** {@code analyze} of {@code scene} (a path or URL, scale 1e-4) over {@code districtFile} into {@code out}. */
        CliRun analyze(String sceneArg, Path districtFile, Path out, String... extra) {
            List<String> args = new ArrayList<>(List.of("analyze", "--scene", sceneArg,
                    "--year", "2020", "--red-band", "1", "--nir-band", "2", "--scale", "0.0001", "--offset", "0",
                    "--districts", districtFile.toString(), "--id-field", "id", "--out", out.toString()));
            args.addAll(List.of(extra));
            if (!args.contains("--master")) {
                args.addAll(List.of("--master", "local[1]"));
            }
            return CliRun.of(args.toArray(new String[0]));
        }
    }

    /** A 64 x 64 two-band Int16 scene in EPSG:32650 with its top-left corner at (x0, 4500000), 30 m pixels. */
    static Path scene(Path file, double x0, Double nodata) {
        GridSpec g = new GridSpec(Crs.toWkt("EPSG:32650"), x0, 4500000, 30, 30, 64, 64);
        try (GeoTiffWriter w = GeoTiffWriter.create(file.toString(), g, PixelType.INT16, 2, nodata)) {
            short[] red = new short[64 * 64];
            short[] nir = new short[64 * 64];
            Arrays.fill(red, (short) 1000);
            Arrays.fill(nir, (short) 6000);
            w.write(1, g.window(), red);
            w.write(2, g.window(), nir);
        }
        return file;
    }

    /** One district, a 1920 m square over the scene {@link #scene} writes at x0 = 400000. */
    static String districts() {
        return """
            {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32650"}},
             "features": [{"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Polygon",
               "coordinates": [[[400000, 4498080], [401920, 4498080], [401920, 4500000], [400000, 4500000], [400000, 4498080]]]}}]}""";
    }
}
