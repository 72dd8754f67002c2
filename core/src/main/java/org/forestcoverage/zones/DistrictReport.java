package org.forestcoverage.zones;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * What {@link DistrictChecks} found in a district list. Areas are in squared units of the districts' CRS (m2 for a
 * projected CRS in metres). Immutable.
 *
 * @param districts the districts to use: repaired copies where {@code repair} was asked and needed, else the input
 * @param invalid   the districts whose geometry was invalid (or not polygonal, or empty), with JTS's reason
 * @param overlaps  pairs of districts whose interiors intersect, with the shared area
 * @param gaps      holes of the union of all districts that no district fills
 */
public record DistrictReport(List<District> districts, List<Invalid> invalid, List<Overlap> overlaps,
                             List<Gap> gaps) {

    public DistrictReport {
        districts = List.copyOf(districts);
        invalid = List.copyOf(invalid);
        overlaps = List.copyOf(overlaps);
        gaps = List.copyOf(gaps);
    }

    /** One invalid district: its index and id, JTS's reason, where (may be null), and whether it was repaired. */
    public record Invalid(int index, String id, String reason, Coordinate location, boolean repaired) {
        /** {@code district 'ID' (feature N): REASON at (x, y)}, as messages and warnings name it. */
        public String text() {
            return String.format(java.util.Locale.ROOT, "district '%s' (feature %d): %s%s", id, index, reason,
                    location == null ? "" : String.format(java.util.Locale.ROOT, " at (%.6f, %.6f)", location.x,
                            location.y));
        }

        @Override
        public String toString() {
            return "district " + id + " (#" + index + "): " + reason + (location == null ? "" : " at " + location)
                    + (repaired ? " (repaired)" : "");
        }
    }

    /** Two districts ({@code indexA < indexB}) whose interiors share {@code area}; a point of the shared part. */
    public record Overlap(int indexA, String idA, int indexB, String idB, double area, Coordinate interiorPoint) {
    }

    /** A hole of the union of the districts: its area, a point inside it and the ids of the districts around it. */
    public record Gap(double area, Coordinate interiorPoint, List<String> bordering) {
        public Gap {
            bordering = List.copyOf(bordering);
        }
    }

    public double overlapArea() {
        return overlaps.stream().mapToDouble(Overlap::area).sum();
    }

    public double gapArea() {
        return gaps.stream().mapToDouble(Gap::area).sum();
    }

    /** True when every input was valid and nothing overlaps or is missing. */
    public boolean isClean() {
        return invalid.isEmpty() && overlaps.isEmpty() && gaps.isEmpty();
    }

    /** True when the districts can be used: every invalid one was repaired. */
    public boolean isUsable() {
        return invalid.stream().allMatch(Invalid::repaired);
    }
}
