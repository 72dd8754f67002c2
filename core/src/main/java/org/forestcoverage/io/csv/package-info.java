/**
 * Reading plain CSV text (plots, trajectories, a run's tables): one line splitter shared by the readers and a
 * header-keyed table for files whose columns may grow. No dependencies.
 */
package org.forestcoverage.io.csv;
