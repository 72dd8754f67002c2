package org.forestcoverage.job;

import org.forestcoverage.catalog.CatalogFilter;
import org.forestcoverage.catalog.CatalogScenes;
import org.forestcoverage.catalog.DistrictArea;
import org.forestcoverage.catalog.Products;
import org.forestcoverage.io.gdal.store.OgrCatalog;

/**
 * {@code analyze --catalog}: the catalogue (a GeoPackage path or {@code PG:...}) and which of its products to use.
 * Immutable.
 *
 * @param location the catalogue
 * @param filter   years, season, cloud
 */
public record CatalogInput(String location, CatalogFilter filter) {

    /**
     * The products the analysis uses and why the others were left out; the districts decide the overlap, and
     * {@code --max-cloud} takes a product's cloud share over them when it was catalogued with the same districts file.
     */
    public CatalogScenes select(JobConfig config) {
        DistrictArea districts = DistrictArea.read(config.districts(), config.idField(), config.districtsCrs(),
                config.districtInput().gcj02());
        try (OgrCatalog c = OgrCatalog.open(location, false)) {
            return CatalogScenes.select(c.list(), filter, districts, Products.DEFAULT);
        }
    }
}
