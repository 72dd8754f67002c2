package org.forestcoverage.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

/**
 * A season window within each year ({@code --season MM-DD..MM-DD}, both days included); a window whose end comes before
 * its start wraps over the new year ({@code 11-01..02-28}). Immutable.
 *
 * <pre>{@code
 * Season s = Season.parse("06-01..09-30");
 * s.contains(LocalDate.of(2022, 8, 6));   // true
 * }</pre>
 */
public record Season(MonthDay from, MonthDay to) {

    /** {@code MM-DD..MM-DD}; else an error naming the expected form. */
    public static Season parse(String spec) {
        String[] p = spec.strip().split("\\.\\.");
        try {
            if (p.length == 2) {
                return new Season(MonthDay.parse("--" + p[0].strip()), MonthDay.parse("--" + p[1].strip()));
            }
        } catch (DateTimeParseException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException("--season must be MM-DD..MM-DD (e.g. 06-01..09-30), got " + spec);
    }

    public boolean contains(LocalDate d) {
        MonthDay m = MonthDay.from(d);
        return from.isAfter(to) ? !m.isBefore(from) || !m.isAfter(to) : !m.isBefore(from) && !m.isAfter(to);
    }

    @Override
    public String toString() {
        return String.format("%02d-%02d..%02d-%02d", from.getMonthValue(), from.getDayOfMonth(), to.getMonthValue(),
                to.getDayOfMonth());
    }
}
