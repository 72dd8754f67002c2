package org.forestcoverage.spark;

import java.util.regex.Pattern;

/**
 * The Spark master URLs the job accepts, checked before Spark starts (Spark's own error comes seconds later, with
 * a stack trace): {@code local}, {@code local[N]}, {@code local[*]}, {@code local[N,F]}, {@code local-cluster[N,C,M]},
 * {@code spark://HOST:PORT[,HOST:PORT...]}, {@code yarn}, {@code k8s://...}. The patterns are those of Spark 4.0's
 * {@code SparkMasterRegex}, with N >= 1.
 */
public final class SparkMasters {
    private static final Pattern VALID = Pattern.compile("local"
            + "|local\\[(\\*|[1-9][0-9]*)\\]"
            + "|local\\[(\\*|[1-9][0-9]*)\\s*,\\s*[0-9]+\\]"
            + "|local-cluster\\[\\s*[0-9]+\\s*,\\s*[0-9]+\\s*,\\s*[0-9]+\\s*\\]"
            + "|spark://[^,/:\\s]+:[0-9]+(,[^,/:\\s]+:[0-9]+)*"
            + "|yarn"
            + "|k8s://\\S+");

    private SparkMasters() {
    }

    /** {@code master} when Spark accepts it; otherwise an {@link IllegalArgumentException} saying what would. */
    public static String check(String master) {
        if (!VALID.matcher(master).matches()) {
            throw new IllegalArgumentException("--master " + master + ": not a Spark master URL; use local[*], local[N], "
                    + "spark://HOST:7077, yarn or k8s://https://HOST:PORT");
        }
        return master;
    }
}
