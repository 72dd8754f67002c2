package org.forestcoverage.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.forestcoverage.catalog.DistrictArea;
import org.forestcoverage.io.gdal.DistrictReader;
import org.forestcoverage.zones.District;
import picocli.CommandLine.Option;

/** Optional district options shared by {@code qa}, {@code sample} and {@code catalog add} (a picocli mixin). */
final class DistrictOptions {
    @Option(names = "--districts", description = "District polygons (GeoJSON, Shapefile, GeoPackage...).")
    Path districts;
    @Option(names = "--id-field", description = "District id attribute (with --districts).")
    String idField;
    @Option(names = "--districts-crs", description = "CRS of the districts when the file has none.")
    String districtsCrs;

    /** Districts read so far, by the CRS they were reprojected to: the file is read once per CRS. */
    private final Map<String, List<District>> read = new HashMap<>();

    boolean given() {
        return districts != null;
    }

    /** The districts reprojected to {@code gridWkt}, or none when {@code --districts} was not given. */
    List<District> read(String gridWkt) {
        if (districts == null) {
            return List.of();
        }
        requireIdField();
        return read.computeIfAbsent(gridWkt,
                w -> DistrictReader.read(districts.toString(), idField, null, w, districtsCrs));
    }

    /** The districts' union and checksum, or {@code null} when {@code --districts} was not given. */
    DistrictArea area(boolean gcj02) {
        if (districts == null) {
            return null;
        }
        requireIdField();
        return DistrictArea.read(districts, idField, districtsCrs, gcj02);
    }

    private void requireIdField() {
        if (idField == null) {
            throw new IllegalArgumentException("--districts " + districts + " needs --id-field");
        }
    }
}
