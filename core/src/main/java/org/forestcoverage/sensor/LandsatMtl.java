package org.forestcoverage.sensor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.forestcoverage.scene.BandRef;

/** Reading a scene's MTL for the Landsat presets: the file (or the product folder holding it), mission, level. */
final class LandsatMtl {
    private LandsatMtl() {
    }

    /**
     * The MTL the request names: a {@code *_MTL.txt} / {@code *_MTL.xml}, or a product folder holding exactly one
     * (the text form when both are there).
     */
    static MtlFile read(SceneRequest r) {
        Path path = Path.of(r.resolve(r.metadata()));
        try {
            if (Files.isDirectory(path)) {
                path = inFolder(path);
            }
            return MtlFile.read(path);
        } catch (SensorException e) {
            throw new SensorException(r.context() + ": field 'metadata': " + e.getMessage(), e);
        }
    }

    private static Path inFolder(Path folder) {
        List<Path> found;
        try (Stream<Path> s = Files.list(folder)) {
            found = s.filter(p -> p.getFileName().toString().toUpperCase(Locale.ROOT).endsWith("_MTL.TXT")).sorted()
                    .toList();
            if (found.isEmpty()) {
                try (Stream<Path> x = Files.list(folder)) {
                    found = x.filter(p -> p.getFileName().toString().toUpperCase(Locale.ROOT).endsWith("_MTL.XML"))
                            .sorted().toList();
                }
            }
        } catch (IOException e) {
            throw new SensorException("cannot list folder " + folder + ": " + e.getMessage(), e);
        }
        if (found.size() != 1) {
            throw new SensorException("folder " + folder + (found.isEmpty() ? " holds no *_MTL.txt or *_MTL.xml"
                    : " holds " + found.size() + " MTL files " + found.stream().map(p -> p.getFileName().toString())
                    .toList()) + "; name the scene's MTL file in 'metadata'");
        }
        return found.get(0);
    }

    /**
     * The product's processing level: {@code PRODUCT_CONTENTS.PROCESSING_LEVEL} (Collection 2; the Level-1 record of a
     * Level-2 MTL holds another), else {@code DATA_TYPE} (2012-2016, Collection 1), else {@code PRODUCT_TYPE} (before
     * 2012).
     */
    static String processingLevel(MtlFile mtl) {
        for (String k : List.of("PRODUCT_CONTENTS.PROCESSING_LEVEL", "PRODUCT_METADATA.PROCESSING_LEVEL",
                "PRODUCT_METADATA.DATA_TYPE", "PRODUCT_METADATA.PRODUCT_TYPE")) {
            if (mtl.has(k)) {
                return mtl.string(k).strip();
            }
        }
        return "";
    }

    /** The Landsat mission of {@code SPACECRAFT_ID}: {@code LANDSAT_7} (2012 on) or {@code Landsat7} (before). */
    static int mission(MtlFile mtl, String ctx) {
        String raw = mtl.string("SPACECRAFT_ID").strip();
        String sc = raw.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (sc.matches("LANDSAT[4-9]")) {
            return sc.charAt(sc.length() - 1) - '0';
        }
        throw new SensorException(ctx + ": MTL " + mtl.source() + ": unknown SPACECRAFT_ID '" + Excerpt.of(raw)
                + "' (expected LANDSAT_4 .. LANDSAT_9)");
    }

    /** Band 1 of the file named by an MTL key, resolved against the MTL's folder. */
    static BandRef file(MtlFile mtl, String key) {
        String name = mtl.string(key);
        Path folder = mtl.path().map(p -> p.toAbsolutePath().getParent()).orElse(null);
        return new BandRef(folder == null ? name : folder.resolve(name).toString(), 1);
    }

    /**
     * The acquisition date (UTC) the MTL states: {@code DATE_ACQUIRED} (Collection 2 {@code IMAGE_ATTRIBUTES},
     * Collection 1 {@code PRODUCT_METADATA}, else any group), else {@code ACQUISITION_DATE} (before 2012); empty when it states neither; an error naming the MTL when it is not a
     * date.
     */
    static Optional<LocalDate> acquired(MtlFile mtl, String ctx) {
        // the image's own group first: a bare key looked up in every group refuses differing values
        Optional<String> key = mtl.firstKey("IMAGE_ATTRIBUTES.DATE_ACQUIRED", "PRODUCT_METADATA.DATE_ACQUIRED",
                "DATE_ACQUIRED", "ACQUISITION_DATE");
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String v = mtl.string(key.get()).strip();
        try {
            return Optional.of(LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v));
        } catch (DateTimeParseException e) {
            throw new SensorException(ctx + ": MTL " + mtl.source() + ": " + key.get() + " '" + Excerpt.of(v)
                    + "' is not a date (YYYY-MM-DD)", e);
        }
    }
}
