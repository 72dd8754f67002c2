package org.forestcoverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a person sees it, in a real headless Chromium opened on the {@code file://} URL with networking off:
 * the demo's own report (English), the same run in Chinese, and a report with a QA folder made by {@code sample} and
 * {@code qa} from plots labelled here. For each: no request leaves the machine, no console error, the embedded font
 * is the one drawing the text, every chart is drawn, the city's and every district's coverage shown equal
 * coverage.csv (rounded half up to the two decimals shown, and exactly in {@code data-value}), and a screenshot is
 * saved in {@code target/report-screenshots/}.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {
    private Path dir;
    private Path run;
    private Path qa;
    private String demoOutput;
    /** coverage.csv: year -> district -> coverage_pct text. */
    private Map<Integer, Map<String, String>> coverage;
    private int latest;

    @BeforeAll
    void demoSampleQaAndReports(@TempDir Path tmp) throws Exception {
        dir = tmp;
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int rc = org.forestcoverage.spark.SharedSpark.cli().execute("demo", "--dir", dir.resolve("demo").toString(), "--master",
                    "local[2]", "--trajectory", Path.of("../config/beijing-trajectory.csv").toString());
            assertEquals(0, rc);
        } finally {
            System.setOut(saved);
        }
        demoOutput = out.toString(StandardCharsets.UTF_8);
        run = dir.resolve("demo/result");
        coverage = ReportPageCheck.coverage(run.resolve("coverage.csv"));
        latest = coverage.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();

        // a survey of the 2025 map: 60 plots per stratum, every 8th labelled against its map class
        String[] s = QaFixture.run("sample", "--forest-map", run.resolve("forest_2025.tif").toString(), "--per-stratum",
                "60", "--seed", "16", "--out", dir.resolve("field").toString());
        assertEquals("0", s[0], s[1]);
        List<String> plots = Files.readAllLines(dir.resolve("field/plots.csv"));
        List<String> labelled = new ArrayList<>(List.of(plots.get(0)));
        for (int i = 1; i < plots.size(); i++) {
            String[] f = plots.get(i).split(",", -1);
            boolean forest = f[f.length - 2].equals("forest");
            labelled.add(plots.get(i) + (forest ^ i % 8 == 0 ? "forest" : "non-forest"));
        }
        Files.write(dir.resolve("plots.csv"), labelled);
        qa = dir.resolve("qa");
        String[] q = QaFixture.run("qa", "--plots", dir.resolve("plots.csv").toString(), "--run", run.toString(),
                "--out", qa.toString());
        assertEquals("0", q[0], q[1]);
        String[] zh = QaFixture.run("report", run.toString(), "--lang", "zh", "--out", dir.resolve("report-zh").toString());
        assertEquals("0", zh[0], zh[1]);
        String[] withQa = QaFixture.run("report", run.toString(), "--qa", qa.toString(), "--out",
                dir.resolve("report-qa").toString());
        assertEquals("0", withQa[0], withQa[1]);
    }

    private HeadlessChromium openAndCheck(Path page, String shot) throws Exception {
        return ReportPageCheck.openAndCheck(dir, page, run.resolve("coverage.csv"), shot);
    }

    @Test
    void theDemoEndsWithItsReportWhichShowsTheRunInEnglish() throws Exception {
        Path page = dir.resolve("demo/report/report.html");
        assertTrue(demoOutput.contains("report: " + page.toAbsolutePath().normalize()), demoOutput);
        try (HeadlessChromium c = openAndCheck(page, "demo-report-en.png")) {
            assertEquals("en", c.eval("document.documentElement.lang").asText());
            assertTrue(c.eval("document.getElementById('run-label').textContent").asText().contains("SYNTHETIC"));
            // the demo's trajectory: the city on the line from 44.4 % (2020) to 45 % (2025), no interval
            assertEquals("ON_TRACK", c.eval("document.getElementById('city-verdict').dataset.verdict").asText());
            assertTrue(c.eval("document.getElementById('city-interval').textContent").asText()
                    .startsWith("No confidence interval is available for " + latest));
            assertEquals(1, c.eval("document.querySelectorAll('svg.trajectory [data-series=target]').length").asInt());
            assertEquals(5, c.eval("document.querySelectorAll('svg.trajectory [data-series=reported]').length").asInt(),
                    "reported 2020-2024 lie in the chart's years");
        }
    }

    @Test
    void theChineseReportIsInChineseAndDrawnWithTheEmbeddedFont() throws Exception {
        try (HeadlessChromium c = openAndCheck(dir.resolve("report-zh/report.html"), "demo-report-zh.png")) {
            assertEquals("zh-CN", c.eval("document.documentElement.lang").asText());
            assertEquals("森林覆盖率报告", c.eval("document.querySelector('h1').textContent").asText());
            assertTrue(c.eval("document.getElementById('city-verdict').textContent").asText().startsWith("符合规划进度"));
            // the Chinese glyphs of the headline come from the embedded subset, not from a font of the machine
            JsonNode fonts = c.platformFonts(".kicker");
            for (JsonNode f : fonts) {
                assertTrue(f.path("isCustomFont").asBoolean(), fonts.toString());
            }
        }
    }

    @Test
    void aReportWithQaShowsTheConfidenceIntervalAndTheErrorMatrixOfQaCsv() throws Exception {
        Map<String, String> qaCity = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(qa.resolve("qa.csv"));
        String[] header = lines.get(0).split(",");
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",", -1);
            if (f[0].equals(Integer.toString(latest)) && f[1].equals("ALL")) {
                for (int i = 0; i < header.length; i++) {
                    qaCity.put(header[i], f[i]);
                }
            }
        }
        BigDecimal centre = new BigDecimal(qaCity.get("adjusted_coverage_pct"));
        BigDecimal half = new BigDecimal(qaCity.get("adjusted_coverage_ci95_pp"));
        assertTrue(half.signum() > 0, "the labelled errors give a non-zero interval");
        try (HeadlessChromium c = openAndCheck(dir.resolve("report-qa/report.html"), "demo-report-qa-en.png")) {
            JsonNode interval = c.eval("(function (e) { return {low: e.dataset.low, high: e.dataset.high, text: "
                    + "e.textContent}; })(document.getElementById('city-interval'))");
            assertEquals(0, centre.subtract(half).compareTo(new BigDecimal(interval.get("low").asText())), interval.toString());
            assertEquals(0, centre.add(half).compareTo(new BigDecimal(interval.get("high").asText())), interval.toString());
            assertTrue(interval.get("text").asText().contains(centre.subtract(half).setScale(2, RoundingMode.HALF_UP)
                    .toPlainString()), interval.toString());
            JsonNode matrix = c.eval("Array.from(document.querySelectorAll('table.matrix[data-year=\"" + latest
                    + "\"] tbody tr')).map(function (r) { return Array.from(r.cells).slice(1).map(function (t) { "
                    + "return t.textContent; }); })");
            assertEquals(qaCity.get("n_map_forest_ref_forest"), matrix.get(0).get(0).asText());
            assertEquals(qaCity.get("n_map_forest_ref_nonforest"), matrix.get(0).get(1).asText());
            assertEquals(qaCity.get("n_map_nonforest_ref_forest"), matrix.get(1).get(0).asText());
            assertEquals(qaCity.get("n_map_nonforest_ref_nonforest"), matrix.get(1).get(1).asText());
            assertTrue(c.eval("document.querySelectorAll('svg.trajectory [data-series=interval]').length").asInt() > 0);
        }
    }

    @Test
    void theDistrictTableSortsByAColumnBothWays() throws Exception {
        try (HeadlessChromium c = HeadlessChromium.start(dir)) {
            c.open(dir.resolve("demo/report/report.html").toUri());
            String order = """
                    (function () {
                      document.querySelector('#district-table th[data-col=coverage]').click();
                      return Array.from(document.querySelectorAll('#district-table tbody td[data-col=coverage]'))
                          .map(function (t) { return parseFloat(t.dataset.value); });
                    })()""";
            List<Double> up = new ArrayList<>();
            c.eval(order).forEach(v -> up.add(v.asDouble()));
            List<Double> down = new ArrayList<>();
            c.eval(order).forEach(v -> down.add(v.asDouble()));
            List<Double> sorted = new ArrayList<>(up);
            sorted.sort(null);
            assertEquals(sorted, up);
            sorted.sort(java.util.Comparator.reverseOrder());
            assertEquals(sorted, down);
            assertEquals(List.of(), c.errors());
        }
    }
}
