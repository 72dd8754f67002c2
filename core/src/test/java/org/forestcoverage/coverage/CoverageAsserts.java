package org.forestcoverage.coverage;

import static org.junit.jupiter.api.Assertions.fail;

import org.forestcoverage.grid.GridSpec;

/** Matrix assertions that report the first differing pixel and print both matrices. */
final class CoverageAsserts {
    private CoverageAsserts() {
    }

    /** {@code expected} is row-major over the whole grid. */
    static void assertFractions(GridSpec grid, double[] expected, CoverageMatrix actual, double tol) {
        for (int r = 0; r < grid.height(); r++) {
            for (int c = 0; c < grid.width(); c++) {
                double e = expected[r * grid.width() + c];
                double a = actual.fraction(c, r);
                if (!(Math.abs(e - a) <= tol)) {
                    fail("pixel (col " + c + ", row " + r + "): expected " + e + " but was " + a + "\nexpected:\n"
                            + format(grid, expected) + "actual:\n" + format(grid, actual));
                }
            }
        }
    }

    static String format(GridSpec grid, double[] m) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < grid.height(); r++) {
            for (int c = 0; c < grid.width(); c++) {
                sb.append(String.format("%8.4f", m[r * grid.width() + c]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String format(GridSpec grid, CoverageMatrix m) {
        double[] full = new double[grid.width() * grid.height()];
        for (int r = 0; r < grid.height(); r++) {
            for (int c = 0; c < grid.width(); c++) {
                full[r * grid.width() + c] = m.fraction(c, r);
            }
        }
        return format(grid, full);
    }
}
