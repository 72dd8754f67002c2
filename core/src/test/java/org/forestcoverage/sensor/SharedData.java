package org.forestcoverage.sensor;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared/data (system property {@code forest.shared.dir}); tests skip when it is absent. */
final class SharedData {
    private SharedData() {
    }

    static Path file(String relative) {
        Path dir = Path.of(System.getProperty("forest.shared.dir", "../../shared"), "data");
        Path f = dir.resolve(relative);
        assumeTrue(Files.isRegularFile(f), "shared test data absent: " + f.toAbsolutePath().normalize()
                + " (set -Dforest.shared.dir to the folder holding data/); skipping");
        return f;
    }

    static Path c2l2Mtl() {
        return file("landsat-c2l2-mtl/LC08_L2SP_224078_20200127_20200823_02_T1_MTL.txt");
    }

    static Path floridaMtl() {
        return file("landsat8-l1-florida/l8_MTL.txt");
    }
}
