package org.forestcoverage.zones;

import java.util.List;

/**
 * The districts of one file, reprojected to the grid's CRS, and what reading the file told about its source
 * coordinates: their longitude/latitude extent when the file's CRS is geographic (else {@code null}), which says
 * whether the boundaries might be GCJ-02. Immutable.
 *
 * @param districts    in file order, {@code index()} = position
 * @param sourceLonLat extent of the source coordinates in degrees, or {@code null} for a projected source
 */
public record DistrictLayer(List<District> districts, LonLatBox sourceLonLat) {

    /** A longitude/latitude box in degrees. */
    public record LonLatBox(double minLon, double minLat, double maxLon, double maxLat) {
    }

    public DistrictLayer {
        districts = List.copyOf(districts);
    }

    /**
     * True when the source is longitude/latitude inside China, where boundaries taken from Chinese web maps are GCJ-02
     * (a hint only: GCJ-02 cannot be told from WGS84 without a reference).
     */
    public boolean lonLatInChina() {
        return sourceLonLat != null && !Gcj02.outOfChina(sourceLonLat.minLon(), sourceLonLat.minLat())
                && !Gcj02.outOfChina(sourceLonLat.maxLon(), sourceLonLat.maxLat());
    }
}
