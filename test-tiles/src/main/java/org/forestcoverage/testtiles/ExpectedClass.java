package org.forestcoverage.testtiles;

/**
 * The truth rule of every synthetic data set, in exact integer arithmetic: a pixel is {@link #UNOBSERVED} when
 * either band holds the nodata value or {@code RED + NIR == 0}, else {@link #FOREST} when {@code NIR >= 4 * RED}
 * (NDVI &gt;= 0.6 on offset-free, non-negative data; the tie is forest), else {@link #NON_FOREST}. Values are the raw
 * stored values as {@code int} (UInt16 already widened to 0..65535), so no 16-bit sum or product can overflow.
 */
public enum ExpectedClass {
    FOREST, NON_FOREST, UNOBSERVED;

    /** Class of one pixel; {@code nodata} is compared with the raw values. */
    public static ExpectedClass of(int red, int nir, int nodata) {
        if (red == nodata || nir == nodata || (long) red + nir == 0) {
            return UNOBSERVED;
        }
        return (long) nir >= 4L * red ? FOREST : NON_FOREST;
    }
}
