package org.forestcoverage.catalog;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.forestcoverage.scene.SceneSpec;

/**
 * A product as a {@link ProductReader} understood it, before the checks: its id, acquisition date, the scene spec
 * its sensor preset built (bands, scaling, mask rule) and every file it consists of. Immutable.
 *
 * @param metadata the metadata file the preset read, absolute
 * @param files    every file of the product, absolute, sorted
 */
public record Product(String productId, LocalDate acquired, SceneSpec spec, Path metadata, List<Path> files) {
    public Product {
        files = List.copyOf(files);
    }
}
