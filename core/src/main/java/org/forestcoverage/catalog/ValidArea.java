package org.forestcoverage.catalog;

import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * The footprint of a product's valid data, built from a coarse mask: the grid is cut into cells of
 * {@code cell x cell} pixels, a cell is valid when any of its pixels is, and the union of the valid cells is the
 * footprint (so it covers every valid pixel and overshoots by less than a cell). Not thread-safe.
 *
 * <pre>{@code
 * ValidArea a = new ValidArea(grid);
 * a.mark(col, row);                    // for each valid pixel
 * String wkt = a.lonLatWkt();          // WGS84 longitude/latitude
 * }</pre>
 */
final class ValidArea {
    /** Cells across the longer side of the grid, at most. */
    private static final int CELLS = 256;
    private final GridSpec grid;
    private final int cell;
    private final int cols;
    private final int rows;
    private final boolean[] valid;

    ValidArea(GridSpec grid) {
        this.grid = grid;
        this.cell = Math.max(1, (Math.max(grid.width(), grid.height()) + CELLS - 1) / CELLS);
        this.cols = (grid.width() + cell - 1) / cell;
        this.rows = (grid.height() + cell - 1) / cell;
        this.valid = new boolean[cols * rows];
    }

    void mark(int col, int row) {
        valid[(row / cell) * cols + col / cell] = true;
    }

    boolean isEmpty() {
        for (boolean v : valid) {
            if (v) {
                return false;
            }
        }
        return true;
    }

    /** The footprint in the grid's CRS: the union of the runs of valid cells of each row. */
    Geometry footprint() {
        GeometryFactory f = new GeometryFactory();
        List<Polygon> runs = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; ) {
                if (!valid[r * cols + c]) {
                    c++;
                    continue;
                }
                int start = c;
                while (c < cols && valid[r * cols + c]) {
                    c++;
                }
                double x0 = grid.x(start * cell);
                double x1 = grid.x(Math.min(grid.width(), c * cell));
                double y0 = grid.y(r * cell);
                double y1 = grid.y(Math.min(grid.height(), (r + 1) * cell));
                runs.add(f.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
                        new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)}));
            }
        }
        return CascadedPolygonUnion.union(runs);
    }

    /** The footprint in WGS84 longitude/latitude as WKT (vertices transformed with GDAL's OSR). */
    String lonLatWkt() {
        return GeometryCrs.transform(footprint(), grid.crsWkt(), "EPSG:4326").toText();
    }
}
