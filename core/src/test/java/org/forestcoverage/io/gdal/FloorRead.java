package org.forestcoverage.io.gdal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.grid.Tiling;

/**
 * The benchmark's floor (bench/run.sh): every band of a scene read once through GDAL from Java in tiles, one dataset
 * per thread, nothing computed. Not a test: a program run from the test class path.
 *
 * <pre>{@code
 * java -cp core/target/test-classes:core/target/classes:... org.forestcoverage.io.gdal.FloorRead scene.tif 2 512
 * }</pre>
 */
public final class FloorRead {
    private FloorRead() {
    }

    public static void main(String[] args) throws Exception {
        String scene = args[0];
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int tileSize = args.length > 2 ? Integer.parseInt(args[2]) : 512;
        long t0 = System.nanoTime();
        Tiling tiling;
        int bands;
        try (GdalRaster r = GdalRaster.open(scene)) {
            tiling = new Tiling(r.grid(), tileSize);
            bands = r.bandCount();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            final int first = t;
            parts.add(pool.submit(() -> {
                long sum = 0;
                short[] buf = new short[tileSize * tileSize];
                try (GdalRaster r = GdalRaster.open(scene)) {
                    for (int i = first; i < tiling.count(); i += threads) {
                        PixelWindow w = tiling.tile(i);
                        for (int b = 1; b <= bands; b++) {
                            r.read(b, w, buf);
                            sum += buf[0];
                        }
                    }
                }
                return sum;
            }));
        }
        long check = 0;
        for (Future<Long> f : parts) {
            check += f.get();
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "read %d tiles x %d bands in %.3f s (checksum %d)%n", tiling.count(), bands,
                (System.nanoTime() - t0) / 1e9, check);
    }
}
