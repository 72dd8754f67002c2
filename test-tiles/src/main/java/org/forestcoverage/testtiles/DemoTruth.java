package org.forestcoverage.testtiles;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link DemoDataset#write} wrote and the expected result of analysing it.
 *
 * @param manifest  {@code manifest.json} (paths inside are relative to it)
 * @param districts {@code districts.geojson} (properties {@code district_id}, {@code name})
 * @param scenes    the scene GeoTIFFs in manifest order
 * @param years     one entry per year, ascending
 */
public record DemoTruth(Path manifest, Path districts, List<Path> scenes, List<YearTruth> years) {

    public DemoTruth {
        scenes = List.copyOf(scenes);
        years = List.copyOf(years);
    }

    /** The truth of {@code year}; throws when the demo has no such year. */
    public YearTruth year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the demo has no year " + year));
    }
}
