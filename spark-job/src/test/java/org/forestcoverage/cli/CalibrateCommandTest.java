package org.forestcoverage.cli;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.qa.CalibrationWriter;
import org.forestcoverage.raster.PixelType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code forest calibrate} on a synthetic NDVI raster whose plots are labelled by a known true threshold, 0.55:
 * forest NDVI 0.55 ... 0.9, non-forest 0.2 ... 0.545, so only 0.55 of the sweep maps every plot right.
 */
@Tag("unit")
class CalibrateCommandTest {
    static final float[] FOREST = {0.55f, 0.6f, 0.7f, 0.8f, 0.9f, 0.62f, 0.75f};
    static final float[] NON_FOREST = {0.2f, 0.3f, 0.4f, 0.5f, 0.545f, 0.1f, 0.35f, 0.48f};

    @TempDir
    Path dir;
    Path ndvi;
    Path plots;

    @BeforeEach
    void inputs() throws Exception {
        GridSpec g = new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, 20, 20);
        float[] v = new float[400];
        StringBuilder csv = new StringBuilder("id,x,y,label,year\n");
        for (int i = 0; i < FOREST.length; i++) {
            v[i] = FOREST[i];
            csv.append("F").append(i).append(',').append(400015 + 30 * i).append(",4499985,forest,2020\n");
        }
        for (int i = 0; i < NON_FOREST.length; i++) {
            v[20 + i] = NON_FOREST[i];
            csv.append("N").append(i).append(',').append(400015 + 30 * i).append(",4499955,non-forest,\n");
        }
        v[40] = Float.NaN;
        csv.append("C1,400015,4499925,forest,2020\n");       // unobserved (cloud)
        csv.append("O1,390000,4499925,forest,2020\n");       // outside the raster
        csv.append("Y1,400045,4499985,non-forest,2019\n");   // another year: would be wrong at every threshold
        ndvi = dir.resolve("ndvi_2020.tif");
        try (GeoTiffWriter w = GeoTiffWriter.create(ndvi.toString(), g, PixelType.FLOAT32, 1, null)) {
            w.write(1, g.window(), v);
        }
        plots = dir.resolve("plots.csv");
        Files.writeString(plots, csv);
    }

    private JsonNode calibrate(String out, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("calibrate", "--plots", plots.toString(), "--plots-crs", "EPSG:32650",
                "--ndvi", ndvi.toString(), "--out", dir.resolve(out).toString()));
        args.addAll(List.of(extra));
        String[] r = QaFixture.run(args.toArray(new String[0]));
        assertEquals("0", r[0], r[1]);
        return new ObjectMapper().readTree(dir.resolve(out).resolve("calibration.json").toFile());
    }

    @Test
    void everyCriterionRecommendsTheTrueThreshold() throws Exception {
        for (String criterion : List.of("overall", "balanced", "f1")) {
            JsonNode j = calibrate(criterion, "--criterion", criterion);
            assertEquals("0.55", j.path("recommended_threshold").asText(), criterion);
            assertTrue(j.path("reason").asText().startsWith("NDVI threshold 0.55"), j.path("reason").asText());
            assertEquals(15, j.path("observed_plots").asInt());
        }
    }

    @Test
    void calibrationFilesListTheSweepAndThePlotsLeftOut() throws Exception {
        JsonNode j = calibrate("out");
        assertEquals("overall_accuracy", j.path("criterion").asText());
        assertEquals("[\"C1\"]", j.path("excluded").path("unobserved").toString());
        assertEquals("[\"O1\"]", j.path("excluded").path("outside_raster").toString());
        assertEquals("[\"Y1\"]", j.path("excluded").path("other_year").toString());
        List<String> lines = Files.readAllLines(dir.resolve("out/calibration.csv"));
        assertEquals(CalibrationWriter.CSV_HEADER, lines.get(0));
        assertEquals(1 + 96, lines.size());                     // 0.00, 0.01, ..., 0.95
        assertTrue(lines.get(1).startsWith("0.00,15,"), lines.get(1));
        List<String> recommended = lines.stream().filter(l -> l.endsWith(",1")).toList();
        // every plot right: SE 0. Mapped coverage is the raster's: 7 of its 399 observed pixels (1 NaN) reach 0.55
        assertEquals(List.of("0.55,15,7,0,0,8,1.000000,0.000000,1.000000,1.000000,1.000000,1.7544,46.6667,1"),
                recommended);
        // one below: 0.545 becomes forest (commission): OA 14/15, equal weights: SE = sqrt(R (1 - R) / (n - 1)) =
        // sqrt((14/15)(1/15)/14) = 1/15, 1.96/15 = 0.130667; the map: 8 of 399 pixels
        assertTrue(lines.contains("0.54,15,7,1,0,7,0.933333,0.130667,0.875000,1.000000,0.933333,2.0050,46.6667,0"),
                String.join("\n", lines));
        // at 0.00 every observed pixel (the zeros too) is forest
        assertTrue(lines.get(1).contains(",100.0000,46.6667,0"), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("0.56,15,6,0,1,8,")));
    }

    @Test
    void aCoarserSweepRecommendsTheBestOfItsThresholds() throws Exception {
        JsonNode j = calibrate("coarse", "--from", "0.3", "--to", "0.8", "--step", "0.1");
        // 0.5: 0.5 and 0.545 commission (2 errors); 0.6: 0.55 omission (1 error)
        assertEquals("0.6", j.path("recommended_threshold").asText());
        assertEquals(6, j.path("rows").size());
    }

    @Test
    void plotsThatAllMissTheRasterAreAWrongCrs() throws Exception {
        Path bad = dir.resolve("lonlat.csv");
        Files.writeString(bad, "id,x,y,label\nA,115.8,40.6,forest\n");
        QaFixture.assertCleanFailure(QaFixture.run("calibrate", "--plots", bad.toString(), "--plots-crs", "EPSG:32650",
                "--ndvi", ndvi.toString(), "--out", dir.resolve("out").toString()), dir, "out", "lonlat.csv line 2",
                "CRS wrong");
    }
}
