package org.forestcoverage.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.sensor.Excerpt;
import org.forestcoverage.sensor.SensorException;
import org.forestcoverage.stac.ItemSource;
import org.forestcoverage.stac.StacAsset;
import org.forestcoverage.stac.StacException;
import org.forestcoverage.stac.StacItem;
import org.forestcoverage.stac.StacScenes;

/**
 * STAC Items ({@code *.json}, a GeoJSON Feature with assets) of Landsat Collection 2 Level-2 and Sentinel-2 L2A
 * scenes whose assets are local files, read by {@link StacScenes} exactly as the manifest entry
 * {@code {"stac": "item.json"}} is (so the {@code raster:bands} scale and offset are checked against the product's
 * metadata). Product id: the item's {@code id}; acquisition date: {@code properties.datetime} (UTC); files: the item
 * and every local asset it lists (previews too, when present). An asset the scene needs that is not a local file is
 * refused: the catalogue checks and checksums files it can read. Stateless.
 */
public final class StacProductReader implements ProductReader {

    @Override
    public Optional<Product> read(Path path) {
        if (!Files.isRegularFile(path) || !path.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".json")) {
            return Optional.empty();
        }
        Path itemPath = path.toAbsolutePath().normalize();
        String where = itemPath.toString();
        try {
            StacItem item = StacItem.parse(ItemSource.LOCAL.read(where), where);
            SceneSpec spec = StacScenes.spec(item, StacScenes.Entry.of(item));
            // the date the analysis will use: the product metadata's where the item links it, else the item's datetime
            LocalDate acquired = spec.acquired();
            for (BandRef b : spec.bands()) {
                if (BandRef.isRemote(b.path())) {
                    throw new CatalogException(where + ": asset " + Excerpt.of(b.path(), 120) + " is not a local file;"
                            + " the catalogue checks and checksums local products (download the item's assets and "
                            + "point their hrefs at the files)");
                }
            }
            List<Path> files = new ArrayList<>(List.of(itemPath));
            for (StacAsset a : item.assets()) {
                if (!BandRef.isRemote(a.href()) && Files.isRegularFile(Path.of(a.href()))) {
                    files.add(Path.of(a.href()));
                }
            }
            return Optional.of(new Product(item.id(), acquired, spec, itemPath, ProductFiles.of(files)));
        } catch (IOException e) {
            throw new CatalogException(where + ": cannot read (" + e.getMessage() + ")", e);
        } catch (StacException | SensorException e) {
            throw new CatalogException(e.getMessage(), e);
        }
    }
}
