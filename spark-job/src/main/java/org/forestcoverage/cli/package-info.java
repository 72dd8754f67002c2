/** The picocli command line ({@code ./forest}): parsing and typed options only; work happens in {@code job}. */
package org.forestcoverage.cli;
