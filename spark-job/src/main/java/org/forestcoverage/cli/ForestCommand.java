package org.forestcoverage.cli;

import java.nio.file.Path;
import org.forestcoverage.output.Interruption;
import org.forestcoverage.spark.SparkAnalysis;
import org.forestcoverage.spark.SparkLogs;
import org.forestcoverage.spark.SparkSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code forest} command line: {@code analyze}, {@code demo}, the QA commands and {@code report}. Exit status 0
 * on success, 1 for bad input (one line on stderr naming the file and the problem), 2 for bad usage (one line),
 * 128 + the signal's number when interrupted (130 for Ctrl-C, 143 for SIGTERM). {@code --debug} adds stack traces
 * and Spark's own log lines.
 */
@Command(name = "forest", mixinStandardHelpOptions = true, version = ForestCommand.VERSION,
        description = "Forest coverage per district from yearly satellite scenes.",
        subcommands = {AnalyzeCommand.class, DemoCommand.class, CatalogCommand.class, QaCommand.class,
                SampleCommand.class, CalibrateCommand.class, TrajectoryCommand.class, ReportCommand.class,
                CommandLine.HelpCommand.class})
public final class ForestCommand {
    /** The tool's name and version, as {@code --version} prints it and reports record it. */
    public static final String VERSION = "forest-coverage 0.1.0";

    /** Whether {@code --debug} (or FOREST_DEBUG) is on; Spark's logging follows it. */
    private static volatile boolean debug;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On errors, print the stack trace; show Spark's own warnings.")
    void debug(boolean on) {
        boolean wanted = on || System.getenv("FOREST_DEBUG") != null;
        if (wanted != debug) {
            SparkLogs.debug(wanted);
        }
        debug = wanted;
    }

    public static void main(String[] args) {
        if (startsSpark(args)) {
            // before the command line is parsed (building its model takes a few hundred ms): the compiler directives
            // must be in place before the JVM's start-up code is hot enough for C2
            SparkAnalysis.prepareJvm();
        }
        // Ctrl-C / SIGTERM: stop the work, remove the run's temporaries, one line (output.Interruption)
        Interruption.install(System.err);
        System.exit(commandLine().execute(args));
    }

    /** Whether the command the arguments name (the first one that is not an option) starts Spark. */
    static boolean startsSpark(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return a.equals("analyze") || a.equals("demo");
            }
        }
        return false;
    }

    /** The configured command line (used by main and by tests); each analysis starts its own Spark context. */
    public static CommandLine commandLine() {
        return commandLine(SparkSource.PER_RUN);
    }

    /** The command line with analyses on the Spark contexts {@code spark} hands out (tests share one). */
    public static CommandLine commandLine(SparkSource spark) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        ForestCommand root = new ForestCommand();
        root.debug(false);                                    // a new command line starts without --debug
        CommandLine cl = new CommandLine(root, new CommandLine.IFactory() {
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
        cl.registerConverter(Path.class, UserPaths::path);
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
            if (Interruption.interrupted()) {
                return 1;                                     // the interrupt's own line says what happened
            }
            cmd.getErr().println("forest: " + oneLine(cause(ex)));
            if (debug) {
                ex.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("forest: " + oneLine(ex) + " (see: forest " + (c.getCommandName().equals("forest") ? ""
                    : c.getCommandName() + " ") + "--help)");
            return c.getCommandSpec().exitCodeOnInvalidInput();
        });
        return cl;
    }

    /** The exception whose message says what went wrong: Spark's and the JVM's wrappers are skipped. */
    static Throwable cause(Throwable ex) {
        Throwable t = ex;
        while (t.getCause() != null && (t.getMessage() == null || t.getClass().getName().startsWith("org.apache.spark.")
                || t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        return t;
    }

    static String oneLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
