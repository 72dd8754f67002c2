package org.forestcoverage.survey;

import java.util.List;
import java.util.Optional;

/**
 * What a plot panel says: each domain's coverage per year, the change between every pair of years, and why some
 * could not be estimated. Immutable.
 *
 * @param coverages   per (domain, year), domains in the order given, years ascending
 * @param changes     per (domain, earlier year, later year), every pair of years
 * @param notEstimated one line per (domain, year or pair) that could not be estimated, with the reason
 */
public record PanelResult(List<YearCoverage> coverages, List<CoverageChange> changes, List<String> notEstimated) {

    public PanelResult {
        coverages = List.copyOf(coverages);
        changes = List.copyOf(changes);
        notEstimated = List.copyOf(notEstimated);
    }

    /** The coverage of {@code domain} in {@code year}, if estimated. */
    public Optional<YearCoverage> coverage(String domain, int year) {
        return coverages.stream().filter(c -> c.domain().equals(domain) && c.year() == year).findFirst();
    }

    /** The change of {@code domain} from {@code fromYear} to {@code toYear}, if estimated. */
    public Optional<CoverageChange> change(String domain, int fromYear, int toYear) {
        return changes.stream().filter(c -> c.domain().equals(domain) && c.fromYear() == fromYear
                && c.toYear() == toYear).findFirst();
    }
}
