package org.forestcoverage.coverage;

import java.io.Serializable;
import org.forestcoverage.grid.GridSpec;

/**
 * The true area in m2 of the pixels of each row of a grid.
 *
 * <pre>{@code
 * PixelArea area = PixelArea.of(grid, Crs.units(grid.crsWkt()));   // CRS facts from OSR (io.gdal)
 * double m2 = area.rowAreaM2(tileWindow.row() + r);                  // rows of the grid, not of a tile
 * }</pre>
 *
 * <p>Projected grids: {@code pixelWidth * pixelHeight} times the square of the CRS's metres per unit (feet grids
 * included), the same for every row ({@link #isUniform()}); the projection's own scale distortion is not corrected
 * (choose an equal-area or local UTM grid). Geographic grids: the exact area of each row's latitude-longitude
 * quadrangle on the ellipsoid ({@link Ellipsoid#quadrangleAreaM2}), which shrinks towards the poles. Immutable and
 * thread-safe.
 */
public final class PixelArea implements Serializable {
    private static final long serialVersionUID = 1L;

    private final GridSpec grid;
    private final double uniformM2;
    private final double[] rowM2;      // null when uniform

    private PixelArea(GridSpec grid, double uniformM2, double[] rowM2) {
        this.grid = grid;
        this.uniformM2 = uniformM2;
        this.rowM2 = rowM2;
    }

    /** Pixel areas of {@code grid}, whose CRS measures in {@code units}. */
    public static PixelArea of(GridSpec grid, CrsUnits units) {
        return units.geographic() ? geographic(grid, units.ellipsoid(), units.unitFactor())
                : projected(grid, units.unitFactor());
    }

    /** A projected grid whose CRS unit is {@code metresPerUnit} metres (1 for metres, 0.3048 for feet). */
    public static PixelArea projected(GridSpec grid, double metresPerUnit) {
        if (!(metresPerUnit > 0)) {
            throw new IllegalArgumentException("metres per unit must be positive, got " + metresPerUnit);
        }
        return new PixelArea(grid, grid.pixelWidth() * grid.pixelHeight() * metresPerUnit * metresPerUnit, null);
    }

    /** A geographic grid in units of {@code radiansPerUnit} radians (pi / 180 for degrees) on {@code ellipsoid}. */
    public static PixelArea geographic(GridSpec grid, Ellipsoid ellipsoid, double radiansPerUnit) {
        double toDeg = Math.toDegrees(radiansPerUnit);
        if (grid.maxY() * toDeg > 90 + 1e-9 || grid.minY() * toDeg < -90 - 1e-9) {
            throw new IllegalArgumentException("geographic grid reaches beyond the poles: latitude "
                    + grid.minY() * toDeg + " to " + grid.maxY() * toDeg);
        }
        double[] rows = new double[grid.height()];
        double dLon = grid.pixelWidth() * toDeg;
        for (int r = 0; r < rows.length; r++) {
            rows[r] = ellipsoid.quadrangleAreaM2(grid.y(r + 1) * toDeg, grid.y(r) * toDeg, dLon);
        }
        return new PixelArea(grid, Double.NaN, rows);
    }

    /** True when every pixel has the same area (projected grids). */
    public boolean isUniform() {
        return rowM2 == null;
    }

    /** Area in m2 of one pixel of grid row {@code row}. */
    public double rowAreaM2(int row) {
        if (row < 0 || row >= grid.height()) {
            throw new IndexOutOfBoundsException("row " + row + " of a grid with " + grid.height() + " rows");
        }
        return rowM2 == null ? uniformM2 : rowM2[row];
    }

    /**
     * Area of one pixel of grid row {@code row} in whole mm2, the unit of the exact sums: rounded once per row, so
     * every tile and every report adds the same integers.
     */
    public long rowAreaMm2(int row) {
        return Math.round(rowAreaM2(row) * 1e6);
    }

    /** Area in m2 of the whole grid. */
    public double totalAreaM2() {
        if (rowM2 == null) {
            return uniformM2 * grid.pixelCount();
        }
        double s = 0;
        for (double a : rowM2) {
            s += a * grid.width();
        }
        return s;
    }

    public GridSpec grid() {
        return grid;
    }
}
