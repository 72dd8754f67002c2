package org.forestcoverage.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ChartFontTest {
    @Test
    void theSubsetHasTheGlyphsAskedForAndNoOthers() throws Exception {
        ChartFont font = ChartFont.system();
        byte[] ttf = font.subset("北京市 forest 覆盖率 44.96 %");
        Font sub = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        assertEquals(-1, sub.canDisplayUpTo("北京市覆盖率 ABC xyz 0123456789 %.,()"));
        assertTrue(!sub.canDisplay('森'), "a character never asked for is left out");
        assertTrue(ttf.length * 20L < Files.size(font.file()), ttf.length + " bytes of " + Files.size(font.file()));
    }

    @Test
    void charactersTheFontLacksAreNamed() {
        // U+1F332 EVERGREEN TREE is an emoji, which a CJK text font does not draw
        assertEquals("\uD83C\uDF32", ChartFont.system().missing("森林 \uD83C\uDF32 forest"));
    }
}
