package org.forestcoverage.sensor;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises scaled-integer products by their band file names, so that their digital numbers are never read as
 * reflectance by mistake. Package-private helper of the presets.
 */
final class ProductNames {
    /** Landsat Collection 2 surface reflectance: {@code LC08_L2SP_..._SR_B4.TIF}. */
    private static final Pattern LANDSAT_SR = Pattern.compile("(?i).*_SR_B(\\d{1,2})(\\.[a-z0-9]+)?");
    /** Landsat Level-1 products: {@code LC08_L1TP_..._B4.TIF} (C1/C2), {@code LC80200392015216LGN00_B4.TIF}. */
    private static final Pattern LANDSAT_L1 = Pattern.compile(
            "(?i)(L[COTEM]0\\d_L1\\w{2}_\\d{6}_\\d{8}_\\d{8}_\\d{2}_\\w{2}|L[COTEM]\\d{14}\\w{3}\\d{2})_B(\\d{1,2})"
                    + "(\\.[a-z0-9]+)?");
    /** Sentinel-2: {@code T50TMK_20220601T030541_B04_10m.jp2}, {@code B04.tif} (AWS COGs), {@code ..._B8A.jp2}. */
    private static final Pattern SENTINEL2 = Pattern.compile(
            "(?i)(.*_)?B(0[1-9]|1[0-2]|8A)(_\\d{2}m)?\\.(jp2|tif|tiff)");
    /** Landsat product id prefix: sensor letter and mission, e.g. {@code LC08}, {@code LT05}, {@code LE07}. */
    private static final Pattern LANDSAT_MISSION = Pattern.compile("(?i)L[COTEM]0?(\\d)[_\\d].*");

    private ProductNames() {
    }

    static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    /** The SR band number of a Landsat C2 L2 band file, if its name says so. */
    static Optional<Integer> landsatSrBand(String path) {
        Matcher m = LANDSAT_SR.matcher(fileName(path));
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The Landsat mission number (4, 5, 7, 8, 9) from a product-id-like file name. */
    static Optional<Integer> landsatMission(String path) {
        Matcher m = LANDSAT_MISSION.matcher(fileName(path));
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /**
     * Why reading this file as reflectance without scaling would be wrong, or empty when its name is not one of a
     * known scaled-integer product.
     */
    static Optional<String> scaledProduct(String path) {
        String name = fileName(path);
        if (LANDSAT_SR.matcher(name).matches()) {
            return Optional.of("its name looks like a Landsat Collection 2 Level-2 surface-reflectance band (_SR_B*), "
                    + "whose digital numbers are reflectance = DN x 0.0000275 - 0.2: a true NDVI of 0.75 comes out "
                    + "near 0.375 on raw DN (use sensor landsat-c2-l2 or landsat-c2-l2-tm, or state scale 2.75e-5 and "
                    + "offset -0.2)");
        }
        if (LANDSAT_L1.matcher(name).matches()) {
            return Optional.of("its name looks like a Landsat Level-1 band, whose digital numbers need its MTL's "
                    + "rescaling (use sensor landsat-l1-toa with 'metadata' the scene's *_MTL.txt, which turns "
                    + "reflectance or radiance rescaling of any MTL format into TOA reflectance; for Landsat 8/9 OLI "
                    + "bands without the MTL state scale 2.0E-05 and offset -0.1)");
        }
        if (SENTINEL2.matcher(name).matches()) {
            return Optional.of("its name looks like a Sentinel-2 L2A band (B04, B08...), whose digital numbers are "
                    + "reflectance = (DN + BOA_ADD_OFFSET) / 10000 with BOA_ADD_OFFSET = -1000 from processing "
                    + "baseline 04.00: NDVI on raw DN is biased (use sensor sentinel-2-l2a, or state scale 1e-4 and "
                    + "offset -0.1 from baseline 04.00, offset 0 before)");
        }
        return Optional.empty();
    }
}
