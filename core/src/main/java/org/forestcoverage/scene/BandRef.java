package org.forestcoverage.scene;

import java.io.Serializable;

/** One band of one raster file: a GDAL-openable path and a 1-based band index. */
public record BandRef(String path, int band) implements Serializable {
    public BandRef {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("band path is empty");
        }
        if (band < 1) {
            throw new IllegalArgumentException(path + ": band index must be >= 1, got " + band);
        }
    }

    @Override
    public String toString() {
        return path + "#" + band;
    }
}
