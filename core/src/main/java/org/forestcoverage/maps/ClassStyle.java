package org.forestcoverage.maps;

import java.util.Locale;

/**
 * How one class of a class map is shown: its code in the raster, its name (as in GDAL's category names and the
 * QGIS legend) and its colour. Immutable.
 *
 * @param code raster value
 * @param name category name, lower case English ({@code forest}, {@code non-forest}...)
 * @param rgb  colour as {@code 0xRRGGBB}
 */
public record ClassStyle(int code, String name, int rgb) {

    public ClassStyle {
        if (code < 0 || code > 255) {
            throw new IllegalArgumentException("class code " + code + " is not a Byte value");
        }
        if ((rgb & ~0xFFFFFF) != 0) {
            throw new IllegalArgumentException("colour " + Integer.toHexString(rgb) + " is not 0xRRGGBB");
        }
    }

    public int red() {
        return rgb >> 16 & 0xFF;
    }

    public int green() {
        return rgb >> 8 & 0xFF;
    }

    public int blue() {
        return rgb & 0xFF;
    }

    /** {@code #rrggbb}. */
    public String hex() {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }
}
