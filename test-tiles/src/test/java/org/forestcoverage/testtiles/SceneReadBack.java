package org.forestcoverage.testtiles;

import java.nio.file.Path;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.GdalRaster;
import org.forestcoverage.raster.BandInfo;

/** A two-band scene read back from disk through GDAL, as raw int values (UInt16 widened). */
record SceneReadBack(GridSpec grid, BandInfo redInfo, BandInfo nirInfo, int[] red, int[] nir) {

    static SceneReadBack read(Path file) {
        try (GdalRaster r = GdalRaster.open(file.toString())) {
            GridSpec g = r.grid();
            int n = Math.toIntExact(g.pixelCount());
            return new SceneReadBack(g, r.band(1), r.band(2), band(r, 1, n), band(r, 2, n));
        }
    }

    private static int[] band(GdalRaster r, int band, int n) {
        short[] s = new short[n];
        r.read(band, r.grid().window(), s);
        boolean unsigned = r.band(band).type().isUnsigned();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = unsigned ? s[i] & 0xFFFF : s[i];
        }
        return out;
    }

    /** Truth class of pixel {@code i} under the given nodata. */
    ExpectedClass classAt(int i, int nodata) {
        return ExpectedClass.of(red[i], nir[i], nodata);
    }
}
