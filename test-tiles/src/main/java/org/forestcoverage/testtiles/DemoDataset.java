package org.forestcoverage.testtiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.raster.PixelType;

/**
 * The bundled demo: SYNTHETIC yearly scenes 2020-2025 over twelve synthetic districts, with the city's forest coverage
 * built to rise from 44.40 % (2020) to 44.96 % (2025). Nothing in it is an observation.
 *
 * <pre>{@code
 * DemoTruth t = DemoDataset.write(Path.of("demo"));
 * t.year(2020).city().coveragePct();   // 44.40 (to 0.001 percentage points)
 * }</pre>
 *
 * <p>Grid: {@value #SIZE} x {@value #SIZE} pixels of 30 m (36 km x 36 km) in EPSG:32650, top-left corner at
 * ({@value #ORIGIN_X}, {@value #ORIGIN_Y}). Districts {@code S01}..{@code S12} tile the grid exactly (ten rectangles,
 * {@code S02} with a notch and {@code S06} with the matching bump); their base coverage ranges from 14 % to 72 % and
 * changes by -0.05 to +0.30 percentage points a year, plus one city-wide shift per year that puts the city exactly on
 * its target.
 *
 * <p>Scenes ({@code scenes/SYNTHETIC-demo-YEAR.tif}, Int16, band 1 red, band 2 NIR, nodata -9999, scale 0.0001,
 * offset 0): one per year, with a few round clouds (nodata in both bands, about 1 % of the area) that move from year to
 * year; in 2024 a three-row stripe has nodata in the NIR band only. {@value #COMPOSITE_YEAR} has two overlapping
 * scenes: {@code ...-2022a} over the whole grid with heavier cloud and {@code ...-2022b} covering columns 300..1199
 * only (a smaller raster on the same lattice) with other clouds. A ground pixel's class is the same in every scene
 * that sees it, so any per-pixel compositing (maximum, median) gives the truth, and a pixel seen twice counts once.
 *
 * <p>How forest is placed: every pixel has a fixed rank from a smooth noise field; in each year and district, among
 * the pixels observed that year, exactly {@code round(fraction x observed)} pixels with the lowest ranks are forest
 * ({@code NIR >= 4 x RED}, 2 % of them exact ties) and the others are not ({@code NIR < 4 x RED}). The returned truth is
 * then recounted from the written values with {@link ExpectedClass#of} and checked against the construction.
 *
 * <p>Files: {@code manifest.json}, {@code districts.geojson}, {@code scenes/*.tif}, {@code README.txt} and
 * {@code expected-coverage.csv} (the truth, in the columns of {@code coverage.csv}). Every scene id, file name and band
 * description says SYNTHETIC.
 */
public final class DemoDataset {
    public static final int SIZE = 1200;
    public static final double ORIGIN_X = 430000.0;
    public static final double ORIGIN_Y = 4436000.0;
    public static final double PIXEL_M = 30.0;
    public static final String EPSG = "EPSG:32650";
    public static final int FIRST_YEAR = 2020;
    public static final int LAST_YEAR = 2025;
    /** The year with two overlapping scenes. */
    public static final int COMPOSITE_YEAR = 2022;
    public static final long SEED = 20_202_025L;
    public static final int NODATA = -9999;
    public static final double SCALE = 0.0001;
    /** Label carried by every scene id, file name and band description. */
    public static final String LABEL = "SYNTHETIC";

    /** City coverage targets in percent, FIRST_YEAR..LAST_YEAR. */
    private static final double[] TARGET_PCT = {44.40, 44.55, 44.68, 44.79, 44.88, 44.96};
    /** Per district (layout order): coverage in 2020 before the city-wide shift, percent. */
    private static final double[] BASE_PCT = {72, 63, 58, 40, 54, 14, 24, 30, 66, 28, 38, 33};
    /** Per district: change per year, percentage points. */
    private static final double[] GROWTH_PP = {0.30, 0.25, 0.20, 0.15, 0.20, 0.05, 0.10, -0.05, 0.25, 0.10, 0.15, 0.05};
    /** Spacing of the rank field's noise lattice, pixels. */
    private static final int NOISE_CELL = 60;

    /** Pixel states of one scene over the demo grid. */
    private static final byte OUTSIDE = 0;
    private static final byte CLOUD = 1;
    private static final byte NIR_DROPOUT = 2;
    private static final byte CLEAR = 3;

    /** One scene to make: footprint on the demo grid, number of cloud discs, an optional NIR-only nodata stripe. */
    private record Shot(int year, String id, PixelWindow footprint, int clouds, PixelWindow nirDropout) {
        String file() {
            return "scenes/" + id + ".tif";
        }
    }

    private DemoDataset() {
    }

    /** Writes the demo into {@code args[0]} and prints the city truth per year. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: DemoDataset OUTPUT_DIR");
            System.exit(2);
        }
        DemoTruth t = write(Path.of(args[0]));
        for (YearTruth y : t.years()) {
            System.out.printf(Locale.ROOT, "%d  %s city coverage %.3f %% (forest %d px of %d observed px)%n",
                    y.year(), LABEL, y.city().coveragePct(), y.city().forestPx(), y.city().observedPx());
        }
        System.out.println("SYNTHETIC demo written to " + t.manifest().getParent());
    }

    /** The demo grid. */
    public static GridSpec grid() {
        return new GridSpec(Crs.toWkt(EPSG), ORIGIN_X, ORIGIN_Y, PIXEL_M, PIXEL_M, SIZE, SIZE);
    }

    /** The twelve districts S01..S12, tiling the grid in three column strips of four. */
    public static DistrictLayout layout() {
        return new DistrictLayout(grid(), List.of(
                SyntheticDistrict.rect("S01", "Synthetic North Hills", 0, 0, 420, 330),
                SyntheticDistrict.polygon("S02", "Synthetic Reservoir Valley",
                        0, 330, 420, 330, 420, 400, 340, 400, 340, 500, 420, 500, 420, 640, 0, 640),
                SyntheticDistrict.rect("S03", "Synthetic Western Slopes", 0, 640, 420, 290),
                SyntheticDistrict.rect("S04", "Synthetic South-West Plain", 0, 930, 420, 270),
                SyntheticDistrict.rect("S05", "Synthetic Northern Terraces", 420, 0, 380, 280),
                SyntheticDistrict.polygon("S06", "Synthetic Old Town",
                        420, 280, 800, 280, 800, 600, 420, 600, 420, 500, 340, 500, 340, 400, 420, 400),
                SyntheticDistrict.rect("S07", "Synthetic Central Park", 420, 600, 380, 300),
                SyntheticDistrict.rect("S08", "Synthetic Airport District", 420, 900, 380, 300),
                SyntheticDistrict.rect("S09", "Synthetic North-East Ridge", 800, 0, 400, 360),
                SyntheticDistrict.rect("S10", "Synthetic New Town", 800, 360, 400, 260),
                SyntheticDistrict.rect("S11", "Synthetic River Plain", 800, 620, 400, 330),
                SyntheticDistrict.rect("S12", "Synthetic South-East Farms", 800, 950, 400, 250)));
    }

    /** City coverage target of {@code year}, percent. */
    public static double targetPct(int year) {
        return TARGET_PCT[year - FIRST_YEAR];
    }

    /**
     * Writes the demo into {@code dir} (created if missing; files of the same names are overwritten) and returns the
     * truth. Deterministic: two calls write byte-identical files.
     */
    public static DemoTruth write(Path dir) {
        GridSpec grid = grid();
        DistrictLayout layout = layout();
        int[] zone = layout.zones(grid.window());
        long[] rankOrder = rankOrder();
        List<Shot> shots = shots();
        KnownAnswerScene.createDirectories(dir.resolve("scenes"));

        List<YearTruth> years = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<ManifestFile.Entry> entries = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            final int y = year;
            List<Shot> yearShots = shots.stream().filter(s -> s.year() == y).toList();
            List<byte[]> states = yearShots.stream().map(DemoDataset::states).toList();
            boolean[] observed = observed(states);
            long[] quota = forestQuota(year, zone, observed);
            boolean[] forest = placeForest(rankOrder, zone, observed, quota);
            List<TwoBandScene> scenes = new ArrayList<>();
            for (int s = 0; s < yearShots.size(); s++) {
                Shot shot = yearShots.get(s);
                TwoBandScene scene = render(shot, states.get(s), forest);
                scene.write(dir.resolve(shot.file()), LABEL + " demo data " + shot.id() + ", not an observation");
                scenes.add(scene);
                files.add(dir.resolve(shot.file()));
                entries.add(new ManifestFile.Entry(year, shot.id(), shot.file(), SCALE, 0, NODATA));
            }
            years.add(recount(year, layout, zone, yearShots, scenes, quota));
        }
        Path manifest = dir.resolve("manifest.json");
        ManifestFile.write(manifest, LABEL + " demo data generated by org.forestcoverage.testtiles.DemoDataset (seed "
                + SEED + "): not observations of any real place", entries);
        Path districts = dir.resolve("districts.geojson");
        layout.writeGeoJson(districts, EPSG);
        writeText(dir.resolve("README.txt"), readme());
        writeText(dir.resolve("expected-coverage.csv"), expectedCsv(layout, years));
        return new DemoTruth(manifest, districts, files, years);
    }

    /** The scenes of every year; the composite year has two overlapping ones. */
    private static List<Shot> shots() {
        PixelWindow all = new PixelWindow(0, 0, SIZE, SIZE);
        List<Shot> out = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            String id = LABEL + "-demo-" + year;
            if (year == COMPOSITE_YEAR) {
                out.add(new Shot(year, id + "a", all, 14, null));
                out.add(new Shot(year, id + "b", new PixelWindow(300, 0, SIZE - 300, SIZE), 5, null));
            } else {
                PixelWindow stripe = year == 2024 ? new PixelWindow(0, 700, SIZE, 3) : null;
                out.add(new Shot(year, id, all, 3 + (year * 7) % 4, stripe));
            }
        }
        return out;
    }

    /** Per grid pixel: OUTSIDE the footprint, under CLOUD, in the NIR_DROPOUT stripe or CLEAR. */
    private static byte[] states(Shot shot) {
        byte[] st = new byte[SIZE * SIZE];
        PixelWindow f = shot.footprint();
        for (int r = f.row(); r < f.endRow(); r++) {
            Arrays.fill(st, r * SIZE + f.col(), r * SIZE + f.endCol(), CLEAR);
        }
        SplittableRandom rnd = new SplittableRandom(SEED ^ shot.id().hashCode());
        for (int k = 0; k < shot.clouds(); k++) {
            int cc = f.col() + rnd.nextInt(f.width());
            int cr = f.row() + rnd.nextInt(f.height());
            int rad = rnd.nextInt(15, 46);
            PixelWindow box = new PixelWindow(cc - rad, cr - rad, 2 * rad + 1, 2 * rad + 1).intersect(f);
            for (int r = box.row(); r < box.endRow(); r++) {
                for (int c = box.col(); c < box.endCol(); c++) {
                    if ((long) (c - cc) * (c - cc) + (long) (r - cr) * (r - cr) <= (long) rad * rad) {
                        st[r * SIZE + c] = CLOUD;
                    }
                }
            }
        }
        if (shot.nirDropout() != null) {
            PixelWindow s = shot.nirDropout().intersect(f);
            for (int r = s.row(); r < s.endRow(); r++) {
                for (int c = s.col(); c < s.endCol(); c++) {
                    if (st[r * SIZE + c] == CLEAR) {
                        st[r * SIZE + c] = NIR_DROPOUT;
                    }
                }
            }
        }
        return st;
    }

    /** True where at least one scene of the year sees the ground. */
    private static boolean[] observed(List<byte[]> states) {
        boolean[] obs = new boolean[SIZE * SIZE];
        for (byte[] st : states) {
            for (int i = 0; i < obs.length; i++) {
                obs[i] |= st[i] == CLEAR;
            }
        }
        return obs;
    }

    /**
     * Forest pixels per district for {@code year}: each district's base + growth fraction, shifted by one city-wide
     * amount so that forest / observed of the city equals the year's target, times its observed pixels, rounded.
     */
    private static long[] forestQuota(int year, int[] zone, boolean[] observed) {
        int n = BASE_PCT.length;
        long[] obs = new long[n];
        for (int i = 0; i < zone.length; i++) {
            if (observed[i] && zone[i] >= 0) {
                obs[zone[i]]++;
            }
        }
        double[] pct = new double[n];
        double weighted = 0;
        long total = 0;
        for (int d = 0; d < n; d++) {
            pct[d] = BASE_PCT[d] + GROWTH_PP[d] * (year - FIRST_YEAR);
            weighted += pct[d] * obs[d];
            total += obs[d];
        }
        double shift = targetPct(year) - weighted / total;
        long[] quota = new long[n];
        for (int d = 0; d < n; d++) {
            quota[d] = Math.max(0, Math.min(obs[d], Math.round((pct[d] + shift) / 100.0 * obs[d])));
        }
        return quota;
    }

    /**
     * Every grid pixel in a fixed order of a smooth noise field (low values first), packed as
     * {@code rank << 21 | pixelIndex}: forest fills each district from the low end, so forest comes in patches that
     * stay put from year to year.
     */
    private static long[] rankOrder() {
        int nodes = SIZE / NOISE_CELL + 2;
        SplittableRandom rnd = new SplittableRandom(SEED);
        double[] lattice = new double[nodes * nodes];
        for (int i = 0; i < lattice.length; i++) {
            lattice[i] = rnd.nextDouble();
        }
        long[] keys = new long[SIZE * SIZE];
        for (int r = 0; r < SIZE; r++) {
            int nr = r / NOISE_CELL;
            double fr = (r % NOISE_CELL) / (double) NOISE_CELL;
            for (int c = 0; c < SIZE; c++) {
                int nc = c / NOISE_CELL;
                double fc = (c % NOISE_CELL) / (double) NOISE_CELL;
                double top = lattice[nr * nodes + nc] * (1 - fc) + lattice[nr * nodes + nc + 1] * fc;
                double bottom = lattice[(nr + 1) * nodes + nc] * (1 - fc) + lattice[(nr + 1) * nodes + nc + 1] * fc;
                double v = top * (1 - fr) + bottom * fr + 0.08 * rnd.nextDouble();
                long rank = (long) (v * (1 << 24));
                keys[r * SIZE + c] = rank << 21 | (r * SIZE + c);
            }
        }
        Arrays.sort(keys);
        return keys;
    }

    /** Marks the {@code quota[d]} lowest-ranked observed pixels of each district d as forest. */
    private static boolean[] placeForest(long[] rankOrder, int[] zone, boolean[] observed, long[] quota) {
        boolean[] forest = new boolean[zone.length];
        long[] taken = new long[quota.length];
        for (long key : rankOrder) {
            int p = (int) (key & ((1 << 21) - 1));
            int d = zone[p];
            if (d >= 0 && observed[p] && taken[d] < quota[d]) {
                forest[p] = true;
                taken[d]++;
            }
        }
        return forest;
    }

    /** The scene's red and NIR values over its footprint. */
    private static TwoBandScene render(Shot shot, byte[] states, boolean[] forest) {
        GridSpec g = grid().crop(shot.footprint());
        TwoBandScene scene = TwoBandScene.blank(g, PixelType.INT16, NODATA);
        SplittableRandom rnd = new SplittableRandom(SEED * 31 + shot.id().hashCode());
        PixelWindow f = shot.footprint();
        for (int r = 0; r < f.height(); r++) {
            for (int c = 0; c < f.width(); c++) {
                int p = (f.row() + r) * SIZE + f.col() + c;
                int i = r * f.width() + c;
                if (states[p] == CLOUD) {
                    continue;
                }
                int red;
                int nir;
                if (forest[p]) {
                    red = rnd.nextInt(150, 601);
                    nir = rnd.nextInt(100) < 2 ? 4 * red : rnd.nextInt(4 * red, 8 * red + 1);
                } else {
                    red = rnd.nextInt(500, 2501);
                    nir = rnd.nextInt(3 * red / 4, 4 * red);
                }
                scene.red()[i] = (short) red;
                scene.nir()[i] = states[p] == NIR_DROPOUT ? (short) NODATA : (short) nir;
            }
        }
        return scene;
    }

    /**
     * Recounts the year from the rendered values with {@link ExpectedClass#of} (forest when any scene sees forest,
     * observed when any sees the ground) and checks the result against the construction.
     */
    private static YearTruth recount(int year, DistrictLayout layout, int[] zone, List<Shot> shots,
                                     List<TwoBandScene> scenes, long[] quota) {
        CountTable table = new CountTable(layout.districts().size());
        for (int p = 0; p < zone.length; p++) {
            int row = p / SIZE;
            int col = p % SIZE;
            ExpectedClass cls = ExpectedClass.UNOBSERVED;
            for (int s = 0; s < shots.size(); s++) {
                PixelWindow f = shots.get(s).footprint();
                if (col < f.col() || col >= f.endCol() || row < f.row() || row >= f.endRow()) {
                    continue;
                }
                ExpectedClass c = scenes.get(s).classAt((row - f.row()) * f.width() + col - f.col());
                if (c == ExpectedClass.FOREST || (c == ExpectedClass.NON_FOREST && cls == ExpectedClass.UNOBSERVED)) {
                    cls = c;
                }
            }
            table.add(zone[p], cls);
        }
        List<ExpectedCounts> districts = table.counts(layout);
        for (int d = 0; d < quota.length; d++) {
            if (districts.get(d).forestPx() != quota[d]) {
                throw new IllegalStateException(year + " " + districts.get(d).districtId() + ": recounted "
                        + districts.get(d).forestPx() + " forest pixels, constructed " + quota[d]);
            }
        }
        return new YearTruth(year, targetPct(year), table.city(), districts);
    }

    private static String expectedCsv(DistrictLayout layout, List<YearTruth> years) {
        StringBuilder sb = new StringBuilder("year,district,name,forest_px,observed_px,unobserved_px,total_px,"
                + "coverage_pct\n");
        for (YearTruth y : years) {
            for (int d = 0; d < y.districts().size(); d++) {
                csvRow(sb, y.year(), y.districts().get(d), layout.districts().get(d).name());
            }
            csvRow(sb, y.year(), y.city(), "SYNTHETIC city");
        }
        return sb.toString();
    }

    private static void csvRow(StringBuilder sb, int year, ExpectedCounts c, String name) {
        sb.append(String.format(Locale.ROOT, "%d,%s,%s,%d,%d,%d,%d,%.4f%n", year, c.districtId(), name, c.forestPx(),
                c.observedPx(), c.unobservedPx(), c.totalPx(), c.coveragePct()));
    }

    private static String readme() {
        StringBuilder sb = new StringBuilder();
        sb.append("SYNTHETIC DEMO DATA - NOT OBSERVATIONS OF ANY REAL PLACE\n\n");
        sb.append("Generated by org.forestcoverage.testtiles.DemoDataset (seed ").append(SEED).append(").\n");
        sb.append("The scenes, the districts S01..S12 and their names are invented. The city's forest\n");
        sb.append("coverage was built to follow these values (forest / observed land):\n");
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            sb.append(String.format(Locale.ROOT, "  %d  %.2f %%%n", y, targetPct(y)));
        }
        sb.append("\nFiles\n");
        sb.append("  manifest.json          scenes per year (Int16, band 1 red, band 2 NIR, scale 0.0001, offset 0,\n");
        sb.append("                         nodata -9999); ").append(COMPOSITE_YEAR)
                .append(" has two overlapping scenes (a, b)\n");
        sb.append("  districts.geojson      12 districts in EPSG:32650, attributes district_id and name\n");
        sb.append("  scenes/*.tif           1200 x 1200 px of 30 m (b: columns 300..1199), a little cloud as nodata\n");
        sb.append("  expected-coverage.csv  the exact answer per year and district (pixel centre, NDVI >= 0.6)\n");
        return sb.toString();
    }

    private static void writeText(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
