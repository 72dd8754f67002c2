package org.forestcoverage.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The product readers the catalogue knows, tried in order: the first that recognises a path reads it (a folder with
 * an MTL, a {@code .SAFE} or an {@code MTD_MSIL2A.xml}, a sidecar {@code *.scene.json}, a STAC item {@code *.json}).
 * Immutable.
 */
public record Products(List<ProductReader> readers) {
    /**
     * The readers of this version: Landsat Collection 2 Level-2 folders, Sentinel-2 L2A {@code .SAFE} folders, plain
     * band files with a sidecar, STAC items (the sidecar before STAC: both are JSON, the sidecar is told by its name).
     */
    public static final Products DEFAULT = new Products(List.of(new LandsatC2Reader(), new Sentinel2SafeReader(),
            new SidecarReader(), new StacProductReader()));

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
                + " with its *_MTL.txt or *_MTL.xml, a Sentinel-2 L2A .SAFE folder, a STAC item *.json, or band files"
                + " described by a sidecar NAME." + SidecarReader.SUFFIX + ")");
    }
}
