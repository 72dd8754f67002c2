package org.forestcoverage.raster;

/**
 * What a band is: 1-based index, pixel type, nodata value ({@code null} when the file has none) and the
 * file's internal block size in pixels (reads aligned with it decode each block once).
 */
public record BandInfo(int index, PixelType type, Double nodata, int blockWidth, int blockHeight, String description)
        implements java.io.Serializable {
}
