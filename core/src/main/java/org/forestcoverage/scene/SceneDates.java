package org.forestcoverage.scene;

import java.io.File;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scene's acquisition date: the one its product's metadata states ({@link SceneSpec#acquired()}: Landsat MTL
 * {@code DATE_ACQUIRED}, STAC {@code datetime}, Sentinel-2 {@code PRODUCT_START_TIME}), else from the names it
 * carries: the first {@code _YYYYMMDD} of its product id, else of its red band's file name (Landsat {@code LC08_L2SP_123032_20220406_20220418_02_T1}: the acquisition date comes
 * before the processing date; Sentinel-2 {@code S2B_MSIL2A_20220801T030529_...}). Stateless.
 *
 * <pre>{@code
 * LocalDate d = SceneDates.acquisition(scene);   // 2022-04-06, or null when no name holds a date
 * }</pre>
 */
public final class SceneDates {
    private static final Pattern DATE = Pattern.compile("(?:^|_)((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=$|[_T.])");

    private SceneDates() {
    }

    /** The acquisition date, or {@code null} when neither the metadata, the id nor the red file's name holds one. */
    public static LocalDate acquisition(SceneSpec s) {
        if (s.acquired() != null) {
            return s.acquired();
        }
        LocalDate d = first(s.id());
        return d != null ? d : first(new File(s.red().path()).getName());
    }

    static LocalDate first(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = DATE.matcher(name);
        while (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // eight digits that are not a date: look further
            }
        }
        return null;
    }

    /**
     * The UTC date of an ISO 8601 timestamp as metadata write it ({@code 2022-08-01T03:05:29.024Z},
     * {@code 2022-08-01T11:05:29+08:00}: 1 August), or of a bare date ({@code 2022-08-01}).
     *
     * @throws DateTimeParseException when the text is neither
     */
    public static LocalDate utcDate(String timestamp) {
        String t = timestamp.strip();
        if (t.length() <= 10) {
            return LocalDate.parse(t);
        }
        return OffsetDateTime.parse(t).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }
}
