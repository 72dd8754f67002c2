package org.forestcoverage.catalog;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.sensor.MtlFile;
import org.forestcoverage.sensor.SceneRequest;
import org.forestcoverage.sensor.SensorException;
import org.forestcoverage.sensor.Sensors;

/**
 * Landsat Collection 2 Level-2 products as USGS delivers them: a folder holding one {@code *_MTL.txt} (or
 * {@code *_MTL.xml}) and the band files it names, or the MTL file itself. The MTL is read by the sensor presets
 * ({@code landsat-c2-l2} for Landsat 8/9, {@code landsat-c2-l2-tm} for 4/5/7, chosen by {@code SPACECRAFT_ID}), so a
 * catalogued product resolves exactly as the manifest entry {@code {"sensor": ..., "metadata": MTL}} does. Stateless.
 */
public final class LandsatC2Reader implements ProductReader {

    @Override
    public Optional<Product> read(Path path) {
        Optional<Path> found = mtl(path);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Path mtlPath = found.get().toAbsolutePath().normalize();
        try {
            MtlFile mtl = MtlFile.read(mtlPath);
            if (!mtl.has("PRODUCT_CONTENTS.PROCESSING_LEVEL")
                    || !mtl.string("PRODUCT_CONTENTS.PROCESSING_LEVEL").startsWith("L2")) {
                return Optional.empty();
            }
            String id = mtl.string("PRODUCT_CONTENTS.LANDSAT_PRODUCT_ID").strip();
            LocalDate acquired = LocalDate.parse(mtl.string("IMAGE_ATTRIBUTES.DATE_ACQUIRED").strip());
            String spacecraft = mtl.string("IMAGE_ATTRIBUTES.SPACECRAFT_ID").toUpperCase(Locale.ROOT);
            String sensor = spacecraft.matches("LANDSAT_[457]") ? "landsat-c2-l2-tm" : "landsat-c2-l2";
            SceneSpec spec = Sensors.sceneSpec(SceneRequest.builder(sensor, acquired.getYear(), id)
                    .metadata(mtlPath.toString()).build());
            return Optional.of(new Product(id, acquired, spec, mtlPath, ProductFiles.inFolder(mtlPath.getParent(),
                    false)));
        } catch (SensorException e) {
            throw new CatalogException(e.getMessage(), e);
        } catch (DateTimeParseException e) {
            throw new CatalogException(mtlPath + ": DATE_ACQUIRED is not a date (" + e.getParsedString() + ")", e);
        }
    }

    /** The MTL of a product folder (exactly one), or the file itself when it is an MTL. */
    private static Optional<Path> mtl(Path path) {
        return ProductFiles.single(path, LandsatC2Reader::isMtl, "MTL files", "a product folder holds one product");
    }

    private static boolean isMtl(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith("_MTL.txt") || n.endsWith("_MTL.xml");
    }
}
