package org.forestcoverage.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinearScaleTest {
    @Test
    void niceDomainStartsAndEndsOnATick() {
        // 1.1 over 4 intervals is 0.275; the first of 0.1, 0.2, 0.25, 0.5 not below it is 0.5
        LinearScale s = LinearScale.nice(44.1, 45.2, 5, 300, 20);
        assertEquals(44.0, s.lo(), 1e-12);
        assertEquals(45.5, s.hi(), 1e-12);
        assertEquals(0.5, s.step(), 1e-12);
        assertEquals(List.of(44.0, 44.5, 45.0, 45.5), s.ticks());
        assertEquals(1, s.decimals());
    }

    @Test
    void mapsTheDomainOntoAnInvertedPixelRange() {
        LinearScale s = LinearScale.nice(0, 100, 6, 300, 20);
        assertEquals(20.0, s.step(), 1e-12);
        assertEquals(300.0, s.px(0), 1e-12);
        assertEquals(20.0, s.px(100), 1e-12);
        assertEquals(160.0, s.px(50), 1e-12);
        assertEquals(0, s.decimals());
    }

    @Test
    void aSingleValueGetsARangeAroundIt() {
        LinearScale s = LinearScale.nice(44.4, 44.4, 5, 0, 100);
        assertEquals(true, s.lo() < 44.4 && s.hi() > 44.4, s.toString());
    }

    @Test
    void quarterStepsNeedTwoDecimals() {
        LinearScale s = LinearScale.nice(0, 1, 5, 0, 100);
        assertEquals(0.25, s.step(), 1e-12);
        assertEquals(2, s.decimals());
    }
}
