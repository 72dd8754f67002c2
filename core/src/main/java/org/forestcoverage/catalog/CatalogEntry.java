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
 * @param districtCloudPct the same share over the valid pixels whose centre lies in the districts ({@link
 *                     #districtsSha256}), percent; {@code null} when no districts were known when it was added, or when
 *                     no valid pixel lies in them
 * @param districtsSha256 SHA-256 of the districts file {@code districtCloudPct} was measured over, or {@code null}
 * @param footprintWkt polygon of the valid data, WGS84 longitude/latitude, WKT
 * @param metadata     the metadata file the preset reads (MTL, MTD_MSIL2A.xml), absolute
 * @param files        every file of the product with its SHA-256, sorted by path
 * @param checksum     SHA-256 over the files' checksums ({@link FileChecksum#combined}); unique in a catalogue
 */
public record CatalogEntry(String productId, String sensor, LocalDate acquired, double cloudPct,
                           Double districtCloudPct, String districtsSha256, String footprintWkt,
                           String metadata, List<FileChecksum> files, String checksum) {
    public CatalogEntry {
        files = List.copyOf(files);
        if (districtCloudPct != null && districtsSha256 == null) {
            throw new IllegalArgumentException("product " + productId + ": a district cloud share needs the districts'"
                    + " SHA-256");
        }
    }

    /**
     * True when the cloud share was measured over the districts of {@code districtsSha256} ({@code null}: over
     * whichever districts it was measured over, if any).
     */
    public boolean measuredOver(String districtsSha256) {
        return this.districtsSha256 != null && (districtsSha256 == null || districtsSha256.equals(this.districtsSha256));
    }

    /**
     * The cloud share that counts for the districts of {@code districtsSha256} ({@code null}: the catalogue's): over
     * them when it was measured over them and some valid pixel lies in them, else over the product. Percent.
     */
    public double cloudPctFor(String districtsSha256) {
        return measuredOver(districtsSha256) && districtCloudPct != null ? districtCloudPct : cloudPct;
    }

    /** {@link #cloudPctFor} in words: {@code cloud 2.5 % over the districts} or {@code ... over the product}. */
    public String cloudText(String districtsSha256) {
        return String.format(java.util.Locale.ROOT, "cloud %.1f %% over the %s", cloudPctFor(districtsSha256),
                measuredOver(districtsSha256) && districtCloudPct != null ? "districts" : "product");
    }

    /** The analysis year: the acquisition's calendar year. */
    public int year() {
        return acquired.getYear();
    }
}
