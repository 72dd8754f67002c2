package org.forestcoverage.job;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.forestcoverage.analysis.AnalysisPlan;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.DistrictReader;
import org.forestcoverage.io.gdal.GdalRaster;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.kernel.ForestClassifier;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.scene.ManifestReader;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.zones.CentreZoner;
import org.forestcoverage.zones.District;
import org.forestcoverage.zones.Zoner;

/**
 * The driver-side stages before any tile is read: load the scenes, read and reproject the districts, build
 * the analysis grid (the first scene's CRS and pixel lattice over the districts' extent, or the CRS and pixel
 * size given with {@code --grid-crs} / {@code --pixel-size}) and the plan. Scenes in another CRS or lattice are
 * warped onto the grid tile by tile ({@link org.forestcoverage.io.gdal.TileReader}).
 */
public final class AnalysisSetup {
    private AnalysisSetup() {
    }

    /** The scenes of the run, from the manifest or the single scene options. */
    public static Manifest scenes(JobConfig c) {
        if (c.manifest() != null) {
            if (!c.manifest().toFile().isFile()) {
                throw new IllegalArgumentException(c.manifest() + ": manifest not found");
            }
            return ManifestReader.read(c.manifest());
        }
        JobConfig.SingleScene s = c.scene();
        String path = s.file().toAbsolutePath().toString();
        Calibration cal = new Calibration(s.scale(), s.offset());
        return new Manifest(List.of(new SceneSpec(new File(path).getName(), s.year(), "generic",
                new BandRef(path, s.redBand()), new BandRef(path, s.nirBand()), cal, cal, s.nodata(), null)));
    }

    /** Checks every scene file up front (exists, opens, has the bands) so errors come before Spark starts. */
    public static GridSpec checkScenes(Manifest m) {
        GridSpec first = null;
        for (SceneSpec s : m.scenes()) {
            for (BandRef b : s.quality() == null ? List.of(s.red(), s.nir()) : List.of(s.red(), s.nir(), s.quality().band())) {
                try (GdalRaster r = GdalRaster.open(b.path())) {
                    r.band(b.band());
                    if (r.grid().crsWkt().isEmpty()) {
                        throw new org.forestcoverage.raster.RasterException(b.path(), "has no CRS");
                    }
                    if (first == null) {
                        first = r.grid();
                    }
                }
            }
        }
        return first;
    }

    /** The grid of every scene's red band, in manifest order. */
    public static List<GridSpec> sceneGrids(Manifest m) {
        List<GridSpec> grids = new ArrayList<>();
        for (SceneSpec s : m.scenes()) {
            try (GdalRaster r = GdalRaster.open(s.red().path())) {
                grids.add(r.grid());
            }
        }
        return grids;
    }

    /**
     * The CRS, pixel size and lattice anchor of the analysis grid, as an empty-extent template: the CRS is
     * {@code --grid-crs} or the first scene's; the pixel size {@code --pixel-size} or the first scene's (which
     * must then be in the same kind of units: both CRSs projected or both geographic); the lattice that of the
     * first scene in the grid CRS with that pixel size, so that its reads need no resampling, else multiples of
     * the pixel size from the CRS origin.
     *
     * @return a 0 x 0 grid whose origin is the lattice anchor
     */
    public static GridSpec lattice(JobConfig c, List<GridSpec> scenes) {
        GridSpec first = scenes.get(0);
        String wkt = c.gridCrs() == null ? first.crsWkt() : crsWkt(c.gridCrs());
        boolean sameCrs = Crs.same(wkt, first.crsWkt());
        double pw;
        double ph;
        if (c.pixelSize() != null) {
            pw = c.pixelSize();
            ph = c.pixelSize();
        } else if (sameCrs || Crs.isGeographic(wkt) == Crs.isGeographic(first.crsWkt())) {
            pw = first.pixelWidth();
            ph = first.pixelHeight();
        } else {
            throw new IllegalArgumentException("--grid-crs " + c.gridCrs() + " and the first scene's CRS ("
                    + Crs.label(first.crsWkt()) + ") measure in different units; give --pixel-size");
        }
        for (GridSpec g : scenes) {
            if (Math.abs(g.pixelWidth() / pw - 1) < 1e-9 && Math.abs(g.pixelHeight() / ph - 1) < 1e-9
                    && Crs.same(wkt, g.crsWkt())) {
                return new GridSpec(wkt, g.originX(), g.originY(), pw, ph, 0, 0);
            }
        }
        return new GridSpec(wkt, 0, 0, pw, ph, 0, 0);
    }

    private static String crsWkt(String definition) {
        try {
            return Crs.toWkt(definition);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--grid-crs: " + e.getMessage(), e);
        }
    }

    public static List<District> districts(JobConfig c, String gridWkt) {
        return DistrictReader.read(c.districts().toString(), c.idField(), c.nameField(), gridWkt, c.districtsCrs());
    }

    /** The analysis grid: the lattice of {@code sceneGrid} (CRS, pixel size, origin) snapped over the districts' extent. */
    public static GridSpec grid(GridSpec sceneGrid, List<District> districts) {
        org.locationtech.jts.geom.Envelope env = new org.locationtech.jts.geom.Envelope();
        for (District d : districts) {
            env.expandToInclude(d.geometry().getEnvelopeInternal());
        }
        return GridSpec.snapped(sceneGrid.crsWkt(), env.getMinX(), env.getMinY(), env.getMaxX(), env.getMaxY(),
                sceneGrid.pixelWidth(), sceneGrid.pixelHeight(), sceneGrid.originX(), sceneGrid.originY());
    }

    /** Area of one pixel per grid row, m2. */
    public static double[] rowAreas(GridSpec grid) {
        // projected grids: CRS linear unit squared; geographic grids: ellipsoidal area of each pixel row
        org.forestcoverage.coverage.PixelArea area = org.forestcoverage.coverage.PixelArea.of(grid);
        double[] a = new double[grid.height()];
        for (int r = 0; r < a.length; r++) {
            a[r] = area.rowAreaM2(r);
        }
        return a;
    }

    public static Zoner zoner(JobConfig c, GridSpec grid, List<District> districts) {
        return switch (c.zones()) {
            case CENTRE -> new CentreZoner(grid, districts);
            case FRACTIONAL -> new org.forestcoverage.zones.FractionalZoner(districts);
        };
    }

    public static Compositor compositor(String spec) {
        String s = spec.toLowerCase(java.util.Locale.ROOT);
        if (s.equals("max")) {
            return Compositor.max();
        } else if (s.equals("median")) {
            return Compositor.median();
        } else if (s.matches("p\\d+(\\.\\d+)?")) {
            return Compositor.percentile(Double.parseDouble(s.substring(1)));
        }
        throw new IllegalArgumentException("--composite must be max, median or pNN (e.g. p75), got " + spec);
    }

    public static AnalysisPlan plan(JobConfig c, Manifest m, GridSpec grid, List<District> districts, String mapsDir) {
        Map<Integer, List<SceneSpec>> byYear = m.byYear();
        return new AnalysisPlan(grid, c.tileSize(), new ArrayList<>(byYear.keySet()), byYear,
                new ForestClassifier(c.thresholdNdvi()), compositor(c.composite()), zoner(c, grid, districts),
                districts.size(), rowAreas(grid), org.forestcoverage.io.gdal.TileReader.checkResampling(c.resampling()),
                mapsDir);
    }
}
