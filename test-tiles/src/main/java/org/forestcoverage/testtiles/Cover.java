package org.forestcoverage.testtiles;

/**
 * What a pixel of a synthetic product shows, with the top-of-atmosphere-like reflectance of each band (unitless):
 * forest (NDVI 0.82, MNDWI -0.36), non-forest (NDVI 0.25, MNDWI -0.35), water (NDVI -0.33, MNDWI 0.71, NDWI 0.5), cloud
 * (bright in every band, NDVI 0: its quality band masks it) and no data (every band 0 = fill). The values are far
 * from the thresholds (NDVI 0.6, water index 0), so the class is known whatever scaling rounding does.
 */
public enum Cover {
    FOREST(0.07, 0.04, 0.40, 0.15),
    NON_FOREST(0.12, 0.15, 0.25, 0.25),
    WATER(0.06, 0.04, 0.02, 0.01),
    CLOUD(0.50, 0.50, 0.50, 0.45),
    NODATA(0, 0, 0, 0);

    private final double green;
    private final double red;
    private final double nir;
    private final double swir;

    Cover(double green, double red, double nir, double swir) {
        this.green = green;
        this.red = red;
        this.nir = nir;
        this.swir = swir;
    }

    public double green() {
        return green;
    }

    public double red() {
        return red;
    }

    public double nir() {
        return nir;
    }

    public double swir() {
        return swir;
    }
}
