package org.forestcoverage.scene;

import java.io.Serializable;

/**
 * Everything the analysis needs to know about one scene of one year: where its red, NIR and optional
 * quality bands are, how digital numbers scale to reflectance, and which value is nodata.
 *
 * @param id        a name for messages and reports (e.g. the Landsat product id)
 * @param year      the analysis year the scene belongs to
 * @param sensor    preset name that produced this spec ({@code generic}, {@code landsat-c2-l2}, ...)
 * @param nodata    raw nodata value for red and NIR, or {@code null} to use each band's own nodata from the file
 * @param quality   quality band, or {@code null} when the scene has none
 */
public record SceneSpec(String id, int year, String sensor, BandRef red, BandRef nir,
                        Calibration redCalibration, Calibration nirCalibration, Double nodata,
                        QualityBand quality) implements Serializable {
}
