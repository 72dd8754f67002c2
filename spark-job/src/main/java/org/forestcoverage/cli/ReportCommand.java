package org.forestcoverage.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.output.OutputFolder;
import org.forestcoverage.report.page.Lang;
import org.forestcoverage.report.page.ReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code forest report RUN [--qa QA] [--lang zh|en] [--trajectory FILE] --out DIR}: the run's report as one
 * self-contained page, {@code DIR/report.html}, with every chart and map beside it as SVG and PNG files.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a run's report: DIR/report.html (self-contained, opens from disk) and its charts as SVG and PNG.")
public final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN", description = "Output folder of forest analyze (coverage.csv, maps, districts.gpkg).")
    Path run;
    @Option(names = "--qa", paramLabel = "QA", description = "Output folder of forest qa: accuracy section and confidence intervals.")
    Path qa;
    @Option(names = "--lang", defaultValue = "en", converter = LangConverter.class, paramLabel = "zh|en",
            description = "Language of the report: zh (Chinese) or en (English) (default ${DEFAULT-VALUE}).")
    Lang lang;
    @Option(names = "--trajectory", paramLabel = "FILE",
            description = "Trajectory CSV to compare the city with (default: the one the run was analysed with).")
    Path trajectory;
    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output folder: a new or empty folder, or an earlier report with --overwrite.")
    Path out;
    @Option(names = "--overwrite", description = "Replace an earlier report in --out (only the files forest wrote there).")
    boolean overwrite;

    /** Parses {@code zh} / {@code en} into a {@link Lang}, as a usage error otherwise. */
    static final class LangConverter implements CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            try {
                return Lang.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not zh or en");
            }
        }
    }

    @Override
    public Integer call() {
        ReportWriter.Result r = write(run, Optional.ofNullable(qa), new ReportWriter.Options(lang,
                Optional.ofNullable(trajectory), ForestCommand.VERSION), out, overwrite);
        print(r, System.out, System.err);
        return 0;
    }

    /**
     * Writes the report into {@code out} through an {@link OutputFolder}: nothing is left behind on failure, and
     * neither the run, the QA folder nor the trajectory may lie inside {@code out}.
     */
    static ReportWriter.Result write(Path run, Optional<Path> qa, ReportWriter.Options options, Path out,
                                     boolean overwrite) {
        Path target = out.toAbsolutePath().normalize();
        List<String> inputs = new ArrayList<>(List.of(run.toString()));
        qa.ifPresent(q -> inputs.add(q.toString()));
        options.trajectory().ifPresent(t -> inputs.add(t.toString()));
        try (OutputFolder o = OutputFolder.create(out, "report", overwrite, inputs)) {
            ReportWriter.Result r = ReportWriter.write(run, qa, options, o.dir());
            o.commit();
            return new ReportWriter.Result(target.resolve(ReportWriter.PAGE),
                    r.files().stream().map(f -> target.resolve(f.getFileName())).toList(), r.warnings());
        }
    }

    static void print(ReportWriter.Result r, PrintStream out, PrintStream err) {
        r.warnings().forEach(w -> err.println("forest: warning: " + w));
        out.println("report: " + r.page() + " (" + r.files().size() + " chart files beside it)");
    }
}
