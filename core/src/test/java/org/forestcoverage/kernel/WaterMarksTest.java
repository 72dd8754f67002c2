package org.forestcoverage.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import net.imglib2.img.array.ArrayImgs;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.raster.BandTile;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.raster.TileCoverage;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.MaskRule;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Water codes on literal 3 x 2 tiles: a water index's rule, and how codes meet the one class rule. */
@Tag("unit")
class WaterMarksTest {
    private static final byte L = WaterMarks.LAND;
    private static final byte W = WaterMarks.WATER;
    private static final byte U = WaterMarks.UNDECIDED;
    private static final PixelWindow WINDOW = new PixelWindow(0, 0, 3, 2);

    private static BandTile tile(short[] values, byte[] covered) {
        BandTile t = BandTile.allocate(PixelType.UINT16, 6);
        System.arraycopy(values, 0, t.shortBuffer(), 0, 6);
        boolean all = true;
        for (int i = 0; i < 6; i++) {
            t.maskBuffer()[i] = covered == null ? 1 : covered[i];
            all &= t.maskBuffer()[i] != 0;
        }
        t.filled(WINDOW, all ? TileCoverage.FULL : TileCoverage.PARTIAL);
        return t;
    }

    private static byte[] codes(WaterIndex index, BandTile green, BandTile other) {
        byte[] out = new byte[6];
        index.codes(green, other, ArrayImgs.doubles(3, 2), ArrayImgs.bytes(out, 3, 2));
        return out;
    }

    @Test
    void testMndwiCodesByHand() {
        // setup: reflectance = DN x 1e-4 - 0.1 (Sentinel-2 baseline 04.00), nodata 0:
        // (green, SWIR) = (0.05, 0.01) water 0.67; (0.1, 0.2) land -0.33; equal bands: index 0, not above 0: land;
        // green nodata: undecided; (0, 0) reflectance: sum 0, no index: undecided; (0.05, 0.0499): 1e-3 > 0 water
        BandDecoder d = BandDecoder.of(PixelType.UINT16, 0.0, new Calibration(1e-4, -0.1));
        short[] green = {1500, 2000, 1300, 0, 1000, 1500};
        short[] swir = {1100, 3000, 1300, 1100, 1000, 1499};
        // process
        byte[] c = codes(WaterIndex.of(d, d, 0.0), tile(green, null), tile(swir, null));
        // test
        assertArrayEquals(new byte[] {W, L, L, U, U, W}, c);
    }

    @Test
    void testPixelsOutsideEitherBandsFootprintAreUndecided() {
        BandDecoder d = BandDecoder.of(PixelType.UINT16, null, new Calibration(1e-4, 0));
        short[] green = {600, 600, 600, 600, 600, 600};
        short[] swir = {100, 100, 100, 100, 100, 100};
        byte[] c = codes(WaterIndex.of(d, d, 0.0), tile(green, new byte[] {1, 0, 1, 1, 1, 1}),
                tile(swir, new byte[] {1, 1, 1, 1, 1, 0}));
        assertArrayEquals(new byte[] {W, U, W, W, W, U}, c);
    }

    @Test
    void testCodesMeetTheClassRule() {
        // setup: every class against every code
        byte[] classes = {LandClass.UNOBSERVED, LandClass.NON_FOREST, LandClass.FOREST, LandClass.WATER,
                LandClass.FOREST, LandClass.NON_FOREST};
        byte[] codes = {W, W, L, L, U, L};
        // process
        WaterMarks.mark(ArrayImgs.bytes(codes, 3, 2), ArrayImgs.bytes(classes, 3, 2));
        // test: unobserved stays so; water wins over forest and non-forest; undecided is unobserved
        assertArrayEquals(new byte[] {LandClass.UNOBSERVED, LandClass.WATER, LandClass.FOREST, LandClass.WATER,
                LandClass.UNOBSERVED, LandClass.NON_FOREST}, classes);
    }

    @Test
    void testCodesOnAnObservationGiveTheSameClassesAsOnClasses() {
        // the NDVI path (mark, then classify) and the fused path (classify, then mark) agree pixel by pixel
        double[] ndvi = {Double.NaN, 0.2, 0.8, 0.7, 0.9, 0.1};
        byte[] wet = {0, 0, 0, 1, 0, 0};
        byte[] codes = {W, W, L, L, U, L};
        ForestClassifier classifier = new ForestClassifier(Threshold.of(0.6));
        byte[] direct = new byte[6];
        classifier.classify(ArrayImgs.doubles(ndvi.clone(), 3, 2), ArrayImgs.bytes(wet.clone(), 3, 2),
                ArrayImgs.bytes(direct, 3, 2));
        WaterMarks.mark(ArrayImgs.bytes(codes, 3, 2), ArrayImgs.bytes(direct, 3, 2));
        byte[] viaNdvi = new byte[6];
        WaterMarks.mark(ArrayImgs.bytes(codes, 3, 2), ArrayImgs.doubles(ndvi, 3, 2), ArrayImgs.bytes(wet, 3, 2));
        classifier.classify(ArrayImgs.doubles(ndvi, 3, 2), ArrayImgs.bytes(wet, 3, 2), ArrayImgs.bytes(viaNdvi, 3, 2));
        assertArrayEquals(direct, viaNdvi);
        assertTrue(direct[1] == LandClass.WATER && direct[4] == LandClass.UNOBSERVED);
    }

    @Test
    void testAWaterRastersValuesAndFootprint() {
        // setup: values 0 1 2 / 1 255 2 with water values {1, 2}; the last column outside the raster
        MaskTable table = new MaskTable(new MaskRule.Classes(Set.of(), Set.of(1, 2)));
        BandTile layer = tile(new short[] {0, 1, 2, 1, 255, 2}, new byte[] {1, 1, 0, 1, 1, 0});
        byte[] c = new byte[6];
        // process
        WaterMarks.fromTable(table, layer, ArrayImgs.bytes(c, 3, 2));
        // test: outside the raster is land (a layer says where water is, not where land is unknown)
        assertArrayEquals(new byte[] {L, W, L, W, L, L}, c);
    }
}
