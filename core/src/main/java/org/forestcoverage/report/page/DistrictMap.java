package org.forestcoverage.report.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forestcoverage.chart.ChartFont;
import org.forestcoverage.chart.ColourRamp;
import org.forestcoverage.chart.Drawing;
import org.forestcoverage.chart.Label;
import org.forestcoverage.chart.LinearScale;
import org.forestcoverage.chart.Meta;
import org.forestcoverage.chart.Shape;
import org.forestcoverage.chart.Style;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.DistrictGeoPackage;
import org.forestcoverage.zones.District;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Choropleth maps of the districts (polygons from districts.gpkg): coverage of the latest year on a sequential
 * green ramp, and change since the baseline year on a diverging brown-green ramp centred on zero. Each district is
 * labelled with its value where the label fits, carries a tooltip and {@code data-district} / {@code data-value}
 * attributes (the text of coverage.csv), and is drawn grey when nothing of it was observed. The legend is a
 * colour bar with the scale's ticks.
 */
final class DistrictMap {
    static final double WIDTH = 470;
    private static final double MAP_TOP = 40;
    private static final double MAP_SIDE = 440;
    static final int NO_DATA = 0xD0D0D0;

    private DistrictMap() {
    }

    static Drawing coverage(ReportData d, DistrictGeoPackage.Contents layer, Texts tx, ChartFont font) {
        Map<String, Figure> values = new LinkedHashMap<>();
        for (DistrictYear r : d.run().districtsOf(d.latest())) {
            values.put(r.district(), r.coverage());
        }
        double[] range = range(values);
        LinearScale scale = LinearScale.nice(range[0], range[1], 5, 0, 1);
        return build(tx.coverageMap(d.latest()), "coverage", layer, values, scale, ColourRamp.GREENS, false, tx, font);
    }

    static Drawing change(ReportData d, DistrictGeoPackage.Contents layer, Texts tx, ChartFont font) {
        Map<String, Figure> values = new LinkedHashMap<>();
        for (DistrictYear r : d.run().districtsOf(d.latest())) {
            values.put(r.district(), d.change(r.district()));
        }
        double[] range = range(values);
        double m = Math.max(Math.abs(range[0]), Math.abs(range[1]));
        LinearScale scale = LinearScale.nice(-m, m, 5, 0, 1);
        return build(tx.changeMap(d.baseline(), d.latest()), "change", layer, values, scale, ColourRamp.BROWN_GREEN,
                true, tx, font);
    }

    private static double[] range(Map<String, Figure> values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Figure f : values.values()) {
            if (f.present()) {
                lo = Math.min(lo, f.value());
                hi = Math.max(hi, f.value());
            }
        }
        return lo > hi ? new double[] {0, 1} : new double[] {lo, hi};
    }

    private static Drawing build(String title, String kind, DistrictGeoPackage.Contents layer, Map<String, Figure> values,
                                 LinearScale scale, ColourRamp ramp, boolean signed, Texts tx, ChartFont font) {
        Envelope env = new Envelope();
        layer.districts().forEach(x -> env.expandToInclude(x.geometry().getEnvelopeInternal()));
        boolean geographic = !layer.crsWkt().isEmpty() && Crs.isGeographic(layer.crsWkt());
        MapFrame probe = MapFrame.fit(env, geographic, 0, 0, MAP_SIDE, MAP_SIDE);
        MapFrame frame = MapFrame.fit(env, geographic, (WIDTH - probe.width()) / 2, MAP_TOP, MAP_SIDE, MAP_SIDE);
        double height = MAP_TOP + frame.height() + 70;
        Drawing.Builder b = Drawing.builder(WIDTH, height, title);
        b.add(Label.of(WIDTH / 2, 22, title, 15, Label.Anchor.MIDDLE, 0x222222).emphasised());
        double tolerance = 0.4 / frame.ky();
        List<Label> labels = new ArrayList<>();
        boolean anyMissing = false;
        for (District dist : layer.districts()) {
            Figure v = values.getOrDefault(dist.id(), Figure.MISSING);
            anyMissing |= !v.present();
            int fill = v.present() ? ramp.at((v.value() - scale.lo()) / (scale.hi() - scale.lo())) : NO_DATA;
            String shown = v.present() ? (signed ? v.signed(2) : v.rounded(2)) : tx.noObservation();
            Geometry g = TopologyPreservingSimplifier.simplify(dist.geometry(), tolerance);
            Meta meta = new Meta(dist.name() + " (" + dist.id() + "): " + shown,
                    Map.of("district", dist.id(), "value", v.text(), "map", kind));
            b.add(new Shape(frame.rings(g), true, Style.fill(fill).outlined(0xFFFFFF, 0.8), meta));
            label(dist.geometry(), frame, shown, fill, v.present(), font).ifPresent(labels::add);
        }
        labels.forEach(b::add);
        legend(b, scale, ramp, MAP_TOP + frame.height() + 22, signed, anyMissing, tx);
        return b.build();
    }

    /** The value at the district's interior point, when it fits inside the district's box. */
    private static java.util.Optional<Label> label(Geometry g, MapFrame frame, String text, int fill, boolean value,
                                                   ChartFont font) {
        Geometry largest = g;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i).getArea() > largest.getArea() || largest == g) {
                largest = g.getGeometryN(i);
            }
        }
        Envelope e = largest.getEnvelopeInternal();
        double size = 11;
        if (!value || font.width(text, size, false) > e.getWidth() * frame.kx() * 0.9 || e.getHeight() * frame.ky() < 16) {
            return java.util.Optional.empty();
        }
        Point p = largest.getInteriorPoint();
        org.forestcoverage.chart.Point px = frame.px(p.getX(), p.getY());
        double lum = (0.299 * (fill >> 16 & 0xFF) + 0.587 * (fill >> 8 & 0xFF) + 0.114 * (fill & 0xFF)) / 255;
        return java.util.Optional.of(Label.of(px.x(), px.y() + 4, text, size, Label.Anchor.MIDDLE,
                lum < 0.5 ? 0xFFFFFF : 0x222222));
    }

    private static void legend(Drawing.Builder b, LinearScale scale, ColourRamp ramp, double y, boolean signed,
                               boolean anyMissing, Texts tx) {
        double x0 = 60;
        double w = WIDTH - 2 * x0 - (anyMissing ? 90 : 0);
        int steps = 60;
        for (int i = 0; i < steps; i++) {
            b.add(Shape.rect(x0 + w * i / steps, y, w / steps + 0.6, 12, Style.fill(ramp.at((i + 0.5) / steps)),
                    Meta.NONE));
        }
        for (double t : scale.ticks()) {
            double px = x0 + (t - scale.lo()) / (scale.hi() - scale.lo()) * w;
            b.add(Shape.line(List.of(new org.forestcoverage.chart.Point(px, y + 12),
                    new org.forestcoverage.chart.Point(px, y + 17)), Style.stroke(0x555555, 1)));
            String text = Figure.of(t).present() ? (signed ? Figure.parse(String.format(java.util.Locale.ROOT,
                    "%." + scale.decimals() + "f", t)).signed(scale.decimals())
                    : String.format(java.util.Locale.ROOT, "%." + scale.decimals() + "f", t)) : "";
            b.add(Label.of(px, y + 30, text, 11, Label.Anchor.MIDDLE, 0x444444));
        }
        if (anyMissing) {
            double bx = x0 + w + 20;
            b.add(Shape.rect(bx, y, 14, 12, Style.fill(NO_DATA), Meta.NONE));
            b.add(Label.of(bx + 18, y + 10, tx.noObservation(), 11, Label.Anchor.START, 0x444444));
        }
    }
}
