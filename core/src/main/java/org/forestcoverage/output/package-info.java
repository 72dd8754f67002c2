/**
 * Output folders that never destroy anything: {@link org.forestcoverage.output.OutputFolder} stages a command's
 * results and puts them in place only when complete, refuses a target it did not write (recognised by the
 * {@link org.forestcoverage.output.OutputMarker} it leaves), locks the target against concurrent runs
 * ({@link org.forestcoverage.output.OutputLock}), and removes its temporaries when the run fails, is interrupted
 * ({@link org.forestcoverage.output.Interruption}) or was killed (the next run removes what dead processes left,
 * {@link org.forestcoverage.output.RunOwner}). Uses the JDK and Jackson only.
 */
package org.forestcoverage.output;
