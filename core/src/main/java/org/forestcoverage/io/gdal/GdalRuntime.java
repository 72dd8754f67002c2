package org.forestcoverage.io.gdal;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.gdal.gdal.gdal;
import org.gdal.ogr.ogr;

/**
 * The one place that loads GDAL's natives, registers drivers, sets the block cache and checks that the
 * Java bindings jar matches the native library. Call {@link #ensure()} before any GDAL use; it is cheap
 * after the first call and safe from any thread.
 *
 * <p>GDAL's block cache ({@code GDAL_CACHEMAX}, MiB) lives outside the Java heap: it is set from the
 * system property {@code forest.gdal.cacheMiB} or the environment variable {@code GDAL_CACHEMAX}. Unset, it
 * is the sum of what the running tasks' tiles can fill ({@link #reserveCache}): the blocks of the tiles in flight, with
 * which the next tile of a task shares a column (plan.PlanBuilder), and a small cache keeps reusing the same, warm
 * memory (README, benchmarks). It must be counted in an executor's memory overhead.
 */
public final class GdalRuntime {
    private static volatile String nativeVersion;
    /** Block cache when neither {@code forest.gdal.cacheMiB} nor {@code GDAL_CACHEMAX} is set, MiB. */
    public static final int DEFAULT_CACHE_MIB = 8;

    private GdalRuntime() {
    }

    /** Loads and configures GDAL once; throws {@link GdalUnavailableException} with the fix when it cannot. */
    public static String ensure() {
        String v = nativeVersion;
        if (v != null) {
            return v;
        }
        synchronized (GdalRuntime.class) {
            if (nativeVersion == null) {
                nativeVersion = load();
            }
            return nativeVersion;
        }
    }

    private static String load() {
        try {
            System.loadLibrary("gdalalljni");
        } catch (UnsatisfiedLinkError e) {
            throw new GdalUnavailableException("cannot load libgdalalljni.so (" + e.getMessage()
                    + "); java.library.path=" + System.getProperty("java.library.path")
                    + ". Run scripts/setup.sh and put the directory it prints on java.library.path / LD_LIBRARY_PATH", e);
        }
        String version;
        try {
            gdal.AllRegister();
            ogr.RegisterAll();
            version = gdal.VersionInfo("RELEASE_NAME");
        } catch (UnsatisfiedLinkError e) {
            throw new GdalUnavailableException("libgdalalljni.so does not match the GDAL Java classes (" + e.getMessage()
                    + "); rebuild it with scripts/setup.sh for the installed libgdal", e);
        }
        String jar = jarVersion();
        if (jar != null && !majorMinor(jar).equals(majorMinor(version))) {
            throw new GdalUnavailableException("GDAL Java jar " + jar + " does not match native libgdal " + version
                    + ": their native signatures differ; pin org.gdal:gdal to " + majorMinor(version) + ".x");
        }
        gdal.UseExceptions();
        gdal.SetConfigOption("GDAL_CACHEMAX", cacheMiB());
        // Spark tasks read many windows of a few files: keep directory listings out of the hot path.
        gdal.SetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
        gdal.SetConfigOption("GDAL_NUM_THREADS", "1");
        // a GeoPackage writer (the scene catalogue, the results store) waits up to 60 s for another process's
        // transaction instead of failing at once
        gdal.SetConfigOption("OGR_SQLITE_PRAGMA", "busy_timeout=60000");
        return version;
    }

    static String cacheMiB() {
        String chosen = chosenCacheMiB();
        return chosen != null ? chosen : Integer.toString(DEFAULT_CACHE_MIB);
    }

    /** The block cache size the user set ({@code forest.gdal.cacheMiB}, else {@code GDAL_CACHEMAX}), or {@code null}. */
    private static String chosenCacheMiB() {
        String p = System.getProperty("forest.gdal.cacheMiB");
        if (p == null) {
            p = System.getenv("GDAL_CACHEMAX");
        }
        return p == null || p.isBlank() ? null : p.trim();
    }

    /** Bytes of block cache reserved by the tasks reading in this JVM now. */
    private static long reservedBytes;

    /**
     * Reserves {@code bytes} of GDAL's block cache for a task while it reads (what its tile in flight can fill), unless
     * the user set the cache's size: the cache is the sum over the tasks running in this executor, a quarter more for
     * blocks still cached from finished tiles, at least {@value #DEFAULT_CACHE_MIB} MiB and at most 1 GiB. So an
     * executor's cache follows its busy task slots (its cores), not the machine's processors. Close the reservation
     * when the task ends.
     */
    public static CacheReservation reserveCache(long bytes) {
        ensure();
        synchronized (GdalRuntime.class) {
            reservedBytes += bytes;
            applyCache();
        }
        return new CacheReservation(bytes);
    }

    /** A task's share of the block cache; closing it gives the share back. */
    public static final class CacheReservation implements AutoCloseable {
        private long bytes;

        private CacheReservation(long bytes) {
            this.bytes = bytes;
        }

        @Override
        public void close() {
            synchronized (GdalRuntime.class) {
                reservedBytes -= bytes;
                bytes = 0;
                applyCache();
            }
        }
    }

    /** The block cache size now, bytes. */
    public static long cacheBytes() {
        ensure();
        return gdal.GetCacheMax();
    }

    private static void applyCache() {
        if (chosenCacheMiB() != null) {
            return;
        }
        long want = Math.max((long) DEFAULT_CACHE_MIB << 20, Math.min(reservedBytes * 5 / 4, 1L << 30));
        if (want != gdal.GetCacheMax()) {
            gdal.SetCacheMax((int) want);
        }
    }

    /**
     * Opens {@code path} and decodes the block at its centre on the calling thread, then closes it, ignoring any
     * failure (bad input is reported by the stages that read it). GDAL sets up per-thread state on a thread's
     * first open and read (its PROJ context, which opens proj.db, and the allocator's arena), which a warm-up on an
     * otherwise idle core takes off the first tile of every task thread.
     */
    public static void warmThread(String path) {
        try (GdalRaster r = GdalRaster.open(path)) {
            GridSpec g = r.grid();
            r.read(1, new PixelWindow(g.width() / 2, g.height() / 2, 1, 1), new double[1]);
        } catch (RuntimeException e) {
            // the real read reports it
        }
    }

    /** The org.gdal:gdal version taken from the jar's file name, or {@code null} when unknown. */
    public static String jarVersion() {
        URL u = gdal.class.getProtectionDomain().getCodeSource() == null ? null
                : gdal.class.getProtectionDomain().getCodeSource().getLocation();
        if (u == null) {
            return null;
        }
        Matcher m = Pattern.compile("gdal-(\\d+\\.\\d+\\.\\d+)\\.jar").matcher(u.getPath());
        return m.find() ? m.group(1) : null;
    }

    static String majorMinor(String version) {
        String[] p = version.split("\\.");
        return p.length >= 2 ? p[0] + "." + p[1] : version;
    }

    /** Number of registered raster and vector drivers. */
    public static int driverCount() {
        ensure();
        return gdal.GetDriverCount();
    }

    /** True when GDAL has a driver of this short name (e.g. {@code COG}). */
    public static boolean hasDriver(String name) {
        ensure();
        return gdal.GetDriverByName(name) != null;
    }
}
