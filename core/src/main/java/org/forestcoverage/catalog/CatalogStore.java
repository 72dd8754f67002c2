package org.forestcoverage.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Where a catalogue keeps its products: a GeoPackage file or a PostgreSQL/PostGIS database
 * ({@code org.forestcoverage.io.gdal.store.OgrCatalog}). Every call is one transaction: a failed {@link #add} leaves the
 * store as it was, and two processes adding at once never corrupt it (a uniqueness constraint on product id and
 * checksum decides between them). One instance per thread.
 *
 * <pre>{@code
 * try (CatalogStore c = OgrCatalog.open("scenes.gpkg", true)) {
 *     c.add(List.of(entry));
 *     c.list().forEach(e -> System.out.println(e.productId()));
 * }
 * }</pre>
 */
public interface CatalogStore extends AutoCloseable {
    /**
     * Records all of {@code entries} or none.
     *
     * @throws CatalogException naming the product when one is already recorded (same id or same checksum)
     */
    default void add(List<CatalogEntry> entries) {
        add(entries, null);
    }

    /**
     * Records all of {@code entries} and, unless {@code null}, {@code districts} as the catalogue's districts (in
     * place of any recorded before), or nothing.
     *
     * @throws CatalogException naming the product when one is already recorded (same id or same checksum)
     */
    void add(List<CatalogEntry> entries, DistrictArea districts);

    /** The districts recorded by the last {@code catalog add --districts}, if any. */
    Optional<DistrictArea> districts();

    /** Every product recorded, by acquisition date then product id. */
    List<CatalogEntry> list();

    /**
     * Removes the products with these ids, all or none.
     *
     * @throws CatalogException naming the first id the catalogue does not hold
     */
    void remove(List<String> productIds);

    @Override
    void close();
}
