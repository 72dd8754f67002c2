package org.forestcoverage.qa;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ErrorMatrixTest {

    @Test
    void totalsFollowRowsAsMapAndColumnsAsReference() {
        ErrorMatrix m = ErrorMatrix.of(List.of("forest", "non-forest"), new long[][] {{40, 5}, {3, 52}});
        assertEquals(45, m.rowTotal(0));
        assertEquals(43, m.columnTotal(0));
        assertEquals(100, m.total());
        assertEquals(5, m.count(0, 1));
    }

    @Test
    void inputArrayIsCopied() {
        long[][] counts = {{40, 5}, {3, 52}};
        ErrorMatrix m = ErrorMatrix.of(List.of("forest", "non-forest"), counts);
        counts[0][0] = 999;
        assertEquals(40, m.count(0, 0));
        long[][] out = m.toArray();
        out[0][0] = 7;
        assertEquals(40, m.count(0, 0));
        assertNotSame(out, m.toArray());
    }

    @Test
    void negativeCountIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ErrorMatrix.of(List.of("a", "b"), new long[][] {{1, -3}, {0, 2}}));
        assertTrue(e.getMessage().contains("count[0][1] = -3"), e.getMessage());
    }

    @Test
    void nonSquareMatrixIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ErrorMatrix.of(List.of("a", "b"), new long[][] {{1, 2, 3}, {0, 2}}));
        assertTrue(e.getMessage().contains("row 0 has 3 columns"), e.getMessage());
    }

    @Test
    void nameCountMismatchIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ErrorMatrix.of(List.of("a", "b", "c"), new long[][] {{1, 2}, {0, 2}}));
        assertTrue(e.getMessage().contains("3 class names"), e.getMessage());
    }

    @Test
    void duplicateAndBlankNamesAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ErrorMatrix.of(Arrays.asList("a", "a", " "), new long[3][3]));
        assertTrue(e.getMessage().contains("'a' (index 1) is a duplicate"), e.getMessage());
        assertTrue(e.getMessage().contains("class name 2 is blank"), e.getMessage());
    }

    @Test
    void tallyCountsPairsAndMerges() {
        ErrorMatrix.Tally t1 = new ErrorMatrix.Tally(List.of("forest", "non-forest")).add(0, 0).add(0, 1);
        ErrorMatrix.Tally t2 = new ErrorMatrix.Tally(List.of("forest", "non-forest")).add(1, 1).add(0, 0);
        ErrorMatrix m = t1.merge(t2).toMatrix();
        assertEquals(ErrorMatrix.of(List.of("forest", "non-forest"), new long[][] {{2, 1}, {0, 1}}), m);
    }

    @Test
    void unknownClassNameIsListed() {
        ErrorMatrix m = ErrorMatrix.of(List.of("forest", "non-forest"), new long[2][2]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.indexOf("water"));
        assertTrue(e.getMessage().contains("[forest, non-forest]"), e.getMessage());
    }
}
