package org.forestcoverage.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColourRampTest {
    @Test
    void endsAreTheFirstAndLastColourAndTheMiddleOfTwoStopsIsTheirMean() {
        ColourRamp r = new ColourRamp(List.of(0x000000, 0xFF8040, 0xFFFFFF));
        assertEquals(0x000000, r.at(0));
        assertEquals(0xFFFFFF, r.at(1));
        assertEquals(0xFF8040, r.at(0.5));
        // a quarter is half way between black and 0xFF8040: 127.5 -> 128, 64, 32
        assertEquals(0x804020, r.at(0.25));
        assertEquals(0x000000, r.at(-3));
        assertEquals(0xFFFFFF, r.at(7));
    }
}
