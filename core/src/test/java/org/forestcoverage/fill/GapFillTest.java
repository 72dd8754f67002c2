package org.forestcoverage.fill;

import static org.forestcoverage.kernel.LandClass.FOREST;
import static org.forestcoverage.kernel.LandClass.NON_FOREST;
import static org.forestcoverage.kernel.LandClass.UNOBSERVED;
import static org.forestcoverage.kernel.LandClass.WATER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GapFillTest {

    /**
     * Years 2020, 2021, 2023, 2024; four pixels:
     * p0: F, -, N, -      2021 is 1 from 2020 (F) and 2 from 2023: F (1); 2024 is 1 from 2023: N (1)
     * p1: -, N, -, F      2020 <- 2021 N (1); 2023 is 2 from 2021 and 1 from 2024: F (1)
     * p2: -, -, -, -      never observed: stays unobserved, not flagged
     * p3: N, -, -, W      2021 is 1 from 2020: N (1); 2023 is 3 from 2020 and 1 from 2024: W (1)
     */
    @Test
    void nearestObservedYearEarlierOnTies() {
        int[] years = {2020, 2021, 2023, 2024};
        byte[][] c = {
            {FOREST, UNOBSERVED, UNOBSERVED, NON_FOREST},
            {UNOBSERVED, NON_FOREST, UNOBSERVED, UNOBSERVED},
            {NON_FOREST, UNOBSERVED, UNOBSERVED, UNOBSERVED},
            {UNOBSERVED, FOREST, UNOBSERVED, WATER}};
        byte[][] f = new byte[4][4];
        long n = GapFill.fill(years, c, 4, f);
        assertArrayEquals(new byte[] {FOREST, NON_FOREST, UNOBSERVED, NON_FOREST}, c[0]);
        assertArrayEquals(new byte[] {0, 1, 0, 0}, f[0]);
        assertArrayEquals(new byte[] {FOREST, NON_FOREST, UNOBSERVED, NON_FOREST}, c[1]);
        assertArrayEquals(new byte[] {1, 0, 0, 1}, f[1]);
        assertArrayEquals(new byte[] {NON_FOREST, FOREST, UNOBSERVED, WATER}, c[2]);
        assertArrayEquals(new byte[] {0, 1, 0, 1}, f[2]);
        assertArrayEquals(new byte[] {NON_FOREST, FOREST, UNOBSERVED, WATER}, c[3]);
        assertArrayEquals(new byte[] {1, 0, 0, 0}, f[3]);
        assertEquals(6, n);
    }

    @Test
    void anEqualDistanceTakesTheEarlierYear() {
        // 2022 is one year from both 2021 (forest) and 2023 (non-forest)
        byte[][] c = {{FOREST}, {UNOBSERVED}, {NON_FOREST}};
        byte[][] f = new byte[3][1];
        GapFill.fill(new int[] {2021, 2022, 2023}, c, 1, f);
        assertEquals(FOREST, c[1][0]);
        assertEquals(1, f[1][0]);
    }
}
