package org.forestcoverage.kernel;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.forestcoverage.kernel.BandDecoder;
import org.forestcoverage.kernel.NdviKernel;
import org.forestcoverage.scene.Calibration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The imglib2 NDVI kernel ({@link NdviKernel}, LoopBuilder over ArrayImgs wrapping the arrays) against a plain
 * Java loop over the same primitive arrays with the same rule, on a 1024 x 1024 Int16 tile with nodata.
 * Throughput in tiles per second; bench/run.sh prints the ratio.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class NdviKernelBenchmark {
    static final int SIZE = 1024;
    final short[] red = new short[SIZE * SIZE];
    final short[] nir = new short[SIZE * SIZE];
    final double[] out = new double[SIZE * SIZE];
    NdviKernel kernel;

    @Setup
    public void setup() {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < red.length; i++) {
            red[i] = (short) rnd.nextInt(0, 4000);
            nir[i] = (short) (rnd.nextInt(100) == 0 ? -9999 : rnd.nextInt(0, 10000));
        }
        BandDecoder d = new BandDecoder(false, true, -9999, new Calibration(1e-4, 0));
        kernel = new NdviKernel(d, d);
    }

    @Benchmark
    public double[] imglib2Kernel() {
        kernel.ndvi(red, nir, out, SIZE, SIZE);
        return out;
    }

    /** The generic LoopBuilder path of the same kernel, for the record. */
    @Benchmark
    public double[] loopBuilderPath() {
        kernel.ndviLoopBuilder(net.imglib2.img.array.ArrayImgs.shorts(red, SIZE, SIZE),
                net.imglib2.img.array.ArrayImgs.shorts(nir, SIZE, SIZE), net.imglib2.img.array.ArrayImgs.doubles(out, SIZE, SIZE));
        return out;
    }

    @Benchmark
    public double[] plainLoop() {
        // the same rule as the kernel, written for Int16 with nodata -9999 by hand
        for (int i = 0; i < red.length; i++) {
            int r = red[i];
            int n = nir[i];
            int sum = r + n;
            out[i] = r == -9999 || n == -9999 || sum <= 0 ? Double.NaN : (n - r) / (double) sum;
        }
        return out;
    }
}
