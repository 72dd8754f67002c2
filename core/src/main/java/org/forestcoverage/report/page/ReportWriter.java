package org.forestcoverage.report.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.forestcoverage.chart.ChartFont;
import org.forestcoverage.chart.Drawing;
import org.forestcoverage.chart.PngRenderer;
import org.forestcoverage.chart.SvgRenderer;
import org.forestcoverage.io.gdal.DistrictGeoPackage;
import org.forestcoverage.io.gdal.GdalRuntime;
import org.forestcoverage.io.gdal.MapPreview;
import org.forestcoverage.trajectory.Trajectory;

/**
 * Writes a run's report into a folder: {@code report.html} (one self-contained page: styles, script, font subset,
 * charts and data inline; it loads nothing) and, beside it for slides, every chart and map as an SVG file (with its
 * glyphs embedded) and a PNG file (twice the page's size): {@code trajectory}, {@code coverage_map_YEAR},
 * {@code change_map_FROM_TO} and {@code forest_YEAR}.
 *
 * <pre>{@code
 * ReportWriter.Result r = ReportWriter.write(Path.of("out"), Optional.of(Path.of("qa")),
 *         new ReportWriter.Options(Lang.ZH, Optional.empty(), "forest-coverage 0.1.0"), Path.of("report"));
 * }</pre>
 *
 * <p>All inputs are read and checked (run folder, QA folder, trajectory, font) before anything is drawn or written.
 * Not thread-safe with respect to one output folder.
 */
public final class ReportWriter {
    /** The page's file name. */
    public static final String PAGE = "report.html";
    /** PNG pixels per drawing pixel. */
    static final double PNG_SCALE = 2;
    /** Files larger than this are listed without their SHA-256 (rasters the report reads only in part). */
    static final long HASH_LIMIT_BYTES = 64L << 20;
    /** Characters the page's style sheet shows (sort arrows) beyond its text. */
    private static final String STYLE_GLYPHS = "\u2191\u2193";

    private ReportWriter() {
    }

    /**
     * How to write the report.
     *
     * @param lang       the page's language
     * @param trajectory a trajectory file to compare the city with, instead of the one the run recorded
     * @param tool       the tool's name and version, for the provenance section
     */
    public record Options(Lang lang, Optional<Path> trajectory, String tool) {
    }

    /**
     * What was written.
     *
     * @param page     report.html
     * @param files    the chart files beside it
     * @param warnings things the reader should know (e.g. characters the font cannot draw)
     */
    public record Result(Path page, List<Path> files, List<String> warnings) {
        public Result {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Reads {@code run} (and {@code qa}) and writes the report into {@code out}, which must exist.
     *
     * @throws IllegalArgumentException naming the file when an input is missing or malformed
     */
    public static Result write(Path run, Optional<Path> qa, Options options, Path out) {
        RunFolder folder = RunFolder.read(run);
        Optional<QaFolder> qaFolder = qa.map(QaFolder::read);
        Optional<Trajectory> trajectory = options.trajectory().map(Trajectory::readCsv);
        ReportData data = ReportData.of(folder, qaFolder, trajectory, options.trajectory().map(Path::toString).orElse(""));
        ChartFont font = ChartFont.system();
        Optional<DistrictGeoPackage.Contents> layer = folder.districts().map(DistrictGeoPackage::read);
        Texts tx = new Texts(options.lang());

        Drawing chart = TrajectoryChart.build(data, tx, font);
        Optional<Drawing> coverageMap = layer.map(l -> DistrictMap.coverage(data, l, tx, font));
        Optional<Drawing> changeMap = data.baseline() == data.latest() ? Optional.empty()
                : layer.map(l -> DistrictMap.change(data, l, tx, font));
        SortedMap<Integer, Drawing> previews = new TreeMap<>();
        for (Map.Entry<Integer, Path> e : folder.forestMaps().entrySet()) {
            previews.put(e.getKey(), ForestPreview.build(e.getKey(), MapPreview.read(e.getValue(), ForestPreview.CELLS),
                    layer, tx, font));
        }

        List<Path> files = new ArrayList<>();
        files.addAll(both(chart, "trajectory", out, font));
        coverageMap.ifPresent(m -> files.addAll(both(m, "coverage_map_" + data.latest(), out, font)));
        changeMap.ifPresent(m -> files.addAll(both(m, "change_map_" + data.baseline() + "_" + data.latest(), out, font)));
        previews.forEach((year, p) -> files.addAll(both(p, "forest_" + year, out, font)));

        List<Path> read = new ArrayList<>(folder.read());
        qaFolder.ifPresent(q -> read.addAll(q.read()));
        options.trajectory().ifPresent(read::add);
        Provenance prov = new Provenance(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), options.tool(),
                System.getProperty("java.vm.name") + " " + Runtime.version(), GdalRuntime.ensure(), font.toString(),
                read.stream().map(ReportWriter::input).toList());
        String html = HtmlPage.render(data, options.lang(), new HtmlPage.Charts(chart, coverageMap, changeMap, previews),
                prov, files.stream().map(p -> p.getFileName().toString()).toList());
        List<String> warnings = new ArrayList<>();
        String missing = font.missing(html);
        if (!missing.isEmpty()) {
            warnings.add("the font " + font + " has no glyph for " + quote(missing) + ": a browser draws them with a"
                    + " font of its own, the PNG files leave them blank");
        }
        html = html.replace(HtmlPage.FONT, Base64.getEncoder().encodeToString(font.subset(html + STYLE_GLYPHS)));
        Path page = out.resolve(PAGE);
        try {
            Files.writeString(page, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + page + ": " + e.getMessage(), e);
        }
        return new Result(page, files, warnings);
    }

    private static List<Path> both(Drawing d, String name, Path out, ChartFont font) {
        Path svg = out.resolve(name + ".svg");
        Path png = out.resolve(name + ".png");
        try {
            Files.writeString(svg, SvgRenderer.standalone(d, font), StandardCharsets.UTF_8);
            Files.write(png, PngRenderer.render(d, font, PNG_SCALE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + svg + ": " + e.getMessage(), e);
        }
        return List.of(svg, png);
    }

    private static Provenance.InputFile input(Path p) {
        try {
            long size = Files.size(p);
            return new Provenance.InputFile(p.toAbsolutePath().normalize().toString(), size,
                    size <= HASH_LIMIT_BYTES ? sha256(p) : "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    static String sha256(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String chars) {
        StringBuilder sb = new StringBuilder();
        chars.codePoints().forEach(c -> sb.append(sb.length() == 0 ? "" : " ").appendCodePoint(c)
                .append(String.format(" (U+%04X)", c)));
        return sb.toString();
    }
}
