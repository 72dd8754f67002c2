package org.forestcoverage.scene;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the analysis needs to know about one scene of one year: where its red, NIR and optional quality bands
 * are, how digital numbers scale to reflectance, which value is nodata, where water comes from, and the record of
 * which sources decided all that.
 *
 * @param id         a name for messages and reports (e.g. the Landsat product id)
 * @param year       the analysis year the scene belongs to
 * @param sensor     preset name that produced this spec ({@code generic}, {@code landsat-c2-l2}, ...)
 * @param nodata     raw nodata value for red and NIR, or {@code null} to use each band's own nodata from the file
 * @param quality    quality band, or {@code null} when the scene has none
 * @param water      water besides the quality band's flag ({@link WaterSource#NONE} for none)
 * @param provenance the scaling, mask and water sources in words, for the run's record
 * @param acquired   the acquisition date (UTC) the product's metadata states (Landsat MTL {@code DATE_ACQUIRED}, STAC
 *                   {@code datetime}, Sentinel-2 {@code PRODUCT_START_TIME}), or {@code null} when it states none (then
 *                   {@link SceneDates} looks in the names)
 */
public record SceneSpec(String id, int year, String sensor, BandRef red, BandRef nir,
                        Calibration redCalibration, Calibration nirCalibration, Double nodata,
                        QualityBand quality, WaterSource water, SceneProvenance provenance, LocalDate acquired)
        implements Serializable {

    public SceneSpec {
        if (water == null || provenance == null) {
            throw new IllegalArgumentException("scene " + id + ": water source and provenance must be given (use "
                    + "WaterSource.NONE)");
        }
    }

    /** A scene without a water source besides its quality band, its provenance described from its fields. */
    public SceneSpec(String id, int year, String sensor, BandRef red, BandRef nir, Calibration redCalibration,
                     Calibration nirCalibration, Double nodata, QualityBand quality) {
        this(id, year, sensor, red, nir, redCalibration, nirCalibration, nodata, quality, WaterSource.NONE,
                new SceneProvenance(stated(redCalibration, nirCalibration), quality == null ? "none"
                        : "quality band " + quality.band() + ": " + quality.rule(),
                        quality == null ? "none" : "quality band " + quality.band()), null);
    }

    /** The same scene with another quality band, water source and provenance. */
    public SceneSpec with(QualityBand quality, WaterSource water, SceneProvenance provenance) {
        return new SceneSpec(id, year, sensor, red, nir, redCalibration, nirCalibration, nodata, quality, water,
                provenance, acquired);
    }

    /** The same scene acquired on {@code date} (UTC; {@code null}: unknown). */
    public SceneSpec acquiredOn(LocalDate date) {
        return new SceneSpec(id, year, sensor, red, nir, redCalibration, nirCalibration, nodata, quality, water,
                provenance, date);
    }

    /** Every band a task reads for this scene: red, NIR, the quality band and the water source's bands. */
    public List<BandRef> bands() {
        List<BandRef> b = new ArrayList<>(List.of(red, nir));
        if (quality != null) {
            b.add(quality.band());
        }
        if (water instanceof WaterSource.Index i) {
            b.addAll(List.of(i.green(), i.other()));
        } else if (water instanceof WaterSource.Layer l && l.kind() == WaterSource.LayerKind.RASTER) {
            b.add(new BandRef(l.path(), l.band()));
        }
        return List.copyOf(b);
    }

    /** {@code reflectance = DN x s + o} for red and NIR, for a record of stated calibrations. */
    public static String stated(Calibration red, Calibration nir) {
        return red.equals(nir) ? "stated: reflectance = DN x " + red.scale() + " + " + red.offset()
                : "stated per band: red DN x " + red.scale() + " + " + red.offset() + ", NIR DN x " + nir.scale()
                + " + " + nir.offset();
    }
}
