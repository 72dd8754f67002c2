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
 * already recorded by the store's uniqueness constraint.
 *
 * <pre>{@code
 * List<CatalogEntry> added = Submission.add(store, Products.DEFAULT, folders, System.out::println);
 * }</pre>
 */
public final class Submission {
    private Submission() {
    }

    /** Checks the products at {@code paths} and records them; {@code progress} gets one line per product checked. */
    public static List<CatalogEntry> add(CatalogStore store, Products readers, List<Path> paths,
                                         Consumer<String> progress) {
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
            CatalogEntry e = ProductCheck.check(product);
            Path same = sums.putIfAbsent(e.checksum(), p);
            if (same != null) {
                throw new CatalogException(p + ": duplicate product: the same files as " + same);
            }
            entries.add(e);
            progress.accept(String.format(java.util.Locale.ROOT, "checked %s: %s %s, cloud %.1f %%, %d files",
                    p, e.productId(), e.acquired(), e.cloudPct(), e.files().size()));
        }
        store.add(entries);
        return entries;
    }
}
