package org.forestcoverage.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forestcoverage.catalog.CatalogEntry;
import org.forestcoverage.catalog.CatalogException;
import org.forestcoverage.catalog.CatalogScenes;
import org.forestcoverage.definition.CalibrationFile;
import org.forestcoverage.definition.DefinitionChoice;
import org.forestcoverage.plan.AnalysisPlan;
import org.forestcoverage.plan.ScenePlan;
import org.forestcoverage.plan.YearPlan;
import org.forestcoverage.provenance.FileChecksum;
import org.forestcoverage.provenance.RunRecord;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.scene.ManifestReader;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.scene.WaterSource;

/**
 * What {@code analyze} records in {@code run.json} about its inputs: every input file with its SHA-256 (scene bands,
 * metadata, manifest, districts, trajectory), per scene what it was read with, and the settings. Files taken from the
 * catalogue must still have the checksums recorded when they were catalogued. Stateless.
 */
final class Provenance {
    private Provenance() {
    }

    /** The run's record with its settings, before any file is read. */
    static RunRecord start(JobConfig c, List<String> commandLine) {
        // a PG: connection string may carry a password: never into run.json
        RunRecord r = new RunRecord(commandLine.stream().map(a -> a.replaceAll("password=\\S+", "password=***"))
                .toList());
        r.setting("threshold_ndvi", c.thresholdNdvi());
        r.setting("zones", c.zones().label());
        r.setting("composite", c.composite());
        r.setting("resampling", c.resampling());
        r.setting("tile_size_px", c.tileSize());
        r.setting("grid_crs", c.gridCrs());
        r.setting("pixel_size", c.pixelSize());
        r.setting("districts_id_field", c.idField());
        r.setting("districts_crs", c.districtsCrs());
        r.setting("districts_gcj02", c.districtInput().gcj02());
        r.setting("invalid_districts", c.districtInput().refuseInvalid() ? "refuse" : "repair");
        r.setting("cloud_buffer_m", c.cloudBufferM() == null ? "each sensor's default" : c.cloudBufferM());
        r.setting("harmonise", c.harmonise());
        r.setting("season", c.season());
        DefinitionChoice d = c.definition() == null ? DefinitionChoice.DEFAULT : c.definition();
        r.setting("definition", d.nameOrFile());
        r.setting("calibrations", d.calibrations().stream().map(f -> f.toAbsolutePath().toString()).toList());
        r.setting("mmu_ha", d.mmuHa() == null ? null : d.mmuHa().toPlainString());
        r.setting("mmu_connectivity", d.connectivity());
        r.setting("denominator", d.denominator() == null ? null : d.denominator().toString());
        // how the run was made, not what decides its numbers
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("maps", c.writeMaps());
        run.put("partitions", c.partitions());
        run.put("master", c.master());
        if (c.catalog() != null) {
            run.put("catalog", c.catalog().location().startsWith("PG:") ? "PG:(connection string not recorded)"
                    : Path.of(c.catalog().location()).toAbsolutePath().toString());
            run.put("catalog_filter", c.catalog().filter().describe());
        }
        r.section("run_options", run);
        return r;
    }

    /**
     * Takes the checksum of every input file once, records it, and returns them by absolute path.
     *
     * @throws CatalogException naming the file when a catalogued file changed since it was catalogued
     */
    static Map<String, FileChecksum> inputs(RunRecord r, JobConfig c, Manifest scenes, CatalogScenes selected) {
        Map<String, FileChecksum> sums = new LinkedHashMap<>();
        if (selected != null) {
            for (CatalogEntry e : selected.used()) {
                for (FileChecksum was : e.files()) {
                    FileChecksum now = take(r, sums, "product " + e.productId(), Path.of(was.path()));
                    if (!now.sha256().equals(was.sha256())) {
                        throw new CatalogException(was.path() + ": changed since it was catalogued (SHA-256 was "
                                + was.sha256() + ", is " + now.sha256() + "); remove the product and add it again");
                    }
                }
            }
        } else if (c.manifest() != null) {
            take(r, sums, "manifest", c.manifest());
            for (Path m : ManifestReader.metadataFiles(c.manifest())) {
                take(r, sums, "scene metadata", m);
            }
        }
        List<String> remote = new ArrayList<>();
        for (SceneSpec s : scenes.scenes()) {
            List<String> read = new ArrayList<>(s.bands().stream().map(BandRef::path).toList());
            if (s.water() instanceof WaterSource.Layer l && l.kind() == WaterSource.LayerKind.VECTOR) {
                read.add(l.path());
            }
            for (String path : read) {
                if (BandRef.isRemote(path)) {
                    remote.add(path);
                } else {
                    take(r, sums, "scene " + s.year() + " " + s.id(), Path.of(path));
                }
            }
        }
        take(r, sums, "districts", c.districts());
        DefinitionChoice d = c.definition() == null ? DefinitionChoice.DEFAULT : c.definition();
        if (Files.isRegularFile(Path.of(d.nameOrFile()))) {
            take(r, sums, "forest definition", Path.of(d.nameOrFile()));
        }
        for (Path f : d.calibrations()) {
            Path file = CalibrationFile.file(f);
            if (Files.isRegularFile(file)) {
                take(r, sums, "calibration", file);
            }
        }
        if (c.trajectory() != null) {
            take(r, sums, "trajectory", c.trajectory());
        }
        if (c.definition() != null) {
            c.definition().ruleFiles().forEach((name, file) -> take(r, sums, "rule layer " + name, file));
        }
        if (!remote.isEmpty()) {
            r.section("remote_inputs_not_checksummed", remote);
        }
        return sums;
    }

    private static FileChecksum take(RunRecord r, Map<String, FileChecksum> sums, String role, Path file) {
        String key = file.toAbsolutePath().normalize().toString();
        FileChecksum known = sums.get(key);
        if (known != null) {
            return known;
        }
        FileChecksum f;
        try {
            f = FileChecksum.of(file);
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        sums.put(key, f);
        r.input(role, f);
        return f;
    }

    /**
     * Per scene: the preset, bands, scaling, nodata, mask rule, water source, cloud buffer, cross-sensor harmonisation
     * and the NDVI threshold of its year, as the plan resolved them.
     */
    static void scenes(RunRecord r, Manifest scenes, AnalysisPlan plan) {
        Map<String, ScenePlan> planned = new HashMap<>();
        Map<Integer, YearPlan> years = new HashMap<>();
        for (YearPlan y : plan.years()) {
            years.put(y.year(), y);
            y.scenes().forEach(s -> planned.put(y.year() + "/" + s.id(), s));
        }
        for (SceneSpec s : scenes.scenes()) {
            ScenePlan p = planned.get(s.year() + "/" + s.id());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", s.year());
            m.put("id", s.id());
            m.put("preset", s.sensor());
            m.put("red", band(s.red(), s.redCalibration()));
            m.put("nir", band(s.nir(), s.nirCalibration()));
            m.put("nodata", s.nodata() == null ? "each band's own" : s.nodata());
            m.put("quality", s.quality() == null ? null : Map.of("file", s.quality().band().path(),
                    "band", s.quality().band().band(), "mask_rule", s.quality().rule().toString()));
            m.put("scaling_source", s.provenance().scaling());
            m.put("mask_source", s.provenance().mask());
            m.put("water_source", s.provenance().water());
            if (p != null) {
                m.put("cloud_buffer_m", p.buffer() == null ? 0.0 : p.buffer().metres());
                m.put("harmonisation", p.harmonised() == null ? "none" : p.harmonised().describe());
                m.put("threshold_ndvi", years.get(s.year()).classifier().threshold().ndvi());
            } else {
                // left out by the season window or the catalogue's filters: read by nothing
                m.put("used", false);
            }
            r.scene(m);
        }
    }

    private static Map<String, Object> band(BandRef b, Calibration cal) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", b.path());
        m.put("band", b.band());
        m.put("scaling", Map.of("scale", cal.scale(), "offset", cal.offset(),
                "rule", "reflectance = DN x scale + offset"));
        return m;
    }
}
