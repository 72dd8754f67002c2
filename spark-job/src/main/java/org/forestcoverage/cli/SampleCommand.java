package org.forestcoverage.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.forestcoverage.coverage.PixelArea;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.RasterSampler;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.qa.SampleDesign;
import org.forestcoverage.qa.SamplePlotsWriter;
import org.forestcoverage.qa.SampledPixel;
import org.forestcoverage.qa.StratumSample;
import org.forestcoverage.qa.StratumScan;
import org.forestcoverage.raster.RasterException;
import org.forestcoverage.output.OutputFolder;
import org.forestcoverage.sums.DistrictTally;
import org.forestcoverage.zones.District;
import org.forestcoverage.zones.WholeGridZoner;
import org.forestcoverage.zones.ZoneMode;
import org.forestcoverage.zones.Zoner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code forest sample}: a stratified random sample of plot locations from a forest-class raster, for field teams.
 * Strata are the map classes forest and non-forest (optionally per district); sizes are fixed per stratum or computed
 * for a target standard error of overall accuracy (Olofsson et al. 2014 eq. 13). Two scans of the raster: pixel
 * counts per stratum, then the pixels at the drawn ranks. Reproducible from {@code --seed}. Writes plots.geojson,
 * plots.csv and design.json to {@code --out}.
 */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Stratified random sample of plot locations from a forest-class raster.")
public final class SampleCommand implements Callable<Integer> {

    @Option(names = "--forest-map", required = true, description = "Forest-class raster (Byte: 0 unobserved, 1 non-forest, 2 forest, 3 water).")
    Path forestMap;
    @Mixin
    DistrictOptions districtOptions = new DistrictOptions();
    @Option(names = "--by-district", description = "One stratum per (district, map class).")
    boolean byDistrict;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Size size;

    static final class Size {
        @Option(names = "--per-stratum", description = "Plots per stratum (fewer where a stratum has fewer pixels).")
        Integer perStratum;
        @Option(names = "--target-se", description = "Target standard error of overall accuracy, e.g. 0.01.")
        Double targetSe;
    }

    @Option(names = "--users-accuracy", split = ",",
            description = "Anticipated user's accuracies for --target-se (default forest=0.85,non-forest=0.9).")
    Map<String, Double> usersAccuracy;
    @Option(names = "--min-per-stratum", defaultValue = "50", description = "Minimum plots per stratum with --target-se (default ${DEFAULT-VALUE}).")
    int minPerStratum;
    @Option(names = "--allocation", defaultValue = "PROPORTIONAL", description = "Split of the --target-se total: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    SampleDesign.Allocation allocation;
    @Option(names = "--seed", required = true, description = "Random seed; the same seed gives the same plots.")
    long seed;
    @Option(names = "--tile-size", defaultValue = "512", description = "Tile edge for scanning the map (default ${DEFAULT-VALUE}).")
    int tileSize;
    @Option(names = "--out", required = true, description = "Output folder: new, empty, or an earlier output with --overwrite.")
    Path out;
    @Option(names = "--overwrite", description = "Replace an earlier output of forest in --out (never a folder with other files).")
    boolean overwrite;

    @Override
    public Integer call() {
        if (districtOptions.given() && districtOptions.idField == null) {
            throw new IllegalArgumentException("--districts " + districtOptions.districts + " needs --id-field");
        }
        if (byDistrict && !districtOptions.given()) {
            throw new IllegalArgumentException("--by-district needs --districts and --id-field");
        }
        List<String> inputs = new java.util.ArrayList<>(List.of(forestMap.toString()));
        if (districtOptions.given()) {
            inputs.add(districtOptions.districts.toString());
        }
        try (OutputFolder o = OutputFolder.create(out, "sample", overwrite, inputs);
             RasterSampler s = RasterSampler.open(forestMap.toString())) {
            GridSpec grid = s.grid();
            List<District> ds = districtOptions.read(grid.crsWkt());
            // a sampled pixel belongs to one district: pixel-centre zones, counted by the one accumulator
            Zoner zoner = ds.isEmpty() ? new WholeGridZoner(grid) : ZoneMode.CENTRE.zoner(grid, ds);
            DistrictTally tally = new DistrictTally(zoner, PixelArea.of(grid, Crs.units(grid.crsWkt())), 1,
                    Math.max(1, ds.size()));
            StratumScan scan = new StratumScan(ds.stream().map(District::id).toList(), byDistrict);
            byte[] classes = new byte[tileSize * tileSize];
            try {
                s.scan(tileSize, (w, v) -> {
                    LandClass.fromMap(w, v, classes);
                    tally.add(0, w, classes);
                });
            } catch (IllegalArgumentException e) {
                throw new RasterException(forestMap.toString(), e.getMessage(), e);
            }
            scan.countFrom(tally.sums(), 0);
            SampleDesign design = design(scan.strata());
            scan.startSelection(design);
            s.scan(tileSize, (w, v) -> scan.select(w, v, ds.isEmpty() ? null : tally.zones(w).zonesPerPixel()));
            scan.finishSelection();
            write(grid, design, scan.selected(), o);
            summary(design, scan.selected().size());
        }
        return 0;
    }

    private SampleDesign design(List<StratumSample> strata) {
        long total = strata.stream().mapToLong(StratumSample::pixelCount).sum();
        if (total == 0) {
            throw new IllegalArgumentException(forestMap + ": no forest or non-forest pixels"
                    + (districtOptions.given() ? " inside the districts of " + districtOptions.districts : "") + " to sample");
        }
        if (size.perStratum != null) {
            if (size.perStratum < 1) {
                throw new IllegalArgumentException("--per-stratum must be >= 1, got " + size.perStratum);
            }
            return SampleDesign.fixedPerStratum(strata, size.perStratum, seed);
        }
        Map<Integer, Double> users = new HashMap<>(Map.of((int) LandClass.FOREST, 0.85, (int) LandClass.NON_FOREST, 0.9));
        if (usersAccuracy != null) {
            for (Map.Entry<String, Double> e : usersAccuracy.entrySet()) {
                int cls = switch (e.getKey().trim().toLowerCase(Locale.ROOT)) {
                    case "forest" -> LandClass.FOREST;
                    case "non-forest", "nonforest", "non_forest" -> LandClass.NON_FOREST;
                    default -> throw new IllegalArgumentException("--users-accuracy: class '" + e.getKey()
                            + "' is not forest or non-forest");
                };
                if (e.getValue() == null || !(e.getValue() >= 0 && e.getValue() <= 1)) {
                    throw new IllegalArgumentException("--users-accuracy: " + e.getKey() + "=" + e.getValue()
                            + " is not in [0, 1]");
                }
                users.put(cls, e.getValue());
            }
        }
        return SampleDesign.forTargetOverallSe(strata, users, size.targetSe, allocation, minPerStratum, seed);
    }

    private void write(GridSpec grid, SampleDesign design, List<SampledPixel> pixels, OutputFolder o) {
        double[] xs = new double[pixels.size()];
        double[] ys = new double[pixels.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = grid.x(pixels.get(i).col() + 0.5);
            ys[i] = grid.y(pixels.get(i).row() + 0.5);
        }
        double[][] lonLat = Crs.transform(grid.crsWkt(), "EPSG:4326", xs, ys);
        String label = Crs.label(grid.crsWkt());
        String crs = label.contains(":") ? label : grid.crsWkt();
        SamplePlotsWriter.Output files = SamplePlotsWriter.write(pixels, grid, crs, lonLat[0], lonLat[1]);
        PixelArea area = PixelArea.of(grid, Crs.units(grid.crsWkt()));
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("forest_map", forestMap.toString());
        settings.put("districts", districtOptions.given() ? districtOptions.districts.toString() : null);
        settings.put("id_field", districtOptions.idField);
        settings.put("by_district", byDistrict);
        settings.put("per_stratum", size.perStratum);
        settings.put("target_se", size.targetSe);
        settings.put("users_accuracy", size.targetSe == null ? null : usersAccuracy == null ? "default" : usersAccuracy.toString());
        settings.put("min_per_stratum", size.targetSe == null ? null : minPerStratum);
        settings.put("allocation", size.targetSe == null ? null : allocation.name().toLowerCase(Locale.ROOT));
        settings.put("crs", crs);
        try {
            Files.writeString(o.dir().resolve("plots.geojson"), files.geoJson());
            Files.writeString(o.dir().resolve("plots.csv"), files.csv());
            Files.writeString(o.dir().resolve("design.json"), SamplePlotsWriter.designJson(design,
                    area.isUniform() ? area.rowAreaM2(0) : Double.NaN, settings));
            o.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sample to " + out + ": " + e.getMessage(), e);
        }
    }

    private void summary(SampleDesign design, int drawn) {
        System.out.printf(Locale.ROOT, "sample of %s, seed %d: %d plots%n", forestMap, seed, drawn);
        System.out.printf(Locale.ROOT, "  %-28s %14s %8s%n", "stratum", "pixels", "plots");
        for (StratumSample h : design.strata()) {
            System.out.printf(Locale.ROOT, "  %-28s %14d %8d%n", SamplePlotsWriter.stratum(h.key()), h.pixelCount(),
                    h.sampleSize());
        }
        System.out.printf(Locale.ROOT, "  written to %s (plots.geojson, plots.csv, design.json)%n", out);
    }
}
