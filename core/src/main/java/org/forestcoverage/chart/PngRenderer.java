package org.forestcoverage.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * PNG image of a {@link Drawing}, painted with Java2D from the same marks as {@link SvgRenderer}, on a white
 * background, at {@code scale} device pixels per drawing pixel (2 for sharp slides). Text uses the {@link ChartFont}.
 * Needs no display (headless). Stateless and thread-safe.
 */
public final class PngRenderer {
    private PngRenderer() {
    }

    public static byte[] render(Drawing d, ChartFont font, double scale) {
        int w = (int) Math.ceil(d.width() * scale);
        int h = (int) Math.ceil(d.height() * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            for (Mark m : d.marks()) {
                if (m instanceof Shape s) {
                    paint(g, path(s), s.closed(), s.style());
                } else if (m instanceof Dot o) {
                    paint(g, new Ellipse2D.Double(o.x() - o.r(), o.y() - o.r(), 2 * o.r(), 2 * o.r()), true, o.style());
                } else if (m instanceof Label l) {
                    label(g, l, font);
                } else if (m instanceof Picture p) {
                    picture(g, p);
                }
            }
        } finally {
            g.dispose();
        }
        return encode(img);
    }

    /** The PNG file of an image (palette images stay palette PNGs). */
    public static byte[] encode(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode PNG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static Path2D path(Shape s) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (List<Point> ring : s.rings()) {
            for (int i = 0; i < ring.size(); i++) {
                if (i == 0) {
                    p.moveTo(ring.get(i).x(), ring.get(i).y());
                } else {
                    p.lineTo(ring.get(i).x(), ring.get(i).y());
                }
            }
            if (s.closed()) {
                p.closePath();
            }
        }
        return p;
    }

    private static void paint(Graphics2D g, java.awt.Shape shape, boolean fillable, Style st) {
        if (fillable && st.fill() != Style.NONE) {
            g.setColor(colour(st.fill(), st.fillOpacity()));
            g.fill(shape);
        }
        if (st.stroke() != Style.NONE && st.strokeWidth() > 0) {
            float[] dash = null;
            if (!st.dash().isEmpty()) {
                dash = new float[st.dash().size()];
                for (int i = 0; i < dash.length; i++) {
                    dash[i] = st.dash().get(i).floatValue();
                }
            }
            g.setStroke(new BasicStroke((float) st.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    dash, 0f));
            g.setColor(colour(st.stroke(), 1));
            g.draw(shape);
        }
    }

    private static void label(Graphics2D g, Label l, ChartFont font) {
        AffineTransform saved = g.getTransform();
        g.setFont(font.awt(l.size(), l.bold()));
        g.setColor(colour(l.rgb(), 1));
        if (l.rotateDeg() != 0) {
            g.rotate(Math.toRadians(l.rotateDeg()), l.x(), l.y());
        }
        double w = font.width(l.text(), l.size(), l.bold());
        double x = switch (l.anchor()) {
            case START -> l.x();
            case MIDDLE -> l.x() - w / 2;
            case END -> l.x() - w;
        };
        g.drawString(l.text(), (float) x, (float) l.y());
        g.setTransform(saved);
    }

    private static void picture(Graphics2D g, Picture p) {
        BufferedImage img;
        try {
            img = ImageIO.read(new ByteArrayInputStream(p.png()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode a picture: " + e.getMessage(), e);
        }
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        AffineTransform at = new AffineTransform();
        at.translate(p.x(), p.y());
        at.scale(p.width() / img.getWidth(), p.height() / img.getHeight());
        g.drawImage(img, at, null);
    }

    private static Color colour(int rgb, double opacity) {
        return new Color(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF, (int) Math.round(opacity * 255));
    }
}
