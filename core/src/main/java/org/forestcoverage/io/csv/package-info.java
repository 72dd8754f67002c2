/** Reading plain CSV text (plots, trajectories): one line splitter shared by the readers. No dependencies. */
package org.forestcoverage.io.csv;
