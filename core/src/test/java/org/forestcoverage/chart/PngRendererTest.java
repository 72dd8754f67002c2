package org.forestcoverage.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG painter against hand-placed marks: fills, holes, strokes, pictures and Chinese text. */
class PngRendererTest {
    private static BufferedImage render(Drawing d, double scale) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(PngRenderer.render(d, ChartFont.system(), scale)));
    }

    private static int rgb(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) & 0xFFFFFF;
    }

    @Test
    void aPolygonWithAHoleIsFilledAroundTheHoleOnWhite() throws Exception {
        Drawing d = Drawing.builder(40, 20, "t").add(new Shape(List.of(
                List.of(new Point(0, 0), new Point(20, 0), new Point(20, 20), new Point(0, 20)),
                List.of(new Point(5, 5), new Point(15, 5), new Point(15, 15), new Point(5, 15))), true,
                Style.fill(0xff0000), Meta.NONE)).build();
        BufferedImage img = render(d, 2);
        assertEquals(80, img.getWidth());
        assertEquals(40, img.getHeight());
        assertEquals(0xff0000, rgb(img, 4, 4));      // drawing (2, 2): in the ring
        assertEquals(0xffffff, rgb(img, 20, 20));    // drawing (10, 10): in the hole
        assertEquals(0xffffff, rgb(img, 60, 20));    // drawing (30, 10): outside
    }

    @Test
    void aPictureIsStretchedWithoutBlendingItsPixels() throws Exception {
        BufferedImage two = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        two.setRGB(0, 0, 0x1a7a3a);
        two.setRGB(1, 0, 0x3f83c4);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(two, "png", png);
        BufferedImage img = render(Drawing.builder(20, 10, "t")
                .add(new Picture(0, 0, 20, 10, png.toByteArray(), Meta.NONE)).build(), 1);
        assertEquals(0x1a7a3a, rgb(img, 9, 5));
        assertEquals(0x3f83c4, rgb(img, 10, 5));
    }

    @Test
    void chineseTextIsDrawnInTheFont() throws Exception {
        Drawing d = Drawing.builder(120, 40, "t").add(Label.of(10, 30, "森林覆盖率", 20, Label.Anchor.START, 0)).build();
        BufferedImage img = render(d, 1);
        int dark = 0;
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 120; x++) {
                dark += (rgb(img, x, y) & 0xff) < 128 ? 1 : 0;
            }
        }
        // five 20 px CJK glyphs are ~100 px wide; they ink a good share of their box, a missing-glyph box far less
        assertTrue(ChartFont.system().missing("森林覆盖率").isEmpty());
        assertTrue(dark > 300, dark + " dark pixels");
        double w = ChartFont.system().width("森林覆盖率", 20, false);
        assertEquals(100, w, 1, "a CJK glyph is one em wide");
    }
}
