/** The {@code analyze} job: typed configuration and the order of its stages. Uses core and {@code spark}. */
package org.forestcoverage.job;
