package org.forestcoverage.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The one font of the report's page, SVG and PNG files: a TrueType font (glyph outlines in a {@code glyf} table, a
 * {@code .ttf} or the first face of a {@code .ttc}) with Chinese glyphs. Java2D measures and draws text with it for
 * the PNG files and for laying out labels; pages and SVG files embed {@link #subset} of it, holding only the
 * characters they use, so they render the same text on a machine without the font and without network.
 *
 * <pre>{@code
 * ChartFont font = ChartFont.system();                  // Debian's WenQuanYi Micro Hei unless FOREST_REPORT_FONT says
 * double w = font.width("北京 44.96 %", 14, false);       // pixels
 * byte[] ttf = font.subset("北京 44.96 %");               // a valid TrueType font of those glyphs
 * }</pre>
 *
 * <p>The font is looked up in {@link #ENV} (a path), then in {@link #CANDIDATES} (Debian's {@code fonts-wqy-microhei},
 * {@code fonts-wqy-zenhei}, {@code fonts-droid-fallback}), else {@link #system()} fails naming the package to
 * install. Thread-safe.
 */
public final class ChartFont {
    /** Environment variable naming a TrueType font file to use instead of the system's. */
    public static final String ENV = "FOREST_REPORT_FONT";
    /** Font files tried in order (Debian packages fonts-wqy-microhei, fonts-wqy-zenhei, fonts-droid-fallback). */
    public static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));
    /** The family name pages and SVG files give the embedded font. */
    public static final String FAMILY = "ForestReport";

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static volatile ChartFont system;

    private final Path file;
    private final Font font;
    private final TrueTypeFont ttf;

    private ChartFont(Path file, Font font, TrueTypeFont ttf) {
        this.file = file;
        this.font = font;
        this.ttf = ttf;
    }

    /** The font of {@link #ENV} or the first of {@link #CANDIDATES} present, loaded once per JVM. */
    public static ChartFont system() {
        ChartFont f = system;
        if (f == null) {
            synchronized (ChartFont.class) {
                if (system == null) {
                    system = load(locate());
                }
                f = system;
            }
        }
        return f;
    }

    private static Path locate() {
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env);
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException(ENV + "=" + env + ": file not found");
            }
            return p;
        }
        for (Path p : CANDIDATES) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("the report needs a TrueType font with Chinese glyphs and none was found ("
                + CANDIDATES + "): install Debian's fonts-wqy-microhei (sudo apt-get install fonts-wqy-microhei;"
                + " scripts/setup.sh does) or set " + ENV + " to a .ttf/.ttc file");
    }

    /** Loads a TrueType font file ({@code .ttf}, or the first face of a {@code .ttc}). */
    public static ChartFont load(Path file) {
        try {
            Font[] faces = Font.createFonts(file.toFile());
            TrueTypeFont ttf;
            if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
                List<TrueTypeFont> all = new ArrayList<>();
                new TrueTypeCollection(file.toFile()).processAllFonts(all::add);
                ttf = all.get(0);
            } else {
                ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            }
            if (ttf.getGlyph() == null) {
                throw new IllegalStateException(file + ": has no TrueType outlines (glyf table); use a .ttf/.ttc font");
            }
            return new ChartFont(file, faces[0], ttf);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the font: " + e.getMessage(), e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(file + ": not a font Java can use: " + e.getMessage(), e);
        }
    }

    /** The font file. */
    public Path file() {
        return file;
    }

    /** The Java2D font at {@code size} pixels (synthetic bold when the face has none). */
    public Font awt(double size, boolean bold) {
        return font.deriveFont(bold ? Font.BOLD : Font.PLAIN, (float) size);
    }

    /** Advance width of {@code text} at {@code size} pixels. */
    public double width(String text, double size, boolean bold) {
        return awt(size, bold).getStringBounds(text, FRC).getWidth();
    }

    /** The characters of {@code text} (other than line breaks) this font has no glyph for; empty when it has all. */
    public String missing(String text) {
        Set<Integer> out = new TreeSet<>();
        text.codePoints().filter(c -> c >= 0x20 && !font.canDisplay(c)).forEach(out::add);
        StringBuilder sb = new StringBuilder();
        out.forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /**
     * A TrueType font with the glyphs of the characters of {@code text} plus printable ASCII, for embedding (base64)
     * in a page or an SVG file. Characters the font lacks are left out (see {@link #missing}).
     */
    public synchronized byte[] subset(String text) {
        try {
            TTFSubsetter s = new TTFSubsetter(ttf, List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
                    "hmtx", "fpgm", "gasp", "OS/2", "name", "post", "cmap"));
            for (int c = 0x20; c < 0x7F; c++) {
                s.add(c);
            }
            text.codePoints().filter(c -> c >= 0x20).forEach(s::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot subset the font: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return font.getFontName(java.util.Locale.ROOT) + " (" + file + ")";
    }
}
