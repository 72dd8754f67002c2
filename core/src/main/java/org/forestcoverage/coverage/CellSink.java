package org.forestcoverage.coverage;

/**
 * Receives the pieces of a ring edge cut by {@link CellTraversal}, one call per crossed cell.
 *
 * <p>A piece lies in window row {@code row} and column {@code col} ({@code col == -1}: somewhere left of the window;
 * pieces right of the window are never reported). {@code dv} is its signed height in pixel units (positive when the
 * edge runs south, already multiplied by the ring's sign), {@code rightShare} in [0, 1] the part of the cell's width
 * right of the piece's midpoint. The piece adds {@code dv * rightShare} to its own cell and {@code dv} to every cell
 * right of it in the same row.
 */
interface CellSink {
    void piece(int row, int col, double dv, double rightShare);
}
