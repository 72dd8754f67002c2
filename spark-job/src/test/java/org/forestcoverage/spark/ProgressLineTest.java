package org.forestcoverage.spark;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The progress line's text from literal counts and times. */
@Tag("unit")
class ProgressLineTest {
    @Test
    void midRunLineHasCountsPercentThroughputAndTimeLeft() {
        // 120 of 361 tiles in 4 s: 30 tiles/s; 64 x 64 px x 6 years per tile = 24576 px: 0.73728 Mpx/s;
        // 241 tiles left at 30/s = 8.03 s, rounded up to 9 s
        assertEquals("tiles 120/361 (33 %), 30.0 tiles/s, 0.74 Mpx/s, 0:09 left",
                ProgressLine.format(120, 361, 4.0, 64 * 64 * 6));
    }

    @Test
    void beforeTheFirstTileTimeLeftIsUnknown() {
        assertEquals("tiles 0/100 (0 %), 0.0 tiles/s, 0.00 Mpx/s, --:-- left", ProgressLine.format(0, 100, 2.5, 262144));
    }

    @Test
    void percentRoundsDownSoOneHundredMeansDone() {
        assertEquals("tiles 999/1000 (99 %), 999.0 tiles/s, 261.88 Mpx/s, 0:01 left",
                ProgressLine.format(999, 1000, 1.0, 262144));
        assertEquals("tiles 1000/1000 (100 %), 500.0 tiles/s, 131.07 Mpx/s, 0:00 left",
                ProgressLine.format(1000, 1000, 2.0, 262144));
    }

    @Test
    void longRunsShowHours() {
        // 10 tiles in 60 s, 4000 left at 1/6 tile/s = 24000 s = 6 h 40 min
        assertEquals("tiles 10/4010 (0 %), 0.2 tiles/s, 0.04 Mpx/s, 6:40:00 left",
                ProgressLine.format(10, 4010, 60.0, 262144));
        assertEquals("0:00", ProgressLine.duration(0));
        assertEquals("0:59", ProgressLine.duration(59));
        assertEquals("1:00", ProgressLine.duration(60));
        assertEquals("59:59", ProgressLine.duration(3599));
        assertEquals("1:00:00", ProgressLine.duration(3600));
        assertEquals("26:03:04", ProgressLine.duration(26 * 3600 + 3 * 60 + 4));
    }
}
