package org.forestcoverage.coverage;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.grid.PixelWindow;
import org.junit.jupiter.api.Test;

@Tag("unit")
class CellTraversalTest {
    record Piece(int row, int col, double dv, double rightShare) {
    }

    static List<Piece> pieces(CellTraversal t, double u0, double v0, double u1, double v1) {
        List<Piece> out = new ArrayList<>();
        t.edge(u0, v0, u1, v1, 1, (r, c, dv, s) -> out.add(new Piece(r, c, dv, s)));
        return out;
    }

    @Test
    void testDiagonalEdgeVisitsDiagonalCells() {
        CellTraversal t = new CellTraversal(new PixelWindow(0, 0, 3, 3));
        assertEquals(List.of(new Piece(0, 0, 0.5, 0.25), new Piece(1, 1, 1, 0.5), new Piece(2, 2, 0.5, 0.75)),
                pieces(t, 0.5, 0.5, 2.5, 2.5));
    }

    @Test
    void testReversedEdgeGivesSamePiecesNegated() {
        CellTraversal t = new CellTraversal(new PixelWindow(0, 0, 7, 5));
        List<Piece> fwd = pieces(t, 0.3, 4.7, 6.1, 0.2);
        List<Piece> rev = pieces(t, 6.1, 0.2, 0.3, 4.7);
        assertEquals(fwd.size(), rev.size());
        for (int i = 0; i < fwd.size(); i++) {
            Piece a = fwd.get(i);
            Piece b = rev.get(i);
            assertEquals(a.row(), b.row());
            assertEquals(a.col(), b.col());
            assertEquals(a.dv(), -b.dv(), 0.0, "bit-identical heights of opposite sign");
            assertEquals(a.rightShare(), b.rightShare(), 0.0);
        }
        double sum = fwd.stream().mapToDouble(Piece::dv).sum();
        assertEquals(0.2 - 4.7, sum, 1e-12);
    }

    @Test
    void testEdgeLeftOfWindowBecomesColumnMinusOneAndRightPartIsDropped() {
        // window columns 2..3 of the frame, rows 1..2
        CellTraversal t = new CellTraversal(new PixelWindow(2, 1, 2, 2));
        List<Piece> ps = pieces(t, 0, 1, 6, 2.5);  // row 1 (window row 0): u from 0 to 4; row 2: u from 4 to 6
        assertEquals(new Piece(0, -1, 0.5, 0), ps.get(0));       // u 0..2, left of the window
        assertEquals(0, ps.get(1).col());
        assertEquals(1, ps.get(2).col());
        assertEquals(3, ps.size(), "row 2 lies right of the window: " + ps);
        assertEquals(0.25, ps.get(1).dv(), 1e-15);
    }

    @Test
    void testVerticalEdgeOnColumnBoundaryBelongsToLeftCell() {
        CellTraversal t = new CellTraversal(new PixelWindow(0, 0, 3, 1));
        assertEquals(List.of(new Piece(0, 1, 1, 0)), pieces(t, 2, 0, 2, 1));
        assertEquals(List.of(new Piece(0, -1, 1, 0)), pieces(t, 0, 0, 0, 1));
    }

    @Test
    void testHorizontalEdgeReportsNothing() {
        assertEquals(List.of(), pieces(new CellTraversal(new PixelWindow(0, 0, 3, 3)), 0.1, 1.5, 2.9, 1.5));
    }
}
