package org.forestcoverage.scene;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.forestcoverage.grid.Extent;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.raster.BandInfo;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.raster.RasterException;

/**
 * Checks of a scene against what the driver read from its headers, before any tile is read: each catches input that
 * would otherwise give a silent wrong answer (issue 10). Pure functions over {@link SceneSpec}, {@link BandInfo},
 * {@link GridSpec} and extents; they read nothing. Integer and floating-point (Float32, Float64) bands are accepted
 * alike.
 *
 * <pre>{@code
 * SceneChecks.distinctBands(spec);
 * SceneChecks.nodataFits(spec, spec.red(), redInfo);
 * SceneChecks.extentNote(spec, redGrid, nirGrid).ifPresent(warnings::println);
 * List<String> lines = SceneChecks.districtCoverage(scenes, footprintsInGridCrs, districtExtents, "EPSG:32650");
 * }</pre>
 *
 * <p>Problems are {@link RasterException}s naming the file. Thread-safe.
 */
public final class SceneChecks {
    private SceneChecks() {
    }

    /** Refuses red and NIR on the same band of the same file: NDVI would be 0 everywhere. */
    public static void distinctBands(SceneSpec s) {
        if (s.red().band() == s.nir().band() && samePath(s.red().path(), s.nir().path())) {
            throw new RasterException(s.red().path(), "scene " + s.id() + " (" + s.year() + ") reads red and NIR from"
                    + " the same band " + s.red().band() + ": NDVI would be 0 everywhere; give NIR its own band");
        }
    }

    private static boolean samePath(String a, String b) {
        if (BandRef.isRemote(a) || BandRef.isRemote(b)) {
            return a.equals(b);
        }
        return java.nio.file.Path.of(a).toAbsolutePath().normalize().equals(java.nio.file.Path.of(b).toAbsolutePath().normalize());
    }

    /**
     * Refuses a nodata value that band {@code ref} of type {@code info.type()} cannot hold (a fraction or a value
     * out of range on an integer band): it would never match, and nodata pixels would count as observed. The value
     * checked is the scene's stated nodata, else the file's own. Floating-point bands hold any value (and NaN).
     */
    public static void nodataFits(SceneSpec s, BandRef ref, BandInfo info) {
        Double nd = s.nodata() != null ? s.nodata() : info.nodata();
        PixelType t = info.type();
        if (nd == null || t.isFloating()) {
            return;
        }
        double min = t.isUnsigned() ? 0 : -Math.pow(2, 8 * t.bytes() - 1);
        double max = t.isUnsigned() ? Math.pow(2, 8 * t.bytes()) - 1 : Math.pow(2, 8 * t.bytes() - 1) - 1;
        if (Double.isNaN(nd) || nd != Math.rint(nd) || nd < min || nd > max) {
            throw new RasterException(ref.path(), String.format(Locale.ROOT, "nodata %s (%s) cannot occur in band %d,"
                    + " whose type %s holds whole numbers %.0f..%.0f: it would never match, and nodata pixels would count as"
                    + " observed; state the value the band really uses for nodata", plain(nd),
                    s.nodata() != null ? "stated for scene " + s.id() : "the file's own", ref.band(), typeName(t), min, max));
        }
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String typeName(PixelType t) {
        return switch (t) {
            case BYTE -> "Byte";
            case INT16 -> "Int16";
            case UINT16 -> "UInt16";
            default -> t.name();
        };
    }

    /**
     * A note when red and NIR cover different extents (beyond half a pixel; bands in different CRSs are not
     * compared): only where both have data is a pixel observed.
     */
    public static Optional<String> extentNote(SceneSpec s, GridSpec red, GridSpec nir) {
        if (!red.crsWkt().equals(nir.crsWkt())) {
            return Optional.empty();
        }
        double tolerance = 0.5 * Math.max(Math.max(red.pixelWidth(), red.pixelHeight()),
                Math.max(nir.pixelWidth(), nir.pixelHeight()));
        Extent r = Extent.of(red);
        Extent n = Extent.of(nir);
        if (r.sameAs(n, tolerance)) {
            return Optional.empty();
        }
        return Optional.of("note: scene " + s.id() + " (" + s.year() + "): red " + fileName(s.red().path()) + " covers "
                + r + " but NIR " + fileName(s.nir().path()) + " covers " + n + "; pixels outside either are unobserved");
    }

    /**
     * Which scenes cover none of the districts. A year whose every scene misses them is refused (its rows would all
     * be n/a); a scene that misses them while others of its year do not gets a warning line, returned.
     *
     * @param footprints each scene's extent in the grid CRS, in the order of {@code scenes}; {@code null} where it
     *                   could not be computed (such a scene is assumed to cover the districts)
     * @param districts  each district's extent in the grid CRS
     * @param crs        the grid CRS's name, for messages
     */
    public static List<String> districtCoverage(List<SceneSpec> scenes, List<Extent> footprints, List<Extent> districts,
                                                String crs) {
        Extent all = union(districts);
        Map<Integer, List<Integer>> missingByYear = new LinkedHashMap<>();
        Map<Integer, Integer> perYear = new LinkedHashMap<>();
        for (int i = 0; i < scenes.size(); i++) {
            int year = scenes.get(i).year();
            perYear.merge(year, 1, Integer::sum);
            Extent f = footprints.get(i);
            if (f != null && districts.stream().noneMatch(f::overlaps)) {
                missingByYear.computeIfAbsent(year, y -> new ArrayList<>()).add(i);
            }
        }
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : missingByYear.entrySet()) {
            List<Integer> missing = e.getValue();
            if (missing.size() == perYear.get(e.getKey())) {
                SceneSpec s = scenes.get(missing.get(0));
                throw new RasterException(s.red().path(), (missing.size() == 1 ? "scene " + s.id() + " covers no"
                        + " district: it covers " : "none of the " + missing.size() + " scenes of " + e.getKey() + " ("
                        + ids(scenes, missing) + ") covers a district: the first covers ") + footprints.get(missing.get(0))
                        + ", the districts " + all + " (" + crs + "), so every district would be n/a in " + e.getKey()
                        + "; check the scene's georeferencing and CRS, or the districts'");
            }
            for (int i : missing) {
                SceneSpec s = scenes.get(i);
                warnings.add("warning: scene " + s.id() + " (" + s.year() + ", " + fileName(s.red().path()) + ") covers "
                        + footprints.get(i) + ", none of the districts " + all + " (" + crs + "): it adds nothing to "
                        + s.year());
            }
        }
        return warnings;
    }

    private static String ids(List<SceneSpec> scenes, List<Integer> which) {
        return String.join(", ", which.stream().map(i -> scenes.get(i).id()).toList());
    }

    private static Extent union(List<Extent> extents) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Extent e : extents) {
            minX = Math.min(minX, e.minX());
            minY = Math.min(minY, e.minY());
            maxX = Math.max(maxX, e.maxX());
            maxY = Math.max(maxY, e.maxY());
        }
        return new Extent(minX, minY, maxX, maxY);
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return path.substring(slash + 1);
    }
}
