package org.forestcoverage.report.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A number as a run's file wrote it: the exact text (shown in the page's {@code data-value} attributes, so anyone can
 * check the page against the file) and its value. {@link #MISSING} for an empty field or {@code NaN}. Immutable.
 *
 * <pre>{@code
 * Figure f = Figure.parse("44.9612");
 * f.rounded(2);   // "44.96" (half up, the way a person rounds)
 * }</pre>
 */
public record Figure(String text, double value) {
    /** No value (empty field, NaN, not estimable). */
    public static final Figure MISSING = new Figure("", Double.NaN);

    /** Parses a decimal field; empty, {@code NaN} and {@code n/a} give {@link #MISSING}. */
    public static Figure parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty() || t.equalsIgnoreCase("nan") || t.equalsIgnoreCase("n/a")) {
            return MISSING;
        }
        try {
            return new Figure(t, new BigDecimal(t).doubleValue());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + t + "' is not a number");
        }
    }

    /** A computed value (e.g. a difference), its text being the shortest decimal of the double. */
    public static Figure of(double v) {
        return Double.isFinite(v) ? new Figure(BigDecimal.valueOf(v).toPlainString(), v) : MISSING;
    }

    public static Figure of(Optional<String> text) {
        return text.map(Figure::parse).orElse(MISSING);
    }

    public boolean present() {
        return !text.isEmpty();
    }

    /** The text rounded half up to {@code decimals} places (from the exact decimal, not the double). */
    public String rounded(int decimals) {
        if (!present()) {
            return "";
        }
        return new BigDecimal(text).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@link #rounded} with a sign ({@code +0.12}, {@code -0.05}, {@code 0.00}). */
    public String signed(int decimals) {
        String r = rounded(decimals);
        return r.isEmpty() || r.startsWith("-") || new BigDecimal(r).signum() == 0 ? r : "+" + r;
    }
}
