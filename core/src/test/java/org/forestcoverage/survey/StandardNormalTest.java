package org.forestcoverage.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StandardNormalTest {

    /** Values of the normal table (Abramowitz and Stegun 1964, table 26.5), to their printed digits. */
    @Test
    void tableValues() {
        assertEquals(1.959963984540, StandardNormal.quantile(0.975), 1e-12);
        assertEquals(0.841621233573, StandardNormal.quantile(0.8), 1e-12);
        assertEquals(1.644853626951, StandardNormal.quantile(0.95), 1e-12);
        assertEquals(2.575829303549, StandardNormal.quantile(0.995), 1e-12);
        assertEquals(3.090232306168, StandardNormal.quantile(0.999), 1e-12);
        assertEquals(-1.281551565545, StandardNormal.quantile(0.1), 1e-12);
        assertEquals(0, StandardNormal.quantile(0.5), 0);
        assertEquals(-6.361340902404, StandardNormal.quantile(1e-10), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> StandardNormal.quantile(1));
    }
}
