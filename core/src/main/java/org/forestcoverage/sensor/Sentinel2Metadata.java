package org.forestcoverage.sensor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.SceneDates;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The radiometric facts of a Sentinel-2 L2A product read from its {@code MTD_MSIL2A.xml}.
 *
 * <pre>{@code
 * Sentinel2Metadata mtd = Sentinel2Metadata.read(Path.of("S2A_MSIL2A_..._N0400_....SAFE/MTD_MSIL2A.xml"));
 * Calibration red = mtd.calibration("B04");   // (1e-4, -0.1) from baseline 04.00: (DN - 1000) / 10000
 * }</pre>
 *
 * <p>Read elements (found by local name, namespace prefix ignored): {@code Product_Info/PROCESSING_BASELINE},
 * {@code QUANTIFICATION_VALUES_LIST/BOA_QUANTIFICATION_VALUE}, {@code BOA_ADD_OFFSET_VALUES_LIST/BOA_ADD_OFFSET}
 * with attribute {@code band_id} (0-based: B01=0 ... B08=7, B8A=8, B09=9, B10=10, B11=11, B12=12) and
 * {@code Granule/IMAGE_FILE} (paths relative to the product folder, without the {@code .jp2} extension),
 * {@code Product_Info/PRODUCT_START_TIME} and {@code PRODUCT_URI}.
 * Reflectance (unitless) = (DN + BOA_ADD_OFFSET) / BOA_QUANTIFICATION_VALUE.
 *
 * @param source               the file name, for messages
 * @param folder               folder of the XML (the {@code .SAFE} folder), or {@code null} when parsed from text
 * @param processingBaseline   e.g. {@code "04.00"}, or {@code null} when absent
 * @param quantification       BOA_QUANTIFICATION_VALUE (10000 in every baseline so far), or {@code null} when absent
 * @param boaAddOffsets        offset per band id; empty before baseline 04.00 (the list did not exist)
 * @param imageFiles           IMAGE_FILE entries in file order
 * @param processingLevel      {@code Product_Info/PROCESSING_LEVEL} ({@code Level-2A}), or {@code null} when absent
 * @param acquired             the UTC date of {@code Product_Info/PRODUCT_START_TIME} (the datatake's sensing start),
 *                             or {@code null} when absent
 * @param productUri           {@code Product_Info/PRODUCT_URI} (the product's name, {@code S2B_MSIL2A_....SAFE}), or
 *                             {@code null} when absent
 */
public record Sentinel2Metadata(String source, Path folder, String processingBaseline, Double quantification,
                                Map<Integer, Double> boaAddOffsets, List<String> imageFiles, String processingLevel,
                                LocalDate acquired, String productUri) {
    /** The quantification value of every L2A processing baseline so far. */
    public static final double DEFAULT_QUANTIFICATION = 10000;
    /** BOA_ADD_OFFSET of every band from processing baseline 04.00 (2022-01-25) on. */
    public static final double BASELINE_04_OFFSET = -1000;

    public Sentinel2Metadata {
        boaAddOffsets = Map.copyOf(boaAddOffsets);
        imageFiles = List.copyOf(imageFiles);
    }

    /**
     * Reads an {@code MTD_MSIL2A.xml}, or the one in a product folder ({@code S2A_MSIL2A_....SAFE}); trailing NUL
     * padding is ignored.
     */
    public static Sentinel2Metadata read(Path path) {
        if (Files.isDirectory(path)) {
            Path inside = path.resolve("MTD_MSIL2A.xml");
            if (!Files.isRegularFile(inside)) {
                boolean l1c = Files.isRegularFile(path.resolve("MTD_MSIL1C.xml"));
                List<String> safes = new ArrayList<>();
                try (var list = Files.list(path)) {
                    list.filter(p -> p.getFileName().toString().endsWith(".SAFE") && Files.isDirectory(p)).sorted()
                            .limit(4).forEach(p -> safes.add(p.getFileName().toString()));
                } catch (IOException e) {
                    // the message below is still right without the list
                }
                throw new SensorException("folder " + path + " holds no MTD_MSIL2A.xml" + (l1c
                        ? ": it is a Level-1C product (MTD_MSIL1C.xml), and the sentinel-2-l2a preset reads Level-2A"
                        : "; name the Level-2A product's .SAFE folder or its MTD_MSIL2A.xml" + (safes.isEmpty() ? ""
                        : " (it holds " + String.join(", ", safes) + ")")));
            }
            path = inside;
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new SensorException("cannot read Sentinel-2 metadata " + path + ": " + e, e);
        }
        return parse(text.replaceAll("[\\x00\\s]+$", ""), path.toString(), path.toAbsolutePath().getParent());
    }

    /** Parses the text of an {@code MTD_MSIL2A.xml}; {@code source} names it in messages. */
    public static Sentinel2Metadata parse(String xml, String source, Path folder) {
        Document doc = MtlFile.XmlSupport.parse(xml, source);
        String baseline = firstText(doc, "PROCESSING_BASELINE");
        String level = firstText(doc, "PROCESSING_LEVEL");
        String q = firstText(doc, "BOA_QUANTIFICATION_VALUE");
        Double quantification = null;
        if (q != null) {
            quantification = parseNumber(q, source, "BOA_QUANTIFICATION_VALUE");
            if (!(quantification > 0)) {
                throw new SensorException("Sentinel-2 metadata " + source + ": BOA_QUANTIFICATION_VALUE must be > 0, got "
                        + q);
            }
        }
        Map<Integer, Double> offsets = new LinkedHashMap<>();
        NodeList list = doc.getElementsByTagNameNS("*", "BOA_ADD_OFFSET");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            String id = e.getAttribute("band_id");
            int bandId;
            try {
                bandId = Integer.parseInt(id.strip());
            } catch (NumberFormatException ex) {
                throw new SensorException("Sentinel-2 metadata " + source + ": BOA_ADD_OFFSET has a bad band_id '"
                        + Excerpt.of(id) + "'", ex);
            }
            offsets.put(bandId, parseNumber(e.getTextContent(), source, "BOA_ADD_OFFSET band_id=" + bandId));
        }
        List<String> files = new ArrayList<>();
        NodeList images = doc.getElementsByTagNameNS("*", "IMAGE_FILE");
        for (int i = 0; i < images.getLength(); i++) {
            files.add(images.item(i).getTextContent().strip());
        }
        String start = firstText(doc, "PRODUCT_START_TIME");
        LocalDate acquired = null;
        if (start != null) {
            try {
                acquired = SceneDates.utcDate(start);
            } catch (DateTimeParseException e) {
                throw new SensorException("Sentinel-2 metadata " + source + ": PRODUCT_START_TIME is not a time: '"
                        + Excerpt.of(start) + "'", e);
            }
        }
        return new Sentinel2Metadata(source, folder, baseline == null ? null : baseline.strip(), quantification,
                offsets, files, level, acquired, firstText(doc, "PRODUCT_URI"));
    }

    private static String firstText(Document doc, String localName) {
        NodeList l = doc.getElementsByTagNameNS("*", localName);
        return l.getLength() == 0 ? null : l.item(0).getTextContent().strip();
    }

    private static double parseNumber(String text, String source, String field) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new SensorException("Sentinel-2 metadata " + source + ": " + field + " is not a number: '"
                    + Excerpt.of(text) + "'", e);
        }
    }

    /**
     * The 0-based band id used by {@code BOA_ADD_OFFSET band_id}: B01=0 ... B08=7, B8A=8, B09=9 ... B12=12.
     *
     * @throws SensorException for an unknown band name
     */
    public static int bandId(String band) {
        String b = band.strip().toUpperCase(Locale.ROOT);
        if (b.equals("B8A")) {
            return 8;
        }
        if (b.matches("B\\d{1,2}")) {
            int n = Integer.parseInt(b.substring(1));
            if (n >= 1 && n <= 8) {
                return n - 1;
            }
            if (n >= 9 && n <= 12) {
                return n;
            }
        }
        throw new SensorException("unknown Sentinel-2 band '" + band + "' (expected B01..B12 or B8A)");
    }

    /**
     * The BOA_ADD_OFFSET implied by a processing baseline: -1000 from 04.00 on, 0 before.
     *
     * @param baseline e.g. {@code "04.00"}, {@code "03.01"}, {@code "4"}
     */
    public static double offsetForBaseline(String baseline) {
        return compareBaseline(baseline, 4, 0) >= 0 ? BASELINE_04_OFFSET : 0;
    }

    private static int compareBaseline(String baseline, int major, int minor) {
        String b = baseline == null ? "" : baseline.strip();
        if (b.startsWith("N") && b.length() == 5) {          // N0400 as in the product name
            b = b.substring(1, 3) + "." + b.substring(3);
        }
        if (!b.matches("\\d{1,2}(\\.\\d{1,2})?")) {
            throw new SensorException("bad Sentinel-2 processing baseline '" + baseline
                    + "' (expected e.g. 04.00, 03.01 or N0400)");
        }
        String[] parts = b.split("\\.");
        int ma = Integer.parseInt(parts[0]);
        int mi = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        return ma != major ? Integer.compare(ma, major) : Integer.compare(mi, minor);
    }

    /**
     * The calibration of one band: {@code Calibration(1/Q, offset/Q)}, with the offset taken from the band's
     * {@code BOA_ADD_OFFSET} when the list is present, else from the processing baseline
     * ({@link #offsetForBaseline(String)}).
     *
     * @throws SensorException when the quantification value is missing, or neither offsets nor baseline are given,
     *                         or the offset list lacks this band
     */
    public Calibration calibration(String band) {
        int id = bandId(band);
        if (quantification == null) {
            throw new SensorException("Sentinel-2 metadata " + source + ": missing BOA_QUANTIFICATION_VALUE");
        }
        double offset;
        if (!boaAddOffsets.isEmpty()) {
            Double o = boaAddOffsets.get(id);
            if (o == null) {
                throw new SensorException("Sentinel-2 metadata " + source + ": BOA_ADD_OFFSET_VALUES_LIST has no band_id="
                        + id + " (" + band + ")");
            }
            offset = o;
        } else if (processingBaseline != null) {
            offset = offsetForBaseline(processingBaseline);
        } else {
            throw new SensorException("Sentinel-2 metadata " + source + ": neither PROCESSING_BASELINE nor "
                    + "BOA_ADD_OFFSET_VALUES_LIST; state baseline or boaAddOffset in the manifest");
        }
        return new Calibration(1 / quantification, offset / quantification);
    }

    /**
     * The image file of a band (e.g. {@code "B04"}, {@code "SCL"}) at a resolution (e.g. {@code "10m"}), as listed
     * in IMAGE_FILE, with {@code .jp2} appended and resolved against {@link #folder()}.
     */
    public Optional<String> imageFile(String band, String resolution) {
        String suffix = "_" + band + "_" + resolution;
        for (String f : imageFiles) {
            if (f.endsWith(suffix)) {
                String name = f + ".jp2";
                return Optional.of(folder == null ? name : folder.resolve(name).toString());
            }
        }
        return Optional.empty();
    }
}
