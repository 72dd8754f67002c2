package org.forestcoverage.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The product readers the catalogue knows, tried in order: the first that recognises a path reads it. Readers of
 * other formats (Sentinel-2 {@code .SAFE}, STAC items, band files with a sidecar) join the list. Immutable.
 */
public record Products(List<ProductReader> readers) {
    /** The readers of this version: Landsat Collection 2 Level-2. */
    public static final Products DEFAULT = new Products(List.of(new LandsatC2Reader()));

    public Products {
        readers = List.copyOf(readers);
    }

    /**
     * The product at {@code path}.
     *
     * @throws CatalogException naming the path when it is missing or no reader recognises it
     */
    public Product read(Path path) {
        if (!Files.exists(path)) {
            throw new CatalogException(path + ": no such file or folder");
        }
        for (ProductReader r : readers) {
            Optional<Product> p = r.read(path);
            if (p.isPresent()) {
                return p.get();
            }
        }
        throw new CatalogException(path + ": not a product this version reads (a Landsat Collection 2 Level-2 folder"
                + " with its *_MTL.txt or *_MTL.xml)");
    }
}
