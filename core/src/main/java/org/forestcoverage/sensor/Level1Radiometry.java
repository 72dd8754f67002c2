package org.forestcoverage.sensor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.forestcoverage.scene.Calibration;

/**
 * Top-of-atmosphere reflectance of Landsat Level-1 bands from what their MTL holds, whatever its age. Package-private
 * helper of the {@code landsat-l1-toa} preset.
 *
 * <pre>{@code
 * Level1Radiometry r = new Level1Radiometry(mtl, 7, true, "scene x");
 * Calibration red = r.band(3).calibration();   // reflectance = DN x scale + offset
 * String how = r.describe(List.of(3, 4));       // for the run's record
 * }</pre>
 *
 * <p>Sources, first found wins, per band {@code n}:
 * <ol>
 * <li><b>reflectance rescaling</b> {@code REFLECTANCE_MULT_BAND_n}, {@code REFLECTANCE_ADD_BAND_n} (Landsat 8/9 from
 *     2013; Landsat 4-7 in Collection 1 and 2): {@code rho = (M DN + A) / sin(SUN_ELEVATION)} (USGS, "Using the USGS
 *     Landsat Level-1 data product");</li>
 * <li><b>radiance rescaling</b> {@code RADIANCE_MULT_BAND_n}, {@code RADIANCE_ADD_BAND_n} (Landsat 4-7 MTLs of
 *     2012-2016), or {@code LMAX_BANDn}, {@code LMIN_BANDn}, {@code QCALMAX_BANDn}, {@code QCALMIN_BANDn} (the MTLs
 *     before 2012) or their 2012 names {@code RADIANCE_MAXIMUM/MINIMUM_BAND_n}, {@code QUANTIZE_CAL_MAX/MIN_BAND_n}:
 *     {@code L = (LMAX - LMIN) / (QCALMAX - QCALMIN) (DN - QCALMIN) + LMIN}, then
 *     {@code rho = pi L d^2 / (ESUN cos(solar zenith))} (Chander, Markham and Helder 2009, eq. 1-2 and Table 2 for
 *     ESUN: {@link SolarIrradiance}), with {@code d} from {@code EARTH_SUN_DISTANCE}, else from the acquisition date
 *     ({@link EarthSunDistance}), and the solar zenith {@code 90 - SUN_ELEVATION}.</li>
 * </ol>
 * Both are linear in DN, so each band gets one {@link Calibration}. Without the sun-elevation correction the
 * reflectances of all bands share the factor {@code sin(SUN_ELEVATION)}, which NDVI and the water indices cancel.
 * Immutable and thread-safe.
 */
final class Level1Radiometry {
    /** One band's scaling and how it was found. */
    record Band(int number, Calibration calibration, Method method, String keys) {
    }

    /** How a band's reflectance was found. */
    enum Method { REFLECTANCE_RESCALING, RADIANCE_TO_TOA }

    private final MtlFile mtl;
    private final int mission;
    private final boolean sunCorrection;
    private final String ctx;
    private final String group;

    /**
     * @param mission       Landsat mission number (4, 5, 7, 8, 9)
     * @param sunCorrection divide by the sine of the sun elevation (the cosine of the solar zenith)
     * @param ctx           names the scene in messages
     */
    Level1Radiometry(MtlFile mtl, int mission, boolean sunCorrection, String ctx) {
        this.mtl = mtl;
        this.mission = mission;
        this.sunCorrection = sunCorrection;
        this.ctx = ctx;
        this.group = mtl.has("LEVEL1_RADIOMETRIC_RESCALING.RADIANCE_MULT_BAND_1")
                || mtl.has("LEVEL1_RADIOMETRIC_RESCALING.REFLECTANCE_MULT_BAND_1")
                ? "LEVEL1_RADIOMETRIC_RESCALING" : "RADIOMETRIC_RESCALING";
    }

    /**
     * The scaling of band {@code n}.
     *
     * @throws SensorException when the MTL has none of the sources, or a value is out of range; the message says what
     *                         the MTL lacks and what to state instead
     */
    Band band(int n) {
        if (!has(n)) {
            throw missing(n);
        }
        Optional<String> mult = mtl.firstKey(group + ".REFLECTANCE_MULT_BAND_" + n, "REFLECTANCE_MULT_BAND_" + n);
        Optional<String> add = mtl.firstKey(group + ".REFLECTANCE_ADD_BAND_" + n, "REFLECTANCE_ADD_BAND_" + n);
        if (mult.isPresent() && add.isPresent()) {
            double s = sunFactor();
            return new Band(n, new Calibration(mtl.number(mult.get()) / s, mtl.number(add.get()) / s),
                    Method.REFLECTANCE_RESCALING, "REFLECTANCE_MULT/ADD_BAND_" + n);
        }
        double[] radiance = radiance(n);
        double esun = SolarIrradiance.esun(mission, n).orElseThrow(() -> new SensorException(ctx + ": MTL "
                + mtl.source() + " has only radiance rescaling for band " + n + " of Landsat " + mission + ", for "
                + "which no published ESUN exists to turn radiance into reflectance" + oliHint()));
        double d = earthSunDistance();
        double k = Math.PI * d * d / (esun * sunFactor());
        return new Band(n, new Calibration(k * radiance[0], k * radiance[1]), Method.RADIANCE_TO_TOA,
                radianceKeys(n) + ", ESUN " + plain(esun));
    }

    /** True when the MTL has reflectance or radiance rescaling for band {@code n}. */
    boolean has(int n) {
        boolean reflectance = mtl.firstKey(group + ".REFLECTANCE_MULT_BAND_" + n, "REFLECTANCE_MULT_BAND_" + n)
                .isPresent() && mtl.firstKey(group + ".REFLECTANCE_ADD_BAND_" + n, "REFLECTANCE_ADD_BAND_" + n)
                .isPresent();
        return reflectance || radiance(n) != null;
    }

    /** The refusal for a band the MTL has no rescaling for: what is missing and what to state. */
    SensorException missing(int n) {
        return new SensorException(ctx + ": MTL " + mtl.source() + " has no reflectance or radiance rescaling for "
                + "band " + n + " (neither REFLECTANCE_MULT/ADD_BAND_" + n + " nor RADIANCE_MULT/ADD_BAND_" + n
                + " nor LMAX/LMIN_BAND" + n + " with QCALMAX/QCALMIN_BAND" + n + "): it is not a complete Level-1 "
                + "MTL; give the scene's *_MTL.txt as delivered, or state the band's scaling in the manifest, e.g. "
                + "\"red\": {\"file\": ..., \"scale\": ..., \"offset\": ...}" + oliHint());
    }

    private String oliHint() {
        return mission >= 8 ? "; for Landsat 8/9 OLI Level-1 bands state 'scale' 2.0E-05 and 'offset' -0.1 (the OLI "
                + "reflectance rescaling of every scene; NDVI needs no sun-elevation correction)" : "";
    }

    /** {@code {mult, add}} of radiance, or null when the MTL has no radiance rescaling for band {@code n}. */
    private double[] radiance(int n) {
        Optional<String> mult = mtl.firstKey(group + ".RADIANCE_MULT_BAND_" + n, "RADIANCE_MULT_BAND_" + n);
        Optional<String> add = mtl.firstKey(group + ".RADIANCE_ADD_BAND_" + n, "RADIANCE_ADD_BAND_" + n);
        if (mult.isPresent() && add.isPresent()) {
            return new double[] {mtl.number(mult.get()), mtl.number(add.get())};
        }
        for (String[] k : List.of(
                new String[] {"LMAX_BAND" + n, "LMIN_BAND" + n, "QCALMAX_BAND" + n, "QCALMIN_BAND" + n},
                new String[] {"RADIANCE_MAXIMUM_BAND_" + n, "RADIANCE_MINIMUM_BAND_" + n, "QUANTIZE_CAL_MAX_BAND_" + n,
                        "QUANTIZE_CAL_MIN_BAND_" + n})) {
            if (mtl.has(k[0]) && mtl.has(k[1]) && mtl.has(k[2]) && mtl.has(k[3])) {
                double lmax = mtl.number(k[0]);
                double lmin = mtl.number(k[1]);
                double qmax = mtl.number(k[2]);
                double qmin = mtl.number(k[3]);
                if (!(qmax > qmin) || !(lmax > lmin)) {
                    throw new SensorException(ctx + ": MTL " + mtl.source() + ": band " + n + " has " + k[0] + " "
                            + plain(lmax) + ", " + k[1] + " " + plain(lmin) + ", " + k[2] + " " + plain(qmax) + ", "
                            + k[3] + " " + plain(qmin) + "; the maxima must exceed the minima");
                }
                double gain = (lmax - lmin) / (qmax - qmin);
                return new double[] {gain, lmin - gain * qmin};
            }
        }
        return null;
    }

    private String radianceKeys(int n) {
        if (mtl.firstKey(group + ".RADIANCE_MULT_BAND_" + n, "RADIANCE_MULT_BAND_" + n).isPresent()) {
            return "RADIANCE_MULT/ADD_BAND_" + n;
        }
        return mtl.has("LMAX_BAND" + n) ? "LMAX/LMIN_BAND" + n + ", QCALMAX/QCALMIN_BAND" + n
                : "RADIANCE_MAXIMUM/MINIMUM_BAND_" + n + ", QUANTIZE_CAL_MAX/MIN_BAND_" + n;
    }

    /** The sine of the sun elevation (cosine of the solar zenith), or 1 without the correction. */
    private double sunFactor() {
        if (!sunCorrection) {
            return 1;
        }
        double elevation = sunElevation();
        return Math.sin(Math.toRadians(elevation));
    }

    private double sunElevation() {
        if (!mtl.has("SUN_ELEVATION")) {
            throw new SensorException(ctx + ": MTL " + mtl.source() + " has no SUN_ELEVATION; give the scene's MTL as "
                    + "delivered, or set 'sunElevationCorrection' false (NDVI does not need it)");
        }
        double elevation = mtl.number("SUN_ELEVATION");
        if (!(elevation > 0 && elevation <= 90)) {
            throw new SensorException(ctx + ": MTL " + mtl.source() + ": SUN_ELEVATION " + elevation + " is not in "
                    + "(0, 90] degrees; switch sunElevationCorrection off or state scale/offset");
        }
        return elevation;
    }

    /** {@code EARTH_SUN_DISTANCE} when the MTL has it, else the distance on the acquisition date. */
    private double earthSunDistance() {
        if (mtl.has("EARTH_SUN_DISTANCE")) {
            double d = mtl.number("EARTH_SUN_DISTANCE");
            if (!(d > 0.98 && d < 1.02)) {
                throw new SensorException(ctx + ": MTL " + mtl.source() + ": EARTH_SUN_DISTANCE " + d + " AU is not "
                        + "in 0.98..1.02 (the Earth's orbit)");
            }
            return d;
        }
        return EarthSunDistance.au(acquisitionDate());
    }

    private LocalDate acquisitionDate() {
        return LandsatMtl.acquired(mtl, ctx).orElseThrow(() -> new SensorException(ctx + ": MTL " + mtl.source()
                + " has neither EARTH_SUN_DISTANCE nor an acquisition date (DATE_ACQUIRED, ACQUISITION_DATE), which the"
                + " Earth-Sun distance of radiance-to-reflectance needs"));
    }

    /**
     * One line for the run's record: the method, keys, ESUN, Earth-Sun distance and sun elevation behind
     * {@code bands}.
     */
    String describe(List<Band> bands) {
        List<String> parts = new ArrayList<>();
        boolean radiance = bands.stream().anyMatch(b -> b.method() == Method.RADIANCE_TO_TOA);
        boolean reflectance = bands.stream().anyMatch(b -> b.method() == Method.REFLECTANCE_RESCALING);
        StringBuilder s = new StringBuilder();
        if (reflectance) {
            s.append("TOA reflectance from the MTL's reflectance rescaling");
        }
        if (radiance) {
            s.append(reflectance ? "; " : "").append("TOA reflectance from radiance, rho = pi L d^2 / (ESUN cos(solar "
                    + "zenith)) with ESUN from Chander et al. 2009 Table 2");
        }
        for (Band b : bands) {
            parts.add(b.keys());
        }
        s.append(" (").append(String.join("; ", parts));
        if (radiance) {
            s.append("; d = ").append(String.format(Locale.ROOT, "%.7f", earthSunDistance())).append(" AU from ")
                    .append(mtl.has("EARTH_SUN_DISTANCE") ? "EARTH_SUN_DISTANCE" : "the acquisition date "
                            + acquisitionDate() + " (Spencer 1971)");
        }
        if (sunCorrection) {
            s.append("; SUN_ELEVATION ").append(plain(sunElevation())).append(" deg");
        } else {
            s.append("; no sun-elevation correction");
        }
        return s.append(")").toString();
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
