package org.forestcoverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.forestcoverage.io.csv.CsvLine;

/**
 * What every report must satisfy in the browser: no request leaves the page, no console error, the embedded font
 * draws the text, every chart is drawn with its marks, and the city's and every district's coverage shown equal the
 * run's coverage.csv (the rounded text shown, and the exact text in {@code data-value}); a screenshot of the whole
 * page is saved in {@code target/report-screenshots/}.
 */
final class ReportPageCheck {
    static final Path SHOTS = Path.of("target/report-screenshots");

    private ReportPageCheck() {
    }

    /** coverage.csv read independently of the report: year -> district -> coverage_pct text, in file order. */
    static Map<Integer, Map<String, String>> coverage(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = CsvLine.split(lines.get(0));
        int year = header.indexOf("year");
        int district = header.indexOf("district");
        int pct = header.indexOf("coverage_pct");
        Map<Integer, Map<String, String>> out = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = CsvLine.split(line);
            out.computeIfAbsent(Integer.parseInt(f.get(year)), y -> new LinkedHashMap<>()).put(f.get(district), f.get(pct));
        }
        return out;
    }

    static String twoDecimals(String csv) {
        return new BigDecimal(csv).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * Opens a report in a new headless Chromium and checks what every report must satisfy against the run's
     * coverage.csv; returns the open browser for more checks (the caller closes it).
     */
    static HeadlessChromium openAndCheck(Path dir, Path page, Path coverageCsv, String shot) throws Exception {
        Map<Integer, Map<String, String>> coverage = coverage(coverageCsv);
        int latest = coverage.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        HeadlessChromium c = HeadlessChromium.start(dir);
        try {
            c.open(page.toUri());
            List<String> requests = c.requests();
            assertFalse(requests.isEmpty(), "no request seen: the recording does not work");
            for (String url : requests) {
                assertTrue(url.startsWith("file:") || url.startsWith("data:"), "a request left the page: " + url);
            }
            assertEquals(List.of(), c.errors());

            // the embedded font drew the text, not a font of the machine
            JsonNode fonts = c.platformFonts("h1");
            assertTrue(fonts.size() > 0, fonts.toString());
            for (JsonNode f : fonts) {
                assertTrue(f.path("isCustomFont").asBoolean(), "h1 drawn with a system font: " + fonts);
            }

            // every chart is drawn, with its marks
            JsonNode charts = c.eval("""
                    Array.from(document.querySelectorAll('svg.chart')).map(function (s) {
                      var r = s.getBoundingClientRect();
                      return {cls: s.getAttribute('class'), w: r.width, h: r.height,
                              marks: s.querySelectorAll('path, circle, image, text').length,
                              districts: s.querySelectorAll('path[data-district]').length,
                              measured: s.querySelectorAll('[data-series=measured]').length,
                              images: Array.from(s.querySelectorAll('image')).map(function (i) {
                                var b = i.getBBox(); return b.width * b.height; })};
                    })""");
            int districts = coverage.get(latest).size() - 1;
            int trajectory = 0;
            int maps = 0;
            int previews = 0;
            for (JsonNode ch : charts) {
                assertTrue(ch.get("w").asDouble() > 100 && ch.get("h").asDouble() > 100, ch.toString());
                assertTrue(ch.get("marks").asInt() > 5, ch.toString());
                String cls = ch.get("cls").asText();
                if (cls.contains("trajectory")) {
                    trajectory++;
                    assertEquals(coverage.size(), ch.get("measured").asInt(), "one dot per year: " + ch);
                } else if (cls.contains("map")) {
                    maps++;
                    assertEquals(districts, ch.get("districts").asInt(), ch.toString());
                } else if (cls.contains("preview")) {
                    previews++;
                    assertEquals(1, ch.get("images").size(), ch.toString());
                    assertTrue(ch.get("images").get(0).asDouble() > 10_000, ch.toString());
                }
            }
            assertEquals(1, trajectory);
            assertEquals(coverage.size() > 1 ? 2 : 1, maps, "coverage, and change when there are two years or more");
            assertEquals(coverage.size(), previews);

            // the city's value and every district's value shown equal coverage.csv
            String city = coverage.get(latest).get("ALL");
            JsonNode head = c.eval("(function (e) { return {text: e.textContent, value: e.dataset.value, "
                    + "year: e.dataset.year}; })(document.getElementById('city-coverage'))");
            assertEquals(city, head.get("value").asText());
            assertEquals(Integer.toString(latest), head.get("year").asText());
            assertTrue(head.get("text").asText().startsWith(twoDecimals(city)), head.toString());
            JsonNode rows = c.eval("""
                    Array.from(document.querySelectorAll('#district-table tr[data-district]')).map(function (r) {
                      var td = r.querySelector('td[data-col=coverage]');
                      return {id: r.dataset.district, text: td.textContent, value: td.dataset.value};
                    })""");
            assertEquals(districts + 1, rows.size());
            for (JsonNode r : rows) {
                String csv = coverage.get(latest).get(r.get("id").asText());
                assertEquals(csv, r.get("value").asText(), r.toString());
                assertEquals(twoDecimals(csv), r.get("text").asText(), r.toString());
            }
            JsonNode mapped = c.eval("""
                    Array.from(document.querySelectorAll('svg.coverage path[data-district]')).map(function (p) {
                      return {id: p.dataset.district, value: p.dataset.value};
                    })""");
            for (JsonNode m : mapped) {
                assertEquals(coverage.get(latest).get(m.get("id").asText()), m.get("value").asText(), m.toString());
            }

            c.screenshot(SHOTS.resolve(shot));
            BufferedImage img = ImageIO.read(SHOTS.resolve(shot).toFile());
            assertTrue(img.getWidth() >= 1000 && img.getHeight() > 2000, img.getWidth() + " x " + img.getHeight());
            return c;
        } catch (Exception | AssertionError e) {
            c.close();
            throw e;
        }
    }

}
