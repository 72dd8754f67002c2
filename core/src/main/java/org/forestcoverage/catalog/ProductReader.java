package org.forestcoverage.catalog;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Recognises one kind of product (a Landsat folder with its MTL, a Sentinel-2 {@code .SAFE}, a STAC item...) and
 * reads what the catalogue needs from its metadata, without reading pixels. Implementations are stateless and
 * thread-safe.
 */
public interface ProductReader {
    /**
     * The product at {@code path}, or empty when this reader does not recognise it.
     *
     * @throws CatalogException naming the file when the product is recognised but its metadata is unusable
     */
    Optional<Product> read(Path path);
}
