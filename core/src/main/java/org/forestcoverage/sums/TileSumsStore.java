package org.forestcoverage.sums;

import java.util.Collection;
import java.util.Map;

/**
 * A results store: the sums of one tile in one year, kept under a key that changes whenever anything that decides
 * them changes ({@link org.forestcoverage.plan.TileYearKeys}), so a later run reuses what did not change. Stored sums
 * are one-year {@link CoverageSums}. One instance per thread.
 */
public interface TileSumsStore extends AutoCloseable {
    /** The stored sums of those {@code keys} the store holds. */
    Map<String, CoverageSums> get(Collection<String> keys);

    /** Stores {@code sums} in one transaction; keys already held are left as they are (their sums are the same). */
    void put(Map<String, CoverageSums> sums);

    @Override
    void close();
}
