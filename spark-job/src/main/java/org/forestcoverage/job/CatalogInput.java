package org.forestcoverage.job;

import java.util.List;
import org.forestcoverage.catalog.CatalogFilter;
import org.forestcoverage.catalog.CatalogScenes;
import org.forestcoverage.catalog.Products;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.DistrictReader;
import org.forestcoverage.io.gdal.store.OgrCatalog;
import org.forestcoverage.zones.District;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * {@code analyze --catalog}: the catalogue (a GeoPackage path or {@code PG:...}) and which of its products to use.
 * Immutable.
 *
 * @param location the catalogue
 * @param filter   years, season, cloud
 */
public record CatalogInput(String location, CatalogFilter filter) {

    /** The products the analysis uses and why the others were left out; the districts decide the overlap. */
    public CatalogScenes select(JobConfig config) {
        List<District> lonLat = DistrictReader.read(config.districts().toString(), config.idField(),
                config.nameField(), Crs.toWkt("EPSG:4326"), config.districtsCrs(), config.districtInput().gcj02());
        Geometry union = UnaryUnionOp.union(lonLat.stream().map(District::geometry).toList());
        try (OgrCatalog c = OgrCatalog.open(location, false)) {
            return CatalogScenes.select(c.list(), filter, union, Products.DEFAULT);
        }
    }
}
