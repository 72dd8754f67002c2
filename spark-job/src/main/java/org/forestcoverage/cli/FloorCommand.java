package org.forestcoverage.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.grid.Tiling;
import org.forestcoverage.io.gdal.GdalRaster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code forest floor SCENE}: the benchmark's floor, reading every band of a scene once through GDAL from Java
 * in tiles, one dataset per thread, computing nothing.
 */
@Command(name = "floor", hidden = true, description = "Read all bands of a scene once (benchmark floor).")
public final class FloorCommand implements Callable<Integer> {
    @Parameters(index = "0") String scene;
    @Option(names = "--threads", defaultValue = "2") int threads;
    @Option(names = "--tile-size", defaultValue = "512") int tileSize;

    @Override
    public Integer call() throws Exception {
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
        return 0;
    }
}
