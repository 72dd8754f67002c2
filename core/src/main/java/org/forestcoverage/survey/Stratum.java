package org.forestcoverage.survey;

/**
 * A stratum of a stratified sample: its name and its population size as an area (the area from which its plots were
 * drawn, e.g. the pixels mapped forest in the year the sample was drawn times their area).
 *
 * <pre>{@code
 * Stratum forest = new Stratum("forest", 3.2e9);   // m2
 * }</pre>
 *
 * @param name   the stratum's name as the plots give it (e.g. {@code forest}, {@code Yanqing/non-forest}), non-blank
 * @param areaM2 its population area, m2, finite and non-negative
 */
public record Stratum(String name, double areaM2) {

    public Stratum {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("stratum name is blank: '" + name + "'");
        }
        if (!(areaM2 >= 0) || Double.isInfinite(areaM2)) {
            throw new IllegalArgumentException("stratum '" + name + "' has area " + areaM2 + " m2");
        }
    }
}
