package org.forestcoverage.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code catalog add}: reads and checks every product first, then records them all in one transaction, so a refused
 * product leaves the catalogue unchanged. Duplicates within the submission are refused here, duplicates of products
 * already recorded by the store's uniqueness constraint. The cloud share is measured over the districts given, else
 * over the catalogue's recorded districts, and over the whole product in every case; districts given are recorded
 * with the products (in place of the earlier ones).
 *
 * <pre>{@code
 * List<CatalogEntry> added = Submission.add(store, Products.DEFAULT, folders, districtsOrNull, System.out::println);
 * }</pre>
 */
public final class Submission {
    private Submission() {
    }

    /** Checks the products at {@code paths} and records them, cloud over the catalogue's districts if it has some. */
    public static List<CatalogEntry> add(CatalogStore store, Products readers, List<Path> paths,
                                         Consumer<String> progress) {
        return add(store, readers, paths, null, progress);
    }

    /**
     * Checks the products at {@code paths} and records them; {@code progress} gets one line saying which districts the
     * cloud share is over, then one line per product checked.
     *
     * @param districts the districts to measure cloud over and record, or {@code null} for the recorded ones
     */
    public static List<CatalogEntry> add(CatalogStore store, Products readers, List<Path> paths,
                                         DistrictArea districts, Consumer<String> progress) {
        DistrictArea over = districts != null ? districts : store.districts().orElse(null);
        progress.accept(over == null ? "cloud share over each whole product: the catalogue has no districts (give "
                + "--districts FILE to measure it over them too)"
                : "cloud share over the districts of " + over.source() + (districts == null ? " (recorded in the "
                + "catalogue)" : "") + " and over each whole product");
        List<CatalogEntry> entries = new ArrayList<>();
        Map<String, Path> ids = new HashMap<>();
        Map<String, Path> sums = new HashMap<>();
        for (Path p : paths) {
            Product product = readers.read(p);
            Path before = ids.putIfAbsent(product.productId(), p);
            if (before != null) {
                throw new CatalogException(p + ": duplicate product " + product.productId() + " (also given as "
                        + before + ")");
            }
            CatalogEntry e = ProductCheck.check(product, over);
            Path same = sums.putIfAbsent(e.checksum(), p);
            if (same != null) {
                throw new CatalogException(p + ": duplicate product: the same files as " + same);
            }
            entries.add(e);
            progress.accept(String.format(java.util.Locale.ROOT, "checked %s: %s %s (%s), cloud %.1f %% of the product%s,"
                    + " %d files", p, e.productId(), e.acquired(), e.sensor(), e.cloudPct(), over == null ? ""
                    : e.districtCloudPct() == null ? ", no valid pixel in the districts"
                    : String.format(java.util.Locale.ROOT, ", %.1f %% over the districts", e.districtCloudPct()),
                    e.files().size()));
        }
        store.add(entries, districts);
        return entries;
    }
}
