package org.forestcoverage.definition;

/** What a coverage rate divides by. */
public enum Denominator {
    /**
     * Land: the total area less water. Unobserved pixels are filled from the nearest year that observed them (and
     * flagged); pixels never observed are left out of numerator and denominator and reported. The official rate.
     */
    LAND("land"),
    /** Observed land only: forest / (forest + non-forest observed this year). The earlier behaviour of the tool. */
    OBSERVED("observed");

    private final String text;

    Denominator(String text) {
        this.text = text;
    }

    /** The name in files and on the command line. */
    public String text() {
        return text;
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static Denominator parse(String text) {
        for (Denominator d : values()) {
            if (d.text.equals(text)) {
                return d;
            }
        }
        throw new IllegalArgumentException("denominator '" + text + "' is not one of land, observed");
    }
}
