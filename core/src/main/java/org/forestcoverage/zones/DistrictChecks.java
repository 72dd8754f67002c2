package org.forestcoverage.zones;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Input checks for a district list: validity (with repair on request), pairwise overlaps and gaps inside the union.
 *
 * <pre>{@code
 * DistrictReport r = DistrictChecks.check(districts, true);
 * if (!r.isUsable()) throw new IllegalArgumentException("invalid districts: " + r.invalid());
 * List<District> ds = r.districts();  // repaired where needed
 * log(r.overlaps(), r.gapArea());
 * }</pre>
 *
 * <p>Validity is JTS's {@link IsValidOp} (OGC rules); repair is {@link GeometryFixer}, which keeps all the area of
 * self-intersecting rings. Overlaps and gaps are measured on the repaired geometries (also when repair was not asked,
 * so that they can be measured at all); overlaps with an area of at most {@code minArea} (shared boundaries produce
 * 0) are not reported. Areas are in squared CRS units. Stateless and thread-safe.
 */
public final class DistrictChecks {
    private DistrictChecks() {
    }

    /** {@link #check(List, boolean, double)} reporting every overlap with positive area. */
    public static DistrictReport check(List<District> districts, boolean repair) {
        return check(districts, repair, 0);
    }

    public static DistrictReport check(List<District> districts, boolean repair, double minArea) {
        List<DistrictReport.Invalid> invalid = new ArrayList<>();
        List<District> out = new ArrayList<>(districts.size());
        Geometry[] fixed = new Geometry[districts.size()];
        for (int i = 0; i < districts.size(); i++) {
            District d = districts.get(i);
            Geometry g = d.geometry();
            String reason = null;
            org.locationtech.jts.geom.Coordinate where = null;
            if (g == null || g.isEmpty()) {
                reason = "empty geometry";
            } else if (!(g instanceof Polygonal)) {
                reason = "not a polygon: " + g.getGeometryType();
            } else {
                TopologyValidationError err = new IsValidOp(g).getValidationError();
                if (err != null) {
                    reason = err.getMessage();
                    where = err.getCoordinate();
                }
            }
            Geometry usable = g;
            if (reason != null) {
                Geometry f = g == null ? null : polygonalPart(GeometryFixer.fix(g));
                boolean ok = f != null && !f.isEmpty();
                invalid.add(new DistrictReport.Invalid(i, d.id(), reason, where, repair && ok));
                usable = ok ? f : null;
                if (repair && ok) {
                    d = new District(d.index(), d.id(), d.name(), f);
                }
            }
            fixed[i] = usable;
            out.add(d);
        }
        List<DistrictReport.Overlap> overlaps = overlaps(districts, fixed, minArea);
        List<DistrictReport.Gap> gaps = gaps(districts, fixed, !overlaps.isEmpty());
        return new DistrictReport(out, invalid, overlaps, gaps);
    }

    private static Geometry polygonalPart(Geometry g) {
        if (g instanceof Polygonal) {
            return g;
        }
        List<Polygon> ps = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry p = g.getGeometryN(i);
            if (p instanceof Polygon poly) {
                ps.add(poly);
            } else if (p instanceof Polygonal) {
                for (int j = 0; j < p.getNumGeometries(); j++) {
                    ps.add((Polygon) p.getGeometryN(j));
                }
            }
        }
        return g.getFactory().createMultiPolygon(ps.toArray(new Polygon[0]));
    }

    private static List<DistrictReport.Overlap> overlaps(List<District> ds, Geometry[] gs, double minArea) {
        if (validCoverage(gs)) {
            return new ArrayList<>();
        }
        STRtree tree = new STRtree();
        for (int i = 0; i < gs.length; i++) {
            if (gs[i] != null) {
                tree.insert(gs[i].getEnvelopeInternal(), i);
            }
        }
        List<DistrictReport.Overlap> out = new ArrayList<>();
        for (int i = 0; i < gs.length; i++) {
            if (gs[i] == null) {
                continue;
            }
            List<Integer> hits = new ArrayList<>();
            for (Object o : tree.query(gs[i].getEnvelopeInternal())) {
                hits.add((Integer) o);
            }
            hits.sort(null);
            RelateNG prepared = null;
            for (int j : hits) {
                if (j <= i) {
                    continue;
                }
                // neighbours share boundaries, which an overlay would trace at length for an area of 0: the overlay
                // runs only for pairs whose interiors meet (the same pairs whose shared area is positive)
                prepared = prepared != null ? prepared : RelateNG.prepare(gs[i]);
                if (!interiorsMeet(prepared, gs[i], gs[j])) {
                    continue;
                }
                Geometry shared = intersection(gs[i], gs[j]);
                double area = shared == null ? 0 : shared.getArea();
                if (area > minArea) {
                    out.add(new DistrictReport.Overlap(i, ds.get(i).id(), j, ds.get(j).id(), area,
                            shared.getInteriorPoint().getCoordinate()));
                }
            }
        }
        return out;
    }

    /**
     * True when the districts form a valid polygonal coverage in JTS's sense: no two interiors meet (nested, duplicate
     * and crossing districts all make it invalid) and shared edges match vertex for vertex. Then there is no overlap to
     * measure, and the check costs one hashing of the segments instead of a relate per pair of neighbours (on the
     * 17 districts of the 16000 benchmark scene, 40 000 vertices, about half the CPU of the pairwise relates). Any
     * other outcome (edges that do not match exactly, a JTS failure) leaves the decision to the pairwise check.
     */
    private static boolean validCoverage(Geometry[] gs) {
        List<Geometry> parts = new ArrayList<>(gs.length);
        for (Geometry g : gs) {
            if (g != null) {
                parts.add(g);
            }
        }
        try {
            return CoverageValidator.isValid(parts.toArray(new Geometry[0]));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** True when the interiors of {@code a} (prepared) and {@code b} intersect; robustly, with a fallback. */
    private static boolean interiorsMeet(RelateNG a, Geometry ga, Geometry b) {
        try {
            return a.evaluate(b, "T********");
        } catch (RuntimeException e) {
            return ga.intersects(b);
        }
    }

    /** The intersection of two districts, or null when they are disjoint. */
    private static Geometry intersection(Geometry a, Geometry b) {
        if (!a.intersects(b)) {
            return null;
        }
        try {
            return a.intersection(b);
        } catch (TopologyException e) {
            return a.buffer(0).intersection(b.buffer(0));
        }
    }

    /**
     * Ids of the districts that touch {@code hole}, in district order: within a tolerance of 1e-9 of the coordinates'
     * magnitude, since the union's noded vertices need not lie exactly on the districts' edges.
     */
    private static List<String> bordering(List<District> ds, Geometry[] gs, Polygon hole) {
        List<String> ids = new ArrayList<>();
        org.locationtech.jts.geom.Envelope env = hole.getEnvelopeInternal();
        double tol = 1e-9 * Math.max(Math.max(Math.abs(env.getMinX()), Math.abs(env.getMaxX())),
                Math.max(Math.abs(env.getMinY()), Math.abs(env.getMaxY()))) + 1e-12;
        org.locationtech.jts.geom.Envelope near = new org.locationtech.jts.geom.Envelope(env);
        near.expandBy(tol);
        for (int i = 0; i < gs.length; i++) {
            if (gs[i] != null && gs[i].getEnvelopeInternal().intersects(near) && gs[i].isWithinDistance(hole, tol)) {
                ids.add(ds.get(i).id());
            }
        }
        return ids;
    }

    /**
     * The union of the districts: for districts that do not overlap, first as a polygonal coverage (shared edges
     * dropped, far cheaper than an overlay), kept only when it is valid (edges that do not match vertex for vertex
     * make it invalid); otherwise by a full unary union.
     */
    private static Geometry union(List<Geometry> parts, boolean overlapsFound) {
        if (!overlapsFound) {
            try {
                Geometry u = CoverageUnion.union(parts.get(0).getFactory().buildGeometry(parts));
                if (u != null && u.isValid()) {
                    return u;
                }
            } catch (RuntimeException e) {
                // not a clean coverage: the full union below
            }
        }
        return UnaryUnionOp.union(parts);
    }

    private static List<DistrictReport.Gap> gaps(List<District> ds, Geometry[] gs, boolean overlapsFound) {
        List<Geometry> parts = new ArrayList<>();
        for (Geometry g : gs) {
            if (g != null) {
                parts.add(g);
            }
        }
        List<DistrictReport.Gap> out = new ArrayList<>();
        if (parts.isEmpty()) {
            return out;
        }
        Geometry union = union(parts, overlapsFound);
        for (int i = 0; i < union.getNumGeometries(); i++) {
            if (!(union.getGeometryN(i) instanceof Polygon p)) {
                continue;
            }
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                Polygon hole = union.getFactory().createPolygon(p.getInteriorRingN(h).getCoordinates());
                out.add(new DistrictReport.Gap(hole.getArea(), hole.getInteriorPoint().getCoordinate(),
                        bordering(ds, gs, hole)));
            }
        }
        out.sort((x, y) -> Double.compare(y.area(), x.area()));
        return out;
    }
}
