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
 * the analysis grid (the first scene's CRS and pixel lattice over the districts' extent) and the plan.
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

    public static List<District> districts(JobConfig c, String gridWkt) {
        return DistrictReader.read(c.districts().toString(), c.idField(), c.nameField(), gridWkt, c.districtsCrs());
    }

    /** The analysis grid: the scene lattice snapped over the districts' extent. */
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
                districts.size(), rowAreas(grid), c.resampling(), mapsDir);
    }
}
