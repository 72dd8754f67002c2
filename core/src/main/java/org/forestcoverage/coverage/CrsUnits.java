package org.forestcoverage.coverage;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one grid unit measures: metres per unit for a projected CRS, or radians per unit plus the ellipsoid for a
 * geographic one.
 *
 * <pre>{@code
 * CrsUnits u = CrsUnits.fromWkt(grid.crsWkt()); // PROJCS[...UNIT["US survey foot",0.3048006096...]]
 * }</pre>
 *
 * <p>{@link #fromWkt(String)} reads OGC WKT1 ({@code PROJCS}, {@code GEOGCS}) and WKT2 ({@code PROJCRS},
 * {@code GEOGCRS}, {@code GEODCRS}) as GDAL writes them; it takes the projected CRS's own length unit, not the
 * base CRS's, and refuses anything else (compound, engineering, missing CRS) with a message naming it.
 */
public record CrsUnits(boolean geographic, double unitFactor, Ellipsoid ellipsoid) implements Serializable {

    /** A projected CRS whose unit is {@code metresPerUnit} metres. */
    public static CrsUnits projected(double metresPerUnit) {
        return new CrsUnits(false, metresPerUnit, null);
    }

    /** A geographic CRS in degrees on {@code ellipsoid}. */
    public static CrsUnits degrees(Ellipsoid ellipsoid) {
        return new CrsUnits(true, Math.PI / 180, ellipsoid);
    }

    public CrsUnits {
        if (!(unitFactor > 0)) {
            throw new IllegalArgumentException("unit factor must be positive, got " + unitFactor);
        }
        if (geographic && ellipsoid == null) {
            throw new IllegalArgumentException("a geographic CRS needs an ellipsoid");
        }
    }

    /**
     * The area in m2 of a small figure measuring {@code area} squared CRS units located at {@code y} (for a geographic
     * CRS the latitude in CRS units; ignored for a projected one). Geographic areas use the ellipsoid's local scale
     * M N cos(phi) at that latitude, exact in the limit of small figures; use it for reports (overlaps, gaps), not
     * for pixel areas ({@link PixelArea} integrates rows exactly).
     */
    public double areaM2(double area, double y) {
        if (!geographic) {
            return area * unitFactor * unitFactor;
        }
        double phi = y * unitFactor;
        double s = Math.sin(phi);
        double w = 1 - ellipsoid.e2() * s * s;
        double a = ellipsoid.a();
        return area * unitFactor * unitFactor * a * a * (1 - ellipsoid.e2()) * Math.cos(phi) / (w * w);
    }

    /** The units of a WKT CRS; see the class comment. */
    public static CrsUnits fromWkt(String wkt) {
        if (wkt == null || wkt.isBlank()) {
            throw new IllegalArgumentException("the grid has no CRS: pixel areas need one");
        }
        Node root = new Parser(wkt).node();
        switch (root.keyword) {
            case "PROJCS":
            case "PROJCRS":
            case "PROJECTEDCRS": {
                Node unit = ownUnit(root, "UNIT", "LENGTHUNIT");
                return projected(unit == null ? 1 : unit.number(1));
            }
            case "GEOGCS":
            case "GEOGCRS":
            case "GEOGRAPHICCRS":
            case "GEODCRS":
            case "GEODETICCRS": {
                Node unit = ownUnit(root, "UNIT", "ANGLEUNIT");
                Node ell = root.find("SPHEROID", "ELLIPSOID");
                if (ell == null) {
                    throw new IllegalArgumentException("no ellipsoid in geographic CRS " + root.name());
                }
                Ellipsoid e = new Ellipsoid(ell.number(1), ell.number(2));
                return new CrsUnits(true, unit == null ? Math.PI / 180 : unit.number(1), e);
            }
            default:
                throw new IllegalArgumentException("unsupported CRS type " + root.keyword + " (" + root.name()
                        + "): need a projected or geographic CRS");
        }
    }

    /** The unit among the root's children or its AXIS children, skipping base CRS, datum and conversion. */
    private static Node ownUnit(Node root, String... keywords) {
        for (Node c : root.nodes()) {
            if (c.is(keywords)) {
                return c;
            }
        }
        for (Node c : root.nodes()) {
            if (c.is("AXIS")) {
                for (Node u : c.nodes()) {
                    if (u.is(keywords)) {
                        return u;
                    }
                }
            }
        }
        return null;
    }

    private record Node(String keyword, List<Object> children) {
        boolean is(String... keywords) {
            for (String k : keywords) {
                if (keyword.equals(k)) {
                    return true;
                }
            }
            return false;
        }

        List<Node> nodes() {
            List<Node> out = new ArrayList<>();
            for (Object o : children) {
                if (o instanceof Node n) {
                    out.add(n);
                }
            }
            return out;
        }

        Node find(String... keywords) {
            for (Node c : nodes()) {
                if (c.is(keywords)) {
                    return c;
                }
                Node d = c.find(keywords);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }

        String name() {
            return children.isEmpty() ? "" : String.valueOf(children.get(0));
        }

        double number(int i) {
            if (i >= children.size()) {
                throw new IllegalArgumentException(keyword + "[" + name() + "] lacks value " + i);
            }
            try {
                return Double.parseDouble(String.valueOf(children.get(i)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(keyword + "[" + name() + "] value " + i + " is not a number: "
                        + children.get(i));
            }
        }
    }

    /** A small recursive-descent WKT reader: KEYWORD[child, ...] with quoted strings, numbers and identifiers. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Node node() {
            skipSpace();
            int start = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
            String keyword = s.substring(start, i).toUpperCase(Locale.ROOT);
            skipSpace();
            List<Object> children = new ArrayList<>();
            if (i < s.length() && (s.charAt(i) == '[' || s.charAt(i) == '(')) {
                i++;
                while (true) {
                    skipSpace();
                    if (i >= s.length()) {
                        throw new IllegalArgumentException("unterminated WKT near " + keyword);
                    }
                    char ch = s.charAt(i);
                    if (ch == ']' || ch == ')') {
                        i++;
                        break;
                    }
                    if (ch == ',') {
                        i++;
                        continue;
                    }
                    children.add(value());
                }
            }
            return new Node(keyword, children);
        }

        private Object value() {
            char ch = s.charAt(i);
            if (ch == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (i < s.length()) {
                    char c = s.charAt(i++);
                    if (c == '"') {
                        if (i < s.length() && s.charAt(i) == '"') {
                            sb.append('"');
                            i++;
                            continue;
                        }
                        return sb.toString();
                    }
                    sb.append(c);
                }
                throw new IllegalArgumentException("unterminated string in WKT");
            }
            int start = i;
            while (i < s.length() && "[](),".indexOf(s.charAt(i)) < 0 && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            skipSpace();
            if (i < s.length() && (s.charAt(i) == '[' || s.charAt(i) == '(')) {
                i = start;
                return node();
            }
            return s.substring(start, i).trim();
        }

        private void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
