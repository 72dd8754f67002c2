package org.forestcoverage.raster;

import java.util.Arrays;
import java.util.Locale;

/**
 * How reflectance is resampled when a scene must be warped onto the analysis grid, by GDAL's names. Quality bands
 * are always {@link #NEAR}, so that every quality value reaches the mask rule unchanged.
 */
public enum Resampling {
    NEAR, BILINEAR, CUBIC, CUBICSPLINE, LANCZOS, AVERAGE;

    /** GDAL's name ({@code near}, {@code bilinear}, ...). */
    public String gdalName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The method named {@code name} (GDAL's spelling), or an {@link IllegalArgumentException} naming the choices. */
    public static Resampling parse(String name) {
        for (Resampling r : values()) {
            if (r.gdalName().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("--resampling must be one of "
                + Arrays.stream(values()).map(Resampling::gdalName).toList() + ", got " + name);
    }
}
