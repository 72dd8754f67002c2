package org.forestcoverage.qa;

/**
 * A plot's NDVI (as composited for the plot's pixel, dimensionless) and its reference label, the input of
 * {@link ThresholdCalibration}. {@code ndvi} is NaN when the pixel was unobserved (cloud, nodata).
 *
 * @param plotId    the plot id
 * @param ndvi      NDVI in [-1, 1], or NaN when unobserved
 * @param reference the ground label
 * @param design    how the plot was drawn (stratum, cluster, inclusion probability), as far as known
 */
public record NdviPlot(String plotId, double ndvi, ForestLabel reference, PlotDesign design) {

    /** A plot without design information. */
    public NdviPlot(String plotId, double ndvi, ForestLabel reference) {
        this(plotId, ndvi, reference, PlotDesign.NONE);
    }

    public NdviPlot {
        if (plotId == null || reference == null) {
            throw new IllegalArgumentException("plot id and reference label are required, got " + plotId + ", "
                    + reference);
        }
        if (design == null) {
            design = PlotDesign.NONE;
        }
        if (!Double.isNaN(ndvi) && !(ndvi >= -1 && ndvi <= 1)) {
            throw new IllegalArgumentException("NDVI " + ndvi + " of plot " + plotId + " is outside [-1, 1]");
        }
    }

    public boolean observed() {
        return !Double.isNaN(ndvi);
    }
}
