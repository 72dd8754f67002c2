package org.forestcoverage.chart;

/**
 * A line of text whose baseline starts, is centred or ends at ({@code x}, {@code y}), optionally rotated by
 * {@code rotateDeg} degrees (clockwise, about that point). Size in pixels. Immutable.
 */
public record Label(double x, double y, String text, double size, Anchor anchor, boolean bold, int rgb,
                    double rotateDeg, Meta meta) implements Mark {

    /** Where the point is along the text. */
    public enum Anchor { START, MIDDLE, END }

    public Label {
        meta = meta == null ? Meta.NONE : meta;
    }

    public static Label of(double x, double y, String text, double size, Anchor anchor, int rgb) {
        return new Label(x, y, text, size, anchor, false, rgb, 0, Meta.NONE);
    }

    public Label emphasised() {
        return new Label(x, y, text, size, anchor, true, rgb, rotateDeg, meta);
    }

    public Label rotated(double deg) {
        return new Label(x, y, text, size, anchor, bold, rgb, deg, meta);
    }

    public Label with(Meta m) {
        return new Label(x, y, text, size, anchor, bold, rgb, rotateDeg, m);
    }
}
