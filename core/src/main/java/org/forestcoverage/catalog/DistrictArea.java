package org.forestcoverage.catalog;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.DistrictReader;
import org.forestcoverage.provenance.FileChecksum;
import org.forestcoverage.zones.District;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The districts a catalogue measures cloud over and an analysis selects products by: their union in WGS84
 * longitude/latitude, and the SHA-256 of the file they came from (a product's district cloud share applies to an
 * analysis of the same file). Immutable.
 *
 * <pre>{@code
 * DistrictArea d = DistrictArea.read(Path.of("districts.geojson"), "district_id", null, false);
 * }</pre>
 *
 * @param lonLat the districts' union, WGS84 longitude/latitude
 * @param sha256 SHA-256 of the districts file
 * @param source the districts file, absolute, for messages
 */
public record DistrictArea(Geometry lonLat, String sha256, String source) {

    /**
     * Reads the districts of {@code file} as an analysis reads them.
     *
     * @param idField      the district id attribute
     * @param districtsCrs the CRS to assume when the file states none, or {@code null}
     * @param gcj02        the file holds GCJ-02 longitude/latitude
     */
    public static DistrictArea read(Path file, String idField, String districtsCrs, boolean gcj02) {
        List<District> lonLat = DistrictReader.read(file.toString(), idField, null, Crs.toWkt("EPSG:4326"),
                districtsCrs, gcj02);
        String sha;
        try {
            sha = FileChecksum.of(file).sha256();
        } catch (UncheckedIOException e) {
            throw new CatalogException(e.getMessage(), e);
        }
        return new DistrictArea(UnaryUnionOp.union(lonLat.stream().map(District::geometry).toList()), sha,
                file.toAbsolutePath().normalize().toString());
    }
}
