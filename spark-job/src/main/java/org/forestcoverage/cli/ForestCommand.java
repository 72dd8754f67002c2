package org.forestcoverage.cli;

import org.forestcoverage.spark.SparkSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code forest} command line: {@code analyze}, {@code demo} and the QA commands. Exit status 0 on
 * success, 1 for bad input (one line on stderr naming the file and the problem), 2 for bad usage.
 */
@Command(name = "forest", mixinStandardHelpOptions = true, version = "forest-coverage 0.1.0",
        description = "Forest coverage per district from yearly satellite scenes.",
        subcommands = {AnalyzeCommand.class, DemoCommand.class, CatalogCommand.class, QaCommand.class,
                SampleCommand.class, CalibrateCommand.class, CommandLine.HelpCommand.class})
public final class ForestCommand {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (used by main and by tests); each analysis starts its own Spark context. */
    public static CommandLine commandLine() {
        return commandLine(SparkSource.PER_RUN);
    }

    /** The command line with analyses on the Spark contexts {@code spark} hands out (tests share one). */
    public static CommandLine commandLine(SparkSource spark) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine cl = new CommandLine(new ForestCommand(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == AnalyzeCommand.class) {
                    return cls.cast(new AnalyzeCommand(spark));
                }
                if (cls == DemoCommand.class) {
                    return cls.cast(new DemoCommand(spark));
                }
                return defaults.create(cls);
            }
        });
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
            Throwable t = ex;
            while (t.getCause() != null && t.getMessage() == null) {
                t = t.getCause();
            }
            cmd.getErr().println("forest: " + oneLine(t));
            if (System.getenv("FOREST_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        return cl;
    }

    static String oneLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
