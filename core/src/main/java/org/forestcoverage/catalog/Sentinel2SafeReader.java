package org.forestcoverage.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.sensor.SceneRequest;
import org.forestcoverage.sensor.Sensors;
import org.forestcoverage.sensor.Sentinel2Metadata;
import org.forestcoverage.sensor.SensorException;

/**
 * Sentinel-2 Level-2A products as ESA delivers them: a {@code .SAFE} folder (or any folder holding an
 * {@code MTD_MSIL2A.xml}), or that {@code MTD_MSIL2A.xml} itself. The metadata is read by the {@code sentinel-2-l2a}
 * preset, so a catalogued product resolves exactly as the manifest entry {@code {"sensor": "sentinel-2-l2a",
 * "metadata": ".SAFE"}} does. Product id: {@code PRODUCT_URI} without {@code .SAFE}; acquisition date:
 * {@code PRODUCT_START_TIME} (UTC); files: every file under the folder. Stateless.
 */
public final class Sentinel2SafeReader implements ProductReader {
    private static final String MTD = "MTD_MSIL2A.xml";

    @Override
    public Optional<Product> read(Path path) {
        Path folder = Files.isDirectory(path) ? path : path.getParent();
        boolean mtdFile = Files.isRegularFile(path) && path.getFileName().toString().equals(MTD);
        boolean safe = Files.isDirectory(path) && (path.getFileName().toString().endsWith(".SAFE")
                || Files.isRegularFile(path.resolve(MTD)));
        if (!mtdFile && !safe) {
            return Optional.empty();
        }
        Path mtdPath = folder.resolve(MTD).toAbsolutePath().normalize();
        try {
            Sentinel2Metadata mtd = Sentinel2Metadata.read(folder);
            String name = mtd.productUri() != null ? mtd.productUri() : folder.getFileName().toString();
            String id = name.endsWith(".SAFE") ? name.substring(0, name.length() - 5) : name;
            LocalDate acquired = mtd.acquired();
            if (acquired == null) {
                throw new CatalogException(mtdPath + ": no PRODUCT_START_TIME (the acquisition date)");
            }
            SceneSpec spec = Sensors.sceneSpec(SceneRequest.builder("sentinel-2-l2a", acquired.getYear(), id)
                    .metadata(mtdPath.toString()).build());
            return Optional.of(new Product(id, acquired, spec, mtdPath, ProductFiles.inFolder(folder, true)));
        } catch (SensorException e) {
            throw new CatalogException(e.getMessage(), e);
        }
    }
}
