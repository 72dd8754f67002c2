package org.forestcoverage.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.forestcoverage.catalog.CatalogEntry;
import org.forestcoverage.catalog.CatalogFilter;
import org.forestcoverage.catalog.DistrictArea;
import org.forestcoverage.catalog.Products;
import org.forestcoverage.catalog.Submission;
import org.forestcoverage.io.gdal.store.OgrCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code forest catalog add|list|remove}: the scene catalogue, a GeoPackage file or a PostgreSQL/PostGIS database
 * ({@code PG:...}). A refused product ends with exit status 1, one line naming the file and the problem, and the
 * catalogue unchanged.
 */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "The scene catalogue: a GeoPackage file (default) or PostgreSQL/PostGIS ('PG:host=... dbname=...').",
        subcommands = {CatalogCommand.Add.class, CatalogCommand.ListProducts.class, CatalogCommand.Remove.class})
public final class CatalogCommand {

    /** {@code catalog add CATALOG PRODUCT...}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Check products and record them: all or none. Products: Landsat C2 L2 folders (or their MTL),"
                    + " Sentinel-2 L2A .SAFE folders (or their MTD_MSIL2A.xml), STAC items (*.json with local assets),"
                    + " plain band files described by a sidecar NAME.scene.json (or the folder holding it).",
                    "The cloud share is measured over each whole product, and over the districts of --districts (which"
                    + " the catalogue then records) or else of the catalogue's recorded districts."})
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", description = "Catalogue: a .gpkg file (created if missing) or PG:connection-string.")
        String catalog;
        @Parameters(index = "1..*", arity = "1..*", description = "Products: folders, MTL/MTD files, STAC items, sidecars.")
        List<Path> products;
        /** {@code --districts}, {@code --id-field}, {@code --districts-crs}: where the cloud share is measured. */
        @Mixin
        DistrictOptions districtOptions = new DistrictOptions();
        @Option(names = "--districts-gcj02", description = "The districts are GCJ-02 lon/lat: convert them to WGS84.")
        boolean districtsGcj02;

        @Override
        public Integer call() {
            DistrictArea area = districtOptions.area(districtsGcj02);
            try (OgrCatalog c = OgrCatalog.open(catalog, true)) {
                List<CatalogEntry> added = Submission.add(c, Products.DEFAULT, products, area, System.out::println);
                System.out.println("added " + added.size() + " product(s) to " + catalog);
            }
            return 0;
        }
    }

    /** {@code catalog list CATALOG [filters]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the catalogued products.")
    static final class ListProducts implements Callable<Integer> {
        @Parameters(index = "0", description = "Catalogue (.gpkg or PG:...).") String catalog;
        @Option(names = "--years", description = "YYYY or YYYY-YYYY.") String years;
        @Option(names = "--season", description = "MM-DD..MM-DD.") String season;
        @Option(names = "--sensor", description = "Sensor preset, e.g. landsat-c2-l2.") String sensor;
        @Option(names = "--max-cloud", description = "Largest cloud share, percent: over the recorded districts where it"
                + " was measured over them, else over the product.") Double maxCloud;

        @Override
        public Integer call() {
            CatalogFilter f = CatalogFilter.parse(years, season, sensor, maxCloud);
            try (OgrCatalog c = OgrCatalog.open(catalog, false)) {
                List<CatalogEntry> shown = c.list().stream().filter(e -> f.refusal(e) == null).toList();
                System.out.println("product_id\tsensor\tacquired\tcloud_pct\tfiles\tmetadata\tdistrict_cloud_pct");
                for (CatalogEntry e : shown) {
                    System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%.2f\t%d\t%s\t%s%n", e.productId(), e.sensor(),
                            e.acquired(), e.cloudPct(), e.files().size(), e.metadata(), e.districtCloudPct() == null
                            ? "" : String.format(Locale.ROOT, "%.2f", e.districtCloudPct()));
                }
            }
            return 0;
        }
    }

    /** {@code catalog remove CATALOG PRODUCT_ID...}. */
    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove products from the catalogue (their files are left where they are).")
    static final class Remove implements Callable<Integer> {
        @Parameters(index = "0", description = "Catalogue (.gpkg or PG:...).") String catalog;
        @Parameters(index = "1..*", arity = "1..*", description = "Product ids.") List<String> ids;

        @Override
        public Integer call() {
            try (OgrCatalog c = OgrCatalog.open(catalog, false)) {
                c.remove(ids);
            }
            System.out.println("removed " + ids.size() + " product(s) from " + catalog);
            return 0;
        }
    }
}
