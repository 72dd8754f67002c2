package org.forestcoverage.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.forestcoverage.output.OutputFolder;
import org.forestcoverage.report.TrajectoryReport;
import org.forestcoverage.trajectory.Trajectory;
import org.forestcoverage.trajectory.YearEvidence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code forest trajectory}: a run's city coverage against an official trajectory, each year judged with the 95 %
 * interval of a QA folder (the change since the line's baseline measured on a plot panel, else the year's
 * error-adjusted coverage): above, below or not distinguishable from the line, in words. Prints the table; with
 * {@code --out}, writes it as trajectory.csv.
 */
@Command(name = "trajectory", mixinStandardHelpOptions = true,
        description = "Judge a run's coverage against a trajectory with the confidence intervals of a QA folder.")
public final class TrajectoryCommand implements Callable<Integer> {

    @Option(names = "--run", required = true, description = "Output folder of forest analyze (coverage.csv).")
    Path run;
    @Option(names = "--qa", required = true, description = "Output folder of forest qa (qa.csv; change.csv and panel.csv for a panel).")
    Path qa;
    @Option(names = "--trajectory", required = true, description = "Official trajectory (CSV, e.g. config/beijing-trajectory.csv).")
    Path trajectory;
    @Option(names = "--out", description = "Write trajectory.csv into this folder (new, empty, or an earlier output with --overwrite).")
    Path out;
    @Option(names = "--overwrite", description = "Replace an earlier output of forest in --out.")
    boolean overwrite;

    @Override
    public Integer call() {
        Trajectory t = Trajectory.readCsv(trajectory);
        Map<Integer, Double> mapped = TrajectoryReport.cityCoverage(run);
        List<YearEvidence> years = TrajectoryReport.judge(t, mapped, qa);
        if (out != null) {
            List<String> inputs = new ArrayList<>(List.of(run.toString(), qa.toString(), trajectory.toString()));
            try (OutputFolder o = OutputFolder.create(out, "trajectory", overwrite, inputs)) {
                TrajectoryReport.writeEvidenceCsv(years, o.dir().resolve("trajectory.csv"));
                o.commit();
            }
        }
        System.out.println("City against " + trajectory.getFileName() + " with the intervals of " + qa + ":");
        System.out.print(TrajectoryReport.evidenceTable(years));
        return 0;
    }
}
