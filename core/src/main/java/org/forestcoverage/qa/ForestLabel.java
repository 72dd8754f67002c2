package org.forestcoverage.qa;

import java.util.Locale;
import java.util.Optional;

/**
 * Reference label of a survey plot. Text forms accepted by {@link #parse}, case-insensitive and trimmed:
 * {@code forest}, {@code 1} for {@link #FOREST}; {@code non-forest}, {@code nonforest}, {@code non_forest},
 * {@code non forest}, {@code 0} for {@link #NON_FOREST}.
 *
 * <pre>{@code
 * ForestLabel l = ForestLabel.parse("Non-Forest").orElseThrow();   // NON_FOREST
 * }</pre>
 */
public enum ForestLabel {
    FOREST,
    NON_FOREST;

    /** The accepted spellings, for error messages. */
    public static final String ACCEPTED = "forest, non-forest, nonforest, non_forest, 1, 0 (case-insensitive)";

    /** The label of {@code text}, or empty if it is not one of the accepted forms. */
    public static Optional<ForestLabel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "forest":
            case "1":
                return Optional.of(FOREST);
            case "non-forest":
            case "nonforest":
            case "non_forest":
            case "non forest":
            case "0":
                return Optional.of(NON_FOREST);
            default:
                return Optional.empty();
        }
    }

    /** The canonical text form, {@code forest} or {@code non-forest}. */
    public String text() {
        return this == FOREST ? "forest" : "non-forest";
    }
}
