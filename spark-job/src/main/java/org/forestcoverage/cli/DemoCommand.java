package org.forestcoverage.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code forest demo}: generates the synthetic demo data set and analyses it with embedded Spark. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run the bundled synthetic demo (2020-2025).")
public final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("demo data set not wired yet");
    }
}
