package org.forestcoverage.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart or map as vector marks on a {@code width} x {@code height} pixel canvas (origin top left, y down), with a
 * title for accessibility and file metadata. Marks are painted in order. Immutable; build one with {@link Builder}.
 *
 * <pre>{@code
 * Drawing.Builder b = Drawing.builder(640, 360, "Forest coverage");
 * b.add(Shape.line(List.of(new Point(40, 300), new Point(600, 60)), Style.stroke(0x1a7a3a, 2)));
 * String svg = SvgRenderer.standalone(b.build(), font);
 * }</pre>
 */
public record Drawing(double width, double height, String title, List<Mark> marks) {
    public Drawing {
        if (!(width > 0 && height > 0)) {
            throw new IllegalArgumentException("a drawing of " + width + " x " + height + " px");
        }
        marks = List.copyOf(marks);
    }

    public static Builder builder(double width, double height, String title) {
        return new Builder(width, height, title);
    }

    /** Every label's text, for choosing the glyphs to embed. */
    public String text() {
        StringBuilder sb = new StringBuilder(title);
        for (Mark m : marks) {
            if (m instanceof Label l) {
                sb.append(l.text());
            }
            sb.append(m.meta().title());
        }
        return sb.toString();
    }

    /** Collects marks; not thread-safe. */
    public static final class Builder {
        private final double width;
        private final double height;
        private final String title;
        private final List<Mark> marks = new ArrayList<>();

        private Builder(double width, double height, String title) {
            this.width = width;
            this.height = height;
            this.title = title;
        }

        public Builder add(Mark m) {
            marks.add(m);
            return this;
        }

        public Drawing build() {
            return new Drawing(width, height, title, marks);
        }
    }
}
