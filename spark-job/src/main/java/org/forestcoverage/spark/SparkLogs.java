package org.forestcoverage.spark;

import java.net.URISyntaxException;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * What Spark logs on the terminal. By default ({@code log4j2.properties}) only what matters to a user, one line
 * each: a cluster that gives the job no executors or loses them, a master that cannot be reached; the job reports
 * its own failures. {@link #debug(boolean)} switches to Spark's warnings with stack traces ({@code log4j2-debug.properties}).
 */
public final class SparkLogs {
    private SparkLogs() {
    }

    /**
     * From now on, Spark's and Hadoop's warnings with their stack traces ({@code on}), or only what matters (the
     * default).
     */
    public static void debug(boolean on) {
        try {
            Configurator.reconfigure(SparkLogs.class.getResource(on ? "/log4j2-debug.properties" : "/log4j2.properties")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Nothing more from Spark: after an interrupt, its failing tasks would only repeat it. */
    public static void silence() {
        // every logger, those configured on their own (TaskSchedulerImpl) included
        Configurator.setAllLevels(org.apache.logging.log4j.LogManager.ROOT_LOGGER_NAME, org.apache.logging.log4j.Level.OFF);
    }
}
