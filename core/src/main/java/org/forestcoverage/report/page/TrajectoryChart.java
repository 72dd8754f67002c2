package org.forestcoverage.report.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.forestcoverage.chart.ChartFont;
import org.forestcoverage.chart.Dot;
import org.forestcoverage.chart.Drawing;
import org.forestcoverage.chart.Label;
import org.forestcoverage.chart.LinearScale;
import org.forestcoverage.chart.Meta;
import org.forestcoverage.chart.Point;
import org.forestcoverage.chart.Shape;
import org.forestcoverage.chart.Style;
import org.forestcoverage.trajectory.ReportedValue;
import org.forestcoverage.trajectory.Trajectory;
import org.forestcoverage.trajectory.TrajectoryLine;

/**
 * The city's coverage by year: measured (line and dots), its 95 % confidence interval where one is known (a band
 * over consecutive years, an error bar for a single year, with the error-adjusted estimate it is centred on when
 * that comes from QA), the planned straight line from baseline to target (held after the target year), the
 * reported official values and the target. Years span the run and the planned line.
 */
final class TrajectoryChart {
    static final double WIDTH = 720;
    static final double HEIGHT = 400;
    static final int MEASURED = 0x1F5FA8;
    static final int INTERVAL = 0x6BAED6;
    static final int LINE = 0x555555;
    static final int REPORTED = 0xD9730D;
    static final int TARGET = 0xC0282D;
    private static final double LEFT = 64;
    private static final double RIGHT = 28;
    private static final double BOTTOM = 40;

    private TrajectoryChart() {
    }

    static Drawing build(ReportData d, Texts tx, ChartFont font) {
        Drawing.Builder b = Drawing.builder(WIDTH, HEIGHT, tx.chartTitle());
        Optional<TrajectoryLine> line = d.trajectory().map(Trajectory::city);
        SortedSet<Integer> years = d.run().years();
        int x0 = years.first();
        int x1 = years.last();
        if (line.isPresent()) {
            x0 = Math.min(x0, line.get().baselineYear());
            x1 = Math.max(x1, line.get().targetYear());
        }
        final int first = x0;
        final int last = x1;
        List<ReportedValue> reported = d.trajectory().map(t -> t.reported().stream()
                .filter(r -> r.scope().equals(Trajectory.CITY) && r.year() >= first && r.year() <= last).toList())
                .orElse(List.of());

        List<Legend.Item> items = new ArrayList<>();
        items.add(new Legend.Item(Legend.Swatch.LINE, MEASURED, tx.legendMeasured()));
        if (!d.intervals().isEmpty()) {
            items.add(new Legend.Item(Legend.Swatch.BAND, INTERVAL, tx.legendInterval()));
            if (d.intervals().values().stream().anyMatch(Interval::fromQa)) {
                items.add(new Legend.Item(Legend.Swatch.HOLLOW_DOT, MEASURED, tx.legendAdjusted()));
            }
        }
        line.ifPresent(l -> {
            items.add(new Legend.Item(Legend.Swatch.DASHED, LINE, tx.legendLine()));
            items.add(new Legend.Item(Legend.Swatch.DIAMOND, TARGET, tx.legendTarget(l.targetYear())));
        });
        if (!reported.isEmpty()) {
            items.add(new Legend.Item(Legend.Swatch.SQUARE, REPORTED, tx.legendReported()));
        }
        b.add(Label.of(LEFT - 44, 22, tx.chartTitle(), 15, Label.Anchor.START, 0x222222).emphasised());
        double top = Legend.draw(b, items, LEFT, 48, WIDTH - LEFT - RIGHT, font) + 4;

        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<double[]> measured = new ArrayList<>();
        for (int y : years) {
            Figure c = d.run().city(y).orElseThrow().coverage();
            if (c.present()) {
                measured.add(new double[] {y, c.value()});
                lo = Math.min(lo, c.value());
                hi = Math.max(hi, c.value());
            }
        }
        for (Interval i : d.intervals().values()) {
            lo = Math.min(lo, i.low().value());
            hi = Math.max(hi, i.high().value());
        }
        if (line.isPresent()) {
            TrajectoryLine l = line.get();
            for (int y = first; y <= last; y++) {
                double e = l.expectedPercent(y).doubleValue();
                lo = Math.min(lo, e);
                hi = Math.max(hi, e);
            }
        }
        for (ReportedValue r : reported) {
            lo = Math.min(lo, r.percent().doubleValue());
            hi = Math.max(hi, r.percent().doubleValue());
        }
        if (lo > hi) {
            lo = 0;
            hi = 100;
        }
        LinearScale ys = LinearScale.nice(lo, hi, 6, HEIGHT - BOTTOM, top);
        double xl = LEFT;
        double xr = WIDTH - RIGHT;
        java.util.function.DoubleUnaryOperator xs = year -> xl + (year - (first - 0.5)) / (last - first + 1.0) * (xr - xl);

        axes(b, ys, first, last, xs, tx, font);
        intervals(b, d.intervals(), xs, ys, tx);
        line.ifPresent(l -> plannedLine(b, l, first, last, xs, ys, tx));
        for (ReportedValue r : reported) {
            double px = xs.applyAsDouble(r.year());
            double py = ys.px(r.percent().doubleValue());
            b.add(Shape.rect(px - 4.5, py - 4.5, 9, 9, Style.fill(0xFFFFFF).outlined(REPORTED, 2),
                    new Meta(tx.legendReported() + " " + r.year() + ": " + tx.pct(HtmlPage.official(r.percent()))
                            + (r.source().isEmpty() ? "" : " — " + r.source()),
                            Map.of("series", "reported", "year", Integer.toString(r.year()),
                                    "value", r.percent().toPlainString()))));
        }
        measuredSeries(b, d, measured, xs, ys, tx, font);
        return b.build();
    }

    private static void axes(Drawing.Builder b, LinearScale ys, int first, int last,
                             java.util.function.DoubleUnaryOperator xs, Texts tx, ChartFont font) {
        for (double t : ys.ticks()) {
            double py = ys.px(t);
            b.add(Shape.line(List.of(new Point(LEFT, py), new Point(WIDTH - RIGHT, py)),
                    Style.stroke(t == ys.lo() ? 0x888888 : 0xE3E3E3, 1)));
            b.add(Label.of(LEFT - 8, py + 4, new BigDecimal(Double.toString(t)).setScale(ys.decimals(),
                    java.math.RoundingMode.HALF_UP).toPlainString(), 12, Label.Anchor.END, 0x555555));
        }
        int span = last - first;
        int every = span <= 12 ? 1 : span <= 30 ? 2 : 5;
        for (int y = first; y <= last; y++) {
            if ((y - first) % every == 0) {
                double px = xs.applyAsDouble(y);
                b.add(Shape.line(List.of(new Point(px, ys.px(ys.lo())), new Point(px, ys.px(ys.lo()) + 5)),
                        Style.stroke(0x888888, 1)));
                b.add(Label.of(px, HEIGHT - BOTTOM + 20, Integer.toString(y), 12, Label.Anchor.MIDDLE, 0x555555));
            }
        }
        double mid = (ys.px(ys.lo()) + ys.px(ys.hi())) / 2;
        b.add(Label.of(18, mid, tx.axisCoverage(), 12, Label.Anchor.MIDDLE, 0x555555).rotated(-90));
    }

    private static void intervals(Drawing.Builder b, Map<Integer, Interval> intervals,
                                  java.util.function.DoubleUnaryOperator xs, LinearScale ys, Texts tx) {
        List<List<Interval>> runs = new ArrayList<>();
        for (Interval i : intervals.values()) {
            List<Interval> cur = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (cur != null && cur.get(cur.size() - 1).year() == i.year() - 1) {
                cur.add(i);
            } else {
                runs.add(new ArrayList<>(List.of(i)));
            }
        }
        for (List<Interval> run : runs) {
            if (run.size() > 1) {
                List<Point> band = new ArrayList<>();
                for (Interval i : run) {
                    band.add(new Point(xs.applyAsDouble(i.year()), ys.px(i.high().value())));
                }
                for (int k = run.size() - 1; k >= 0; k--) {
                    band.add(new Point(xs.applyAsDouble(run.get(k).year()), ys.px(run.get(k).low().value())));
                }
                b.add(Shape.polygon(band, Style.fill(INTERVAL, 0.25), Meta.NONE));
            }
            for (Interval i : run) {
                double px = xs.applyAsDouble(i.year());
                String tip = i.year() + ": " + tx.interval(i.low().rounded(2), i.high().rounded(2));
                Meta meta = new Meta(tip, Map.of("series", "interval", "year", Integer.toString(i.year()),
                        "low", i.low().text(), "high", i.high().text()));
                b.add(new Shape(List.of(
                        List.of(new Point(px, ys.px(i.low().value())), new Point(px, ys.px(i.high().value()))),
                        List.of(new Point(px - 5, ys.px(i.low().value())), new Point(px + 5, ys.px(i.low().value()))),
                        List.of(new Point(px - 5, ys.px(i.high().value())), new Point(px + 5, ys.px(i.high().value())))),
                        false, Style.stroke(INTERVAL, 2), meta));
                if (i.fromQa()) {
                    b.add(new Dot(px, ys.px(i.centre().value()), 4.5, Style.fill(0xFFFFFF).outlined(MEASURED, 2),
                            new Meta(tx.legendAdjusted() + " " + i.year() + ": " + tx.pct(i.centre().rounded(2)),
                                    Map.of("series", "adjusted", "year", Integer.toString(i.year()),
                                            "value", i.centre().text()))));
                }
            }
        }
    }

    private static void plannedLine(Drawing.Builder b, TrajectoryLine l, int first, int last,
                                    java.util.function.DoubleUnaryOperator xs, LinearScale ys, Texts tx) {
        List<Point> pts = new ArrayList<>();
        pts.add(new Point(xs.applyAsDouble(l.baselineYear()), ys.px(l.baselinePercent().doubleValue())));
        pts.add(new Point(xs.applyAsDouble(l.targetYear()), ys.px(l.targetPercent().doubleValue())));
        if (last > l.targetYear()) {
            pts.add(new Point(xs.applyAsDouble(last), ys.px(l.targetPercent().doubleValue())));
        }
        b.add(new Shape(List.of(pts), false, Style.dashed(LINE, 2, 6, 4), new Meta(tx.legendLine() + ": "
                + l.baselineYear() + " " + tx.pct(HtmlPage.official(l.baselinePercent())) + " → " + l.targetYear() + " "
                + tx.pct(HtmlPage.official(l.targetPercent())), Map.of("series", "line"))));
        double tx0 = xs.applyAsDouble(l.targetYear());
        double ty0 = ys.px(l.targetPercent().doubleValue());
        b.add(Legend.diamond(tx0, ty0, 7, TARGET, new Meta(tx.legendTarget(l.targetYear()) + ": "
                + tx.pct(HtmlPage.official(l.targetPercent())), Map.of("series", "target",
                "year", Integer.toString(l.targetYear()), "value", l.targetPercent().toPlainString()))));
        b.add(Label.of(tx0, ty0 - 12, tx.pct(HtmlPage.official(l.targetPercent())), 12, Label.Anchor.MIDDLE, TARGET)
                .emphasised());
    }

    private static void measuredSeries(Drawing.Builder b, ReportData d, List<double[]> measured,
                                       java.util.function.DoubleUnaryOperator xs, LinearScale ys, Texts tx,
                                       ChartFont font) {
        List<Point> pts = new ArrayList<>();
        for (double[] m : measured) {
            pts.add(new Point(xs.applyAsDouble(m[0]), ys.px(m[1])));
        }
        if (pts.size() > 1) {
            b.add(Shape.line(pts, Style.stroke(MEASURED, 2.5)));
        }
        for (int i = 0; i < measured.size(); i++) {
            int year = (int) measured.get(i)[0];
            Figure c = d.run().city(year).orElseThrow().coverage();
            b.add(new Dot(pts.get(i).x(), pts.get(i).y(), 4.5, Style.fill(MEASURED).outlined(0xFFFFFF, 1.5),
                    new Meta(tx.legendMeasured() + " " + year + ": " + tx.pct(c.rounded(2)),
                            Map.of("series", "measured", "year", Integer.toString(year), "value", c.text()))));
        }
        if (!pts.isEmpty()) {
            Point p = pts.get(pts.size() - 1);
            Figure c = d.run().city((int) measured.get(measured.size() - 1)[0]).orElseThrow().coverage();
            String text = tx.pct(c.rounded(2));
            double w = font.width(text, 13, true);
            // a white plate under the value keeps the planned line from crossing it
            b.add(Shape.rect(p.x() - 10 - w, p.y() + 7, w + 4, 17, Style.fill(0xFFFFFF, 0.85), Meta.NONE));
            b.add(Label.of(p.x() - 8, p.y() + 20, text, 13, Label.Anchor.END, MEASURED).emphasised());
        }
    }
}
