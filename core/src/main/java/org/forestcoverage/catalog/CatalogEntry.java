package org.forestcoverage.catalog;

import java.time.LocalDate;
import java.util.List;
import org.forestcoverage.provenance.FileChecksum;

/**
 * One product as the catalogue records it, after its checks passed. Immutable.
 *
 * @param productId    the product's own id (Landsat: {@code LANDSAT_PRODUCT_ID}); unique in a catalogue
 * @param sensor       the sensor preset that reads it ({@code landsat-c2-l2}, ...)
 * @param acquired     acquisition date (UTC); the analysis year is its year
 * @param cloudPct     share of the product's valid pixels its quality band masks (cloud, shadow...), percent
 * @param footprintWkt polygon of the valid data, WGS84 longitude/latitude, WKT
 * @param metadata     the metadata file the preset reads (MTL, MTD_MSIL2A.xml), absolute
 * @param files        every file of the product with its SHA-256, sorted by path
 * @param checksum     SHA-256 over the files' checksums ({@link FileChecksum#combined}); unique in a catalogue
 */
public record CatalogEntry(String productId, String sensor, LocalDate acquired, double cloudPct, String footprintWkt,
                           String metadata, List<FileChecksum> files, String checksum) {
    public CatalogEntry {
        files = List.copyOf(files);
    }

    /** The analysis year: the acquisition's calendar year. */
    public int year() {
        return acquired.getYear();
    }
}
