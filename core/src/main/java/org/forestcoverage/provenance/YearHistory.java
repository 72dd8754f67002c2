package org.forestcoverage.provenance;

import java.util.Optional;

/**
 * The last result recorded for each year of a series of analyses (the same districts), beside the results store, so
 * that a run which changes a past year can say what moved and why. The record is the JSON text of a
 * {@link YearResult}. One instance per thread.
 */
public interface YearHistory extends AutoCloseable {
    /** The last record of {@code year} in {@code series}, if any. */
    Optional<String> last(String series, int year);

    /** Records {@code json} as the last result of {@code year} in {@code series}, replacing the one before. */
    void record(String series, int year, String json);

    @Override
    void close();
}
