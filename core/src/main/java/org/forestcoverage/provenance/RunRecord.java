package org.forestcoverage.provenance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code run.json}: where every figure of an output folder came from. The tool's version (git commit), the Java,
 * Spark, GDAL and PROJ versions, the command line, every input file with its SHA-256 and role, per scene what the
 * plan used (preset, scaling, nodata, mask rule, harmonisation), the settings, the stage timings and, for
 * incremental runs, how many tile-years were computed and how many reused. Filled in as the run goes; not
 * thread-safe.
 *
 * <pre>{@code
 * RunRecord r = new RunRecord(List.of(args));
 * r.version("gdal", "3.6.2");
 * r.input("red band", FileChecksum.of(path));
 * r.write(out.resolve("run.json"));
 * }</pre>
 */
public final class RunRecord {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Map<String, Object> root = new LinkedHashMap<>();
    private final Map<String, Object> versions = new LinkedHashMap<>();
    private final List<Map<String, Object>> inputs = new ArrayList<>();
    private final List<Map<String, Object>> scenes = new ArrayList<>();
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final Map<String, Double> stages = new LinkedHashMap<>();
    private final Map<String, Object> extra = new LinkedHashMap<>();

    /** A record of a run started now with this command line (the arguments after {@code forest}). */
    public RunRecord(List<String> commandLine) {
        ToolVersion v = ToolVersion.current();
        root.put("tool", Map.of("name", "forest-coverage", "commit", v.commit(), "uncommitted_changes", v.dirty()));
        root.put("versions", versions);
        root.put("command_line", List.copyOf(commandLine));
        root.put("started_utc", Instant.now().toString());
        versions.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                + System.getProperty("java.vendor") + ")");
    }

    /** A component's version ({@code spark}, {@code gdal}, {@code proj}...). */
    public void version(String component, String version) {
        versions.put(component, version);
    }

    /** An input file with its checksum and its role ({@code "scene 2021 LC08_... red"}, {@code "districts"}...). */
    public void input(String role, FileChecksum file) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", role);
        m.put("path", file.path());
        m.put("bytes", file.bytes());
        m.put("sha256", file.sha256());
        inputs.add(m);
    }

    /** What the plan used for one scene (keys as given: preset, scaling, mask rule...). */
    public void scene(Map<String, Object> facts) {
        scenes.add(new LinkedHashMap<>(facts));
    }

    /** A setting that affects the results. */
    public void setting(String name, Object value) {
        settings.put(name, value);
    }

    /** The settings recorded so far, as text (for the year history's comparison). */
    public Map<String, String> settingsText() {
        Map<String, String> m = new LinkedHashMap<>();
        settings.forEach((k, v) -> m.put(k, String.valueOf(v)));
        return m;
    }

    /** A finished stage and its wall time in seconds. */
    public void stage(String name, double seconds) {
        stages.merge(name, seconds, Double::sum);
    }

    /** Any other top-level section ({@code tile_years}, {@code catalog}...). */
    public void section(String name, Object value) {
        extra.put(name, value);
    }

    /** Writes the record as it stands, finished now. */
    public void write(Path file) {
        Map<String, Object> out = new LinkedHashMap<>(root);
        out.put("finished_utc", Instant.now().toString());
        out.put("inputs", inputs);
        out.put("scenes", scenes);
        out.put("settings", settings);
        out.put("stage_seconds", stages);
        out.putAll(extra);
        try {
            JSON.writeValue(file.toFile(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
