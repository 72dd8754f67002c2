package org.forestcoverage.zones;

import java.util.List;
import java.util.Locale;
import org.forestcoverage.grid.GridSpec;

/** How pixels are assigned to districts: pixel centre, or the exact fraction of each pixel's area. */
public enum ZoneMode {
    /** A pixel belongs to the district containing its centre ({@link CentreZoner}, {@code gdal_rasterize}'s rule). */
    CENTRE,
    /** A pixel is shared by the exact fractions of its area inside each district ({@link FractionalZoner}). */
    FRACTIONAL;

    /** The zoner of this mode for {@code districts} (in the grid's CRS) on {@code grid}. */
    public Zoner zoner(GridSpec grid, List<District> districts) {
        return this == CENTRE ? new CentreZoner(grid, districts) : new FractionalZoner(grid, districts);
    }

    /** {@code centre} (or {@code center}) or {@code fractional}; else an error naming the option's choices. */
    public static ZoneMode parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "centre", "center" -> CENTRE;
            case "fractional" -> FRACTIONAL;
            default -> throw new IllegalArgumentException("--zones must be centre or fractional, got " + name);
        };
    }

    /** The option's spelling: {@code centre} or {@code fractional}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
