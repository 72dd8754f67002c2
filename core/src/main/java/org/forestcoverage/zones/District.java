package org.forestcoverage.zones;

import java.io.Serializable;
import org.locationtech.jts.geom.Geometry;

/**
 * One district: its position in the district list ({@code index}, 0-based), the user's id attribute,
 * an optional display name, and its (multi)polygon in the analysis grid's CRS.
 */
public record District(int index, String id, String name, Geometry geometry) implements Serializable {
}
