package org.forestcoverage.report.page;

import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.chart.Point;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Places map coordinates (a projected CRS, or longitude/latitude) in a box of a drawing, north up, at one scale for
 * x and y: the envelope is fitted into {@code maxWidth} x {@code maxHeight} pixels at ({@code x0}, {@code y0}).
 * Longitude is shrunk by the cosine of the middle latitude so that geographic maps keep their shape. Immutable.
 *
 * @param env   the map extent shown
 * @param kx    pixels per map unit along x
 * @param ky    pixels per map unit along y
 * @param x0    left of the box, pixels
 * @param y0    top of the box, pixels
 */
record MapFrame(Envelope env, double kx, double ky, double x0, double y0) {

    static MapFrame fit(Envelope env, boolean geographic, double x0, double y0, double maxWidth, double maxHeight) {
        double shrink = geographic ? Math.cos(Math.toRadians((env.getMinY() + env.getMaxY()) / 2)) : 1;
        double w = Math.max(env.getWidth() * shrink, 1e-12);
        double h = Math.max(env.getHeight(), 1e-12);
        double k = Math.min(maxWidth / w, maxHeight / h);
        return new MapFrame(env, k * shrink, k, x0, y0);
    }

    double width() {
        return env.getWidth() * kx;
    }

    double height() {
        return env.getHeight() * ky;
    }

    Point px(double x, double y) {
        return new Point(x0 + (x - env.getMinX()) * kx, y0 + (env.getMaxY() - y) * ky);
    }

    /** The rings of a (multi)polygon in pixels: shells and holes alike (filled even-odd). */
    List<List<Point>> rings(Geometry g) {
        List<List<Point>> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                out.add(ring(p.getExteriorRing()));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    out.add(ring(p.getInteriorRingN(h)));
                }
            }
        }
        return out;
    }

    private List<Point> ring(LineString r) {
        List<Point> pts = new ArrayList<>(r.getNumPoints());
        for (Coordinate c : r.getCoordinates()) {
            pts.add(px(c.x, c.y));
        }
        return pts;
    }
}
