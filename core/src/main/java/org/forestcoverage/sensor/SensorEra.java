package org.forestcoverage.sensor;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forestcoverage.scene.SceneSpec;

/**
 * The years a sensor can have imaged: a scene's year outside them is a typo (1850, 3000, 2102 for 2012), refused
 * with the allowed range. Bounds are the launch years and, for retired missions, the end of their imaging; a mission
 * still flying (or one whose end is not fixed here) runs to next year. The mission is taken from the preset and,
 * when they tell it, from the scene id or band file name ({@code LC09_...}, {@code LT05...}, {@code S2B_...}).
 * Generic scenes: 1972 (Landsat 1) to next year. Package-private helper of {@link Sensors}.
 */
final class SensorEra {
    private static final Pattern SENTINEL2_UNIT = Pattern.compile("(?i)(?:^|[^A-Z0-9])S2([ABC])_");

    private SensorEra() {
    }

    /** The range of one mission: what it is called in messages, first and last year ({@code 0} = next year). */
    private record Era(String name, int first, int last) {
    }

    /** Refuses {@code spec} when its year is outside its sensor's era; the message gives the allowed range. */
    static void check(SceneSpec spec, SceneRequest request) {
        Era era = era(spec, request);
        int last = era.last == 0 ? LocalDate.now(ZoneOffset.UTC).getYear() + 1 : era.last;
        if (spec.year() < era.first || spec.year() > last) {
            throw new SensorException(request.context() + ": year " + spec.year() + " is outside the years "
                    + era.name + " can have imaged (" + era.first + ".." + last + "); check field 'year'");
        }
    }

    private static Era era(SceneSpec spec, SceneRequest r) {
        Optional<Integer> landsat = ProductNames.landsatMission(r.id())
                .or(() -> ProductNames.landsatMission(spec.red().path()));
        switch (spec.sensor()) {
            case "sentinel-2-l2a": {
                Matcher m = SENTINEL2_UNIT.matcher(r.id() + " " + ProductNames.fileName(spec.red().path()));
                if (m.find()) {
                    String unit = m.group(1).toUpperCase(Locale.ROOT);
                    int launch = switch (unit) {
                        case "A" -> 2015;
                        case "B" -> 2017;
                        default -> 2024;
                    };
                    return new Era("Sentinel-2" + unit, launch, 0);
                }
                return new Era("Sentinel-2", 2015, 0);
            }
            case "landsat-c2-l2":
                return landsat.filter(n -> n == 9).isPresent() ? new Era("Landsat 9 OLI", 2021, 0)
                        : new Era("Landsat 8/9 OLI", 2013, 0);
            case "landsat-c2-l2-tm":
                return landsat.map(SensorEra::landsat).orElse(new Era("Landsat 4/5 TM and 7 ETM+", 1982, 0));
            case "landsat-l1-toa":
                return landsat.map(SensorEra::landsat).orElse(new Era("Landsat", 1972, 0));
            default:
                return new Era("any Earth-observation satellite (Landsat 1 launched in 1972)", 1972, 0);
        }
    }

    private static Era landsat(int mission) {
        return switch (mission) {
            case 1, 2, 3 -> new Era("Landsat " + mission + " MSS", 1972, 1983);
            case 4 -> new Era("Landsat 4 TM", 1982, 1993);
            case 5 -> new Era("Landsat 5 TM", 1984, 2013);
            case 7 -> new Era("Landsat 7 ETM+", 1999, 0);
            case 8 -> new Era("Landsat 8 OLI", 2013, 0);
            case 9 -> new Era("Landsat 9 OLI", 2021, 0);
            default -> new Era("Landsat", 1972, 0);
        };
    }
}
