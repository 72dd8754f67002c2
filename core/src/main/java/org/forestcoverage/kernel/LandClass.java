package org.forestcoverage.kernel;

/**
 * Per-pixel classes of the forest map, as stored in the forest-class GeoTIFF (Byte). Masked pixels are
 * {@link #UNOBSERVED}, never non-forest.
 */
public final class LandClass {
    public static final byte UNOBSERVED = 0;
    public static final byte NON_FOREST = 1;
    public static final byte FOREST = 2;
    public static final byte WATER = 3;
    /** Number of classes; class codes are {@code 0 .. COUNT - 1}. */
    public static final int COUNT = 4;

    private LandClass() {
    }

    /**
     * The class of a pixel, the one rule for every kernel: unobserved when there is no valid observation, else water
     * when the quality band says so, else forest or non-forest by the threshold.
     */
    public static byte of(boolean observed, boolean water, boolean forest) {
        return !observed ? UNOBSERVED : water ? WATER : forest ? FOREST : NON_FOREST;
    }

    /**
     * The classes of a forest-map tile: {@code values} (row-major, {@code window.width()} per row, unsigned) into
     * {@code classes}.
     *
     * @throws IllegalArgumentException naming the pixel (in the map) when a value is not a land class
     */
    public static void fromMap(org.forestcoverage.grid.PixelWindow window, short[] values, byte[] classes) {
        int n = (int) window.pixelCount();
        for (int i = 0; i < n; i++) {
            int v = values[i] & 0xFFFF;
            if (v >= COUNT) {
                throw new IllegalArgumentException("pixel (col " + (window.col() + i % window.width()) + ", row "
                        + (window.row() + i / window.width()) + ") has value " + v
                        + ", not a land class (0 unobserved, 1 non-forest, 2 forest, 3 water)");
            }
            classes[i] = (byte) v;
        }
    }

    public static String name(int code) {
        return switch (code) {
            case UNOBSERVED -> "unobserved";
            case NON_FOREST -> "non-forest";
            case FOREST -> "forest";
            case WATER -> "water";
            default -> throw new IllegalArgumentException("no land class " + code);
        };
    }
}
