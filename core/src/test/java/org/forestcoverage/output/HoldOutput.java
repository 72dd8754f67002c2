package org.forestcoverage.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A second process for {@link OutputFolderTest}: opens an output folder at {@code args[0]}, writes a file into its
 * staging folder, prints {@code ready} and waits until its standard input closes (or it is killed).
 */
public final class HoldOutput {
    private HoldOutput() {
    }

    public static void main(String[] args) throws Exception {
        try (OutputFolder out = OutputFolder.create(Path.of(args[0]), "analyze", false, List.of())) {
            Files.writeString(out.dir().resolve("coverage.csv"), "year,district\n");
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait
            }
        }
    }
}
