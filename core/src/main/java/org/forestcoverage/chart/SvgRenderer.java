package org.forestcoverage.chart;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SVG text of a {@link Drawing}: {@link #inline} for an HTML page (the page supplies the font), {@link #standalone}
 * for a {@code .svg} file that embeds the glyphs it uses and paints a white background, for slides. Coordinates are
 * written with two decimals. Stateless and thread-safe.
 */
public final class SvgRenderer {
    /** Font families after the embedded one, for SVG viewers that ignore embedded fonts. */
    static final String FALLBACK_FAMILIES = "'WenQuanYi Micro Hei', 'Microsoft YaHei', 'PingFang SC', "
            + "'Noto Sans CJK SC', sans-serif";

    private SvgRenderer() {
    }

    /** An {@code <svg>} element for inline use, with class {@code cssClass} and its title for screen readers. */
    public static String inline(Drawing d, String cssClass) {
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" class=\"").append(esc(cssClass)).append('"')
                .append(" viewBox=\"0 0 ").append(n(d.width())).append(' ').append(n(d.height())).append('"')
                .append(" width=\"").append(n(d.width())).append("\" height=\"").append(n(d.height())).append('"')
                .append(" role=\"img\" aria-label=\"").append(esc(d.title())).append("\">\n");
        body(d, sb);
        return sb.append("</svg>\n").toString();
    }

    /** A complete SVG file with the subset of {@code font} its text needs and a white background. */
    public static String standalone(Drawing d, ChartFont font) {
        String ttf = Base64.getEncoder().encodeToString(font.subset(d.text()));
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" viewBox=\"0 0 ").append(n(d.width())).append(' ').append(n(d.height())).append('"')
                .append(" width=\"").append(n(d.width())).append("\" height=\"").append(n(d.height())).append('"')
                .append(" font-family=\"").append(ChartFont.FAMILY).append(", ").append(FALLBACK_FAMILIES).append("\">\n")
                .append("<defs><style>@font-face{font-family:").append(ChartFont.FAMILY)
                .append(";src:url(data:font/ttf;base64,").append(ttf).append(") format('truetype');}</style></defs>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        body(d, sb);
        return sb.append("</svg>\n").toString();
    }

    private static void body(Drawing d, StringBuilder sb) {
        sb.append("<title>").append(esc(d.title())).append("</title>\n");
        for (Mark m : d.marks()) {
            if (m instanceof Shape s) {
                shape(s, sb);
            } else if (m instanceof Dot o) {
                sb.append("<circle cx=\"").append(n(o.x())).append("\" cy=\"").append(n(o.y()))
                        .append("\" r=\"").append(n(o.r())).append('"');
                style(o.style(), true, sb);
                close("circle", o.meta(), sb);
            } else if (m instanceof Label l) {
                label(l, sb);
            } else if (m instanceof Picture p) {
                sb.append("<image x=\"").append(n(p.x())).append("\" y=\"").append(n(p.y()))
                        .append("\" width=\"").append(n(p.width())).append("\" height=\"").append(n(p.height()))
                        .append("\" preserveAspectRatio=\"none\" style=\"image-rendering:pixelated\" xlink:href=\"")
                        .append("data:image/png;base64,").append(Base64.getEncoder().encodeToString(p.png())).append('"');
                close("image", p.meta(), sb);
            }
        }
    }

    private static void shape(Shape s, StringBuilder sb) {
        sb.append("<path d=\"");
        for (List<Point> ring : s.rings()) {
            for (int i = 0; i < ring.size(); i++) {
                sb.append(i == 0 ? 'M' : 'L').append(n(ring.get(i).x())).append(' ').append(n(ring.get(i).y()));
            }
            if (s.closed()) {
                sb.append('Z');
            }
        }
        sb.append('"');
        if (s.closed()) {
            sb.append(" fill-rule=\"evenodd\"");
        }
        style(s.style(), s.closed(), sb);
        close("path", s.meta(), sb);
    }

    private static void label(Label l, StringBuilder sb) {
        sb.append("<text x=\"").append(n(l.x())).append("\" y=\"").append(n(l.y())).append("\" font-size=\"")
                .append(n(l.size())).append('"');
        if (l.anchor() != Label.Anchor.START) {
            sb.append(" text-anchor=\"").append(l.anchor() == Label.Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        if (l.bold()) {
            sb.append(" font-weight=\"bold\"");
        }
        sb.append(" fill=\"").append(hex(l.rgb())).append('"');
        if (l.rotateDeg() != 0) {
            sb.append(" transform=\"rotate(").append(n(l.rotateDeg())).append(' ').append(n(l.x())).append(' ')
                    .append(n(l.y())).append(")\"");
        }
        data(l.meta(), sb);
        sb.append('>');
        if (!l.meta().title().isEmpty()) {
            sb.append("<title>").append(esc(l.meta().title())).append("</title>");
        }
        sb.append(esc(l.text())).append("</text>\n");
    }

    private static void style(Style st, boolean fillable, StringBuilder sb) {
        if (fillable && st.fill() != Style.NONE) {
            sb.append(" fill=\"").append(hex(st.fill())).append('"');
            if (st.fillOpacity() < 1) {
                sb.append(" fill-opacity=\"").append(n(st.fillOpacity())).append('"');
            }
        } else {
            sb.append(" fill=\"none\"");
        }
        if (st.stroke() != Style.NONE && st.strokeWidth() > 0) {
            sb.append(" stroke=\"").append(hex(st.stroke())).append("\" stroke-width=\"").append(n(st.strokeWidth()))
                    .append("\" stroke-linejoin=\"round\"");
            if (!st.dash().isEmpty()) {
                sb.append(" stroke-dasharray=\"");
                for (int i = 0; i < st.dash().size(); i++) {
                    sb.append(i == 0 ? "" : " ").append(n(st.dash().get(i)));
                }
                sb.append('"');
            }
        }
    }

    private static void close(String element, Meta meta, StringBuilder sb) {
        data(meta, sb);
        if (meta.title().isEmpty()) {
            sb.append("/>\n");
        } else {
            sb.append("><title>").append(esc(meta.title())).append("</title></").append(element).append(">\n");
        }
    }

    private static void data(Meta meta, StringBuilder sb) {
        for (Map.Entry<String, String> e : meta.data().entrySet()) {
            sb.append(" data-").append(e.getKey()).append("=\"").append(esc(e.getValue())).append('"');
        }
    }

    static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }

    /** A coordinate with at most two decimals, no trailing zeros. */
    static String n(double v) {
        long r = Math.round(v * 100);
        if (r % 100 == 0) {
            return Long.toString(r / 100);
        }
        String s = String.format(Locale.ROOT, "%.2f", r / 100.0);
        return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
    }

    /** XML text and attribute escaping. */
    public static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
