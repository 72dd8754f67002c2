package org.forestcoverage.report.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The files of a report written for the hand-made run of {@link RunFixture}. */
class ReportWriterTest {
    @TempDir
    Path dir;

    private ReportWriter.Result write(Path run, Lang lang) throws Exception {
        Path out = Files.createDirectories(dir.resolve("report-" + lang));
        return ReportWriter.write(run, Optional.empty(), new ReportWriter.Options(lang, Optional.empty(), "test 1"), out);
    }

    @Test
    void thePageCarriesTheFiguresOfCoverageCsvAndNothingFromOutside() throws Exception {
        ReportWriter.Result r = write(RunFixture.write(dir.resolve("run")), Lang.EN);
        String html = Files.readString(r.page());
        assertTrue(html.contains("content=\"default-src 'none'; img-src data:; font-src data:;"), "CSP");
        // every reference in the page is inline (data:) or an anchor within it; links to the chart files beside it
        Matcher ref = Pattern.compile("(?:src|href)=\"([^\"]*)\"|url\\(([^)]*)\\)").matcher(html);
        while (ref.find()) {
            String u = ref.group(1) != null ? ref.group(1) : ref.group(2);
            assertTrue(u.startsWith("data:") || u.startsWith("#") || u.matches("[a-z_0-9]+\\.(svg|png)"), u);
        }
        assertTrue(html.contains("id=\"city-coverage\" data-year=\"2022\" data-value=\"40.3750\">40.38 %<"), "city");
        for (String[] d : new String[][] {{"west", "51.2500", "51.25"}, {"east", "29.5000", "29.50"}}) {
            Matcher m = Pattern.compile("<tr data-district=\"" + d[0] + "\">.*?data-col=\"coverage\" data-sort=\"[^\"]*\" "
                    + "data-value=\"([^\"]*)\">([^<]*)<").matcher(html);
            assertTrue(m.find(), d[0]);
            assertEquals(d[1], m.group(1));
            assertEquals(d[2], m.group(2));
        }
        assertTrue(html.contains("East &quot;Hills&quot;"), "names are escaped");
        assertTrue(html.contains("4.27 percentage points below the planned line"), "the gap of -4.265 pp, rounded");
        assertTrue(html.contains("data-verdict=\"BEHIND\""));
    }

    @Test
    void theEmbeddedFontHoldsThePagesCharactersOnly() throws Exception {
        ReportWriter.Result r = write(RunFixture.write(dir.resolve("run")), Lang.ZH);
        String html = Files.readString(r.page());
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
        assertTrue(html.contains("<h1>森林覆盖率报告</h1>"));
        Matcher m = Pattern.compile("url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\)").matcher(html);
        assertTrue(m.find());
        Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
        assertEquals(-1, font.canDisplayUpTo("森林覆盖率报告 西区 规划线 2022 40.38% ↑↓"));
        assertFalse(font.canDisplay('鼎'), "a character absent from the page is not embedded");
    }

    @Test
    void everyChartIsWrittenAsAValidSvgAndAPngOfTwiceItsSize() throws Exception {
        ReportWriter.Result r = write(RunFixture.write(dir.resolve("run")), Lang.EN);
        List<String> names = r.files().stream().map(p -> p.getFileName().toString()).sorted().toList();
        assertEquals(List.of("change_map_2020_2022.png", "change_map_2020_2022.svg", "coverage_map_2022.png",
                "coverage_map_2022.svg", "forest_2020.png", "forest_2020.svg", "forest_2022.png", "forest_2022.svg",
                "trajectory.png", "trajectory.svg"), names);
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        for (Path f : r.files()) {
            if (f.toString().endsWith(".svg")) {
                Document svg = xml.newDocumentBuilder().parse(f.toFile());
                double w = Double.parseDouble(svg.getDocumentElement().getAttribute("width"));
                BufferedImage png = ImageIO.read(Path.of(f.toString().replace(".svg", ".png")).toFile());
                assertEquals(Math.ceil(w * 2), png.getWidth(), f.toString());
            }
        }
        // the trajectory: 2022 (40.375 %) is drawn above 2020 (40 %), the target (45 %) above both
        Document t = xml.newDocumentBuilder().parse(dir.resolve("report-EN/trajectory.svg").toFile());
        NodeList circles = t.getElementsByTagName("circle");
        double y2020 = Double.NaN;
        double y2022 = Double.NaN;
        for (int i = 0; i < circles.getLength(); i++) {
            Element c = (Element) circles.item(i);
            if (c.getAttribute("data-series").equals("measured")) {
                double cy = Double.parseDouble(c.getAttribute("cy"));
                if (c.getAttribute("data-year").equals("2020")) {
                    y2020 = cy;
                } else {
                    y2022 = cy;
                }
            }
        }
        assertTrue(y2022 < y2020, y2022 + " vs " + y2020);
        // the coverage map: one path per district, the greener (higher) west darker than the east
        Document map = xml.newDocumentBuilder().parse(dir.resolve("report-EN/coverage_map_2022.svg").toFile());
        NodeList paths = map.getElementsByTagName("path");
        String west = null;
        String east = null;
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            if (p.getAttribute("data-district").equals("west")) {
                west = p.getAttribute("fill");
            } else if (p.getAttribute("data-district").equals("east")) {
                east = p.getAttribute("fill");
            }
        }
        assertTrue(luminance(west) < luminance(east), west + " vs " + east);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
    }

    @Test
    void aRunWithoutLayerOrMapsSaysWhatIsLeftOut() throws Exception {
        Path run = RunFixture.write(dir.resolve("run"));
        Files.delete(run.resolve("districts.gpkg"));
        Files.delete(run.resolve("forest_2020.tif"));
        Files.delete(run.resolve("forest_2022.tif"));
        ReportWriter.Result r = write(run, Lang.EN);
        String html = Files.readString(r.page());
        assertTrue(html.contains("has no districts.gpkg"));
        assertTrue(html.contains("has no forest_YEAR.tif"));
        assertEquals(2, r.files().size(), r.files().toString());
    }

    @Test
    void aCharacterTheFontCannotDrawIsAWarning() throws Exception {
        Path run = RunFixture.write(dir.resolve("run"));
        Path csv = run.resolve("coverage.csv");
        Files.writeString(csv, Files.readString(csv).replace("西区", "西区\uD83C\uDF32"));
        ReportWriter.Result r = write(run, Lang.EN);
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains("U+1F332"), r.warnings().get(0));
    }
}
