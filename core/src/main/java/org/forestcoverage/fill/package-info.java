/**
 * The official denominator's gap filling: a pixel no scene of a year observed (cloud, shadow, no scene) takes the
 * class of the nearest year that observed it, and is flagged, so that coverage can be taken over the land area
 * rather than over the land seen in each year ({@link org.forestcoverage.fill.GapFill}). Pure Java, depends on
 * {@code kernel.LandClass}.
 */
package org.forestcoverage.fill;
