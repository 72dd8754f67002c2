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
