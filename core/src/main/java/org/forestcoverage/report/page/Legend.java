package org.forestcoverage.report.page;

import java.util.List;
import org.forestcoverage.chart.ChartFont;
import org.forestcoverage.chart.Dot;
import org.forestcoverage.chart.Drawing;
import org.forestcoverage.chart.Label;
import org.forestcoverage.chart.Meta;
import org.forestcoverage.chart.Point;
import org.forestcoverage.chart.Shape;
import org.forestcoverage.chart.Style;

/**
 * A one-line legend of swatches and their words, wrapped onto further lines when it is wider than the space given.
 * Used by the trajectory chart and the map previews.
 */
final class Legend {
    /** How an item's swatch is drawn. */
    enum Swatch { LINE, DASHED, BAND, DOT, HOLLOW_DOT, SQUARE, DIAMOND, BOX }

    /** One legend entry. */
    record Item(Swatch swatch, int rgb, String text) {
    }

    static final double SIZE = 12;
    private static final double LINE_HEIGHT = 18;
    private static final double SWATCH_WIDTH = 22;

    private Legend() {
    }

    /**
     * Adds the items from ({@code x}, {@code y}) (the first line's baseline) and returns the baseline below the last
     * line.
     */
    static double draw(Drawing.Builder b, List<Item> items, double x, double y, double maxWidth, ChartFont font) {
        double cx = x;
        double cy = y;
        for (Item it : items) {
            double w = SWATCH_WIDTH + 6 + font.width(it.text(), SIZE, false) + 16;
            if (cx > x && cx + w > x + maxWidth) {
                cx = x;
                cy += LINE_HEIGHT;
            }
            swatch(b, it, cx, cy - 4);
            b.add(Label.of(cx + SWATCH_WIDTH + 6, cy, it.text(), SIZE, Label.Anchor.START, 0x333333));
            cx += w;
        }
        return cy + LINE_HEIGHT;
    }

    private static void swatch(Drawing.Builder b, Item it, double x, double midY) {
        double r = SWATCH_WIDTH;
        switch (it.swatch()) {
            case LINE -> b.add(Shape.line(List.of(new Point(x, midY), new Point(x + r, midY)), Style.stroke(it.rgb(), 2.5)));
            case DASHED -> b.add(Shape.line(List.of(new Point(x, midY), new Point(x + r, midY)),
                    Style.dashed(it.rgb(), 2, 5, 3)));
            case BAND -> b.add(Shape.rect(x, midY - 6, r, 12, Style.fill(it.rgb(), 0.25), Meta.NONE));
            case DOT -> b.add(new Dot(x + r / 2, midY, 4, Style.fill(it.rgb()), Meta.NONE));
            case HOLLOW_DOT -> b.add(new Dot(x + r / 2, midY, 4, Style.fill(0xFFFFFF).outlined(it.rgb(), 2), Meta.NONE));
            case SQUARE -> b.add(Shape.rect(x + r / 2 - 4, midY - 4, 8, 8, Style.fill(0xFFFFFF).outlined(it.rgb(), 2),
                    Meta.NONE));
            case DIAMOND -> b.add(diamond(x + r / 2, midY, 6, it.rgb(), Meta.NONE));
            case BOX -> b.add(Shape.rect(x + 4, midY - 7, 14, 14, Style.fill(it.rgb()).outlined(0x777777, 0.5),
                    Meta.NONE));
        }
    }

    static Shape diamond(double x, double y, double r, int rgb, Meta meta) {
        return Shape.polygon(List.of(new Point(x, y - r), new Point(x + r, y), new Point(x, y + r), new Point(x - r, y)),
                Style.fill(rgb).outlined(0xFFFFFF, 1), meta);
    }
}
