package org.forestcoverage.kernel;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import net.imglib2.img.array.ArrayImgs;
import org.forestcoverage.raster.PixelType;
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
 * The imglib2 kernels against plain Java loops over the same primitive arrays with the same rule, on a 512 x 512
 * Int16 tile with nodata (the analysis tile): {@link ForestClassifier#classify(NdviRule, net.imglib2.RandomAccessibleInterval,
 * net.imglib2.RandomAccessibleInterval, net.imglib2.RandomAccessibleInterval)} (classes straight from red and NIR, the
 * path of a single-scene year) and {@link NdviKernel#shorts} (NDVI). The kernels run on {@code ArrayImgs} wrapping
 * the arrays, walked through their imglib2 types; nothing is unwrapped back to arrays. The plain loops apply the same
 * rule with the same parameters (signedness, nodata, offset steps, threshold fraction) read into locals, as a
 * hand-written kernel for any band would. Forked with the launcher's JVM settings (the JVM's normal tiered
 * compilation, the launcher's heap and collector). Throughput in tiles per second; bench/run.sh prints the ratios.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xmx2g", "-Xmn64m", "-Xss4m"})
public class NdviKernelBenchmark {
    static final int SIZE = 512;
    final short[] red = new short[SIZE * SIZE];
    final short[] nir = new short[SIZE * SIZE];
    final double[] ndvi = new double[SIZE * SIZE];
    final byte[] classes = new byte[SIZE * SIZE];
    NdviRule rule;
    ForestClassifier classifier;

    @Setup
    public void setup() {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < red.length; i++) {
            red[i] = (short) rnd.nextInt(0, 4000);
            nir[i] = (short) (rnd.nextInt(100) == 0 ? -9999 : rnd.nextInt(0, 10000));
        }
        BandDecoder d = BandDecoder.of(PixelType.INT16, -9999.0, new Calibration(1e-4, 0));
        rule = new NdviRule(d, d);
        classifier = new ForestClassifier(Threshold.of(0.6));
    }

    @Benchmark
    public byte[] classifyKernel() {
        classifier.classify(rule, ArrayImgs.shorts(red, SIZE, SIZE), ArrayImgs.shorts(nir, SIZE, SIZE),
                ArrayImgs.bytes(classes, SIZE, SIZE));
        return classes;
    }

    @Benchmark
    public byte[] classifyPlainLoop() {
        // the same rule with the same parameters (signedness, nodata, 2K, p / q) as locals, over the arrays
        final int rm = rule.red().shortMask();
        final int nm = rule.nir().shortMask();
        final int rnd = rule.red().nodata().rawShort();
        final int nnd = rule.nir().nodata().rawShort();
        final int twoK = rule.twoK();
        final long p = classifier.threshold().p();
        final long q = classifier.threshold().q();
        for (int i = 0; i < red.length; i++) {
            int r = red[i] & rm;
            int n = nir[i] & nm;
            int sum = r + n + twoK;
            int forest = (int) (~((n - r) * q - p * sum) >>> 63);
            classes[i] = r == rnd || n == nnd || sum <= 0 ? LandClass.UNOBSERVED
                    : (byte) (LandClass.NON_FOREST + forest);
        }
        return classes;
    }

    @Benchmark
    public double[] ndviKernel() {
        NdviKernel.shorts(rule, ArrayImgs.shorts(red, SIZE, SIZE), ArrayImgs.shorts(nir, SIZE, SIZE),
                ArrayImgs.doubles(ndvi, SIZE, SIZE));
        return ndvi;
    }

    @Benchmark
    public double[] ndviPlainLoop() {
        // the same rule with the same parameters as locals, over the arrays
        final int rm = rule.red().shortMask();
        final int nm = rule.nir().shortMask();
        final int rnd = rule.red().nodata().rawShort();
        final int nnd = rule.nir().nodata().rawShort();
        final int twoK = rule.twoK();
        for (int i = 0; i < red.length; i++) {
            int r = red[i] & rm;
            int n = nir[i] & nm;
            int sum = r + n + twoK;
            ndvi[i] = r == rnd || n == nnd || sum <= 0 ? Double.NaN : (n - r) / (double) sum;
        }
        return ndvi;
    }
}
