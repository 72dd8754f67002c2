package org.forestcoverage.sensor;

import java.util.Locale;
import org.forestcoverage.scene.CrossSensor;
import org.forestcoverage.scene.SceneSpec;

/**
 * The instrument a scene was taken with, as far as harmonisation needs it, from what the scene already carries: its
 * sensor preset and the product id's spacecraft prefix ({@code LC08}/{@code LC09} OLI, {@code LE07} ETM+,
 * {@code LT04}/{@code LT05} TM, {@code S2A}/{@code S2B} MSI). Generic rasters and Level-1 TOA scenes are
 * {@link #UNKNOWN} for harmonisation (the published transforms are for surface reflectance).
 *
 * <pre>{@code
 * SensorFamily f = SensorFamily.of(scene);          // e.g. ETM
 * CrossSensor c = f.toOli();                        // Roy et al. 2016, or null for OLI and UNKNOWN
 * }</pre>
 */
public enum SensorFamily {
    OLI("OLI"), ETM("ETM+/TM"), MSI_A("MSI (Sentinel-2A)"), MSI_B("MSI (Sentinel-2B)"), UNKNOWN("unknown");

    private final String label;

    SensorFamily(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The family's code in the yearly {@code sensor_YEAR.tif} maps: 1 OLI .. 5 unknown (0 there is no observation). */
    public int mapCode() {
        return ordinal() + 1;
    }

    /** The scene's family from its preset and id. */
    public static SensorFamily of(SceneSpec s) {
        String id = s.id() == null ? "" : s.id().toUpperCase(Locale.ROOT);
        String sensor = s.sensor() == null ? "" : s.sensor();
        if (sensor.equals(SensorPreset.LANDSAT_C2_L2.id())) {
            return OLI;
        }
        if (sensor.equals(SensorPreset.LANDSAT_C2_L2_TM.id())) {
            return ETM;
        }
        if (sensor.equals(SensorPreset.SENTINEL_2_L2A.id())) {
            return id.startsWith("S2B") ? MSI_B : MSI_A;
        }
        return UNKNOWN;
    }

    /**
     * Preference of this sensor in best-available-pixel scores: 1 for OLI and MSI, 0.5 for ETM+/TM (ETM+'s scan-line
     * gaps since 2003, TM's lower radiometric quality) and unknown sensors.
     */
    public double bapPreference() {
        return this == OLI || this == MSI_A || this == MSI_B ? 1 : 0.5;
    }

    /** The transform of this family's red and NIR to OLI's, or {@code null} for OLI itself and unknown sensors. */
    public CrossSensor toOli() {
        return switch (this) {
            case ETM -> CrossSensor.ETM_TO_OLI;
            case MSI_A -> CrossSensor.MSI_A_TO_OLI;
            case MSI_B -> CrossSensor.MSI_B_TO_OLI;
            case OLI, UNKNOWN -> null;
        };
    }
}
