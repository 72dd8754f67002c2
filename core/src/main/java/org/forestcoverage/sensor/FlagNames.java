package org.forestcoverage.sensor;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Parses quality-flag names as written in a manifest ({@code "cloud"}, {@code "CLOUD_SHADOW"}, {@code "dilated-cloud"}). */
final class FlagNames {
    private FlagNames() {
    }

    /**
     * @param band    the quality band's name for the message ({@code QA_PIXEL}, {@code BQA})
     * @param context names the scene and field in the error message
     * @throws SensorException for an unknown name, listing the known ones
     */
    static <E extends Enum<E>> Set<E> parse(Class<E> type, Collection<String> names, String band, String context) {
        Set<E> out = EnumSet.noneOf(type);
        for (String n : names) {
            String k = n.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            try {
                out.add(Enum.valueOf(type, k));
            } catch (IllegalArgumentException e) {
                throw new SensorException(context + ": unknown " + band + " flag '" + n + "'; known flags: "
                        + EnumSet.allOf(type));
            }
        }
        return out;
    }
}
