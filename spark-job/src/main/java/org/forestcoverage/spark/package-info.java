/** The only package that imports Spark: context start-up, tile partitioning and the reduction of sums. */
package org.forestcoverage.spark;
