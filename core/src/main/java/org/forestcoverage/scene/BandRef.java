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

    /**
     * True when {@code location} is not a local file: a GDAL virtual file system path ({@code /vsicurl/...},
     * {@code /vsis3/...}) or a URL. Such inputs are read through GDAL, not checksummed or resolved against a folder.
     */
    public static boolean isRemote(String location) {
        return location.startsWith("/vsi") || location.contains("://");
    }

    @Override
    public String toString() {
        return path + "#" + band;
    }
}
