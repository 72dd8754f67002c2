package org.forestcoverage.testtiles;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.forestcoverage.io.gdal.GdalRaster;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.scene.ManifestReader;
import org.forestcoverage.scene.SceneSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class DemoDatasetTest {

    @TempDir
    static Path tmp;
    static DemoTruth truth;

    @BeforeAll
    static void writeDemo() {
        truth = DemoDataset.write(tmp.resolve("demo"));
    }

    @Test
    void cityCoverageStaysNearTargetAndRisesEveryYear() {
        assertEquals(List.of(2020, 2021, 2022, 2023, 2024, 2025), truth.years().stream().map(YearTruth::year).toList());
        double previous = Double.NEGATIVE_INFINITY;
        for (YearTruth y : truth.years()) {
            double pct = y.city().coveragePct();
            assertTrue(pct >= 44.0 && pct <= 45.5, y.year() + ": " + pct);
            assertTrue(pct > previous, y.year() + ": " + pct + " after " + previous);
            assertEquals(y.targetPct(), pct, 0.001, "year " + y.year());
            previous = pct;
        }
        assertEquals(44.4, truth.year(2020).city().coveragePct(), 0.001);
    }

    @Test
    void districtsDifferAndAddUpToTheCity() {
        for (YearTruth y : truth.years()) {
            double city = y.city().coveragePct();
            assertTrue(y.districts().stream().anyMatch(d -> d.coveragePct() > city + 10), "some above in " + y.year());
            assertTrue(y.districts().stream().anyMatch(d -> d.coveragePct() < city - 10), "some below in " + y.year());
            assertEquals(y.city().forestPx(), y.districts().stream().mapToLong(ExpectedCounts::forestPx).sum());
            assertEquals((long) DemoDataset.SIZE * DemoDataset.SIZE, y.city().totalPx(), "districts tile the grid");
        }
    }

    @Test
    void cloudIsPresentAndVariesByYear() {
        Set<Long> unobserved = new HashSet<>();
        for (YearTruth y : truth.years()) {
            long u = y.city().unobservedPx();
            assertTrue(u > 0 && u < 0.05 * y.city().totalPx(), y.year() + ": " + u);
            unobserved.add(u);
        }
        assertEquals(6, unobserved.size(), "a different amount of cloud each year: " + unobserved);
    }

    @Test
    void compositeYearHasTwoOverlappingScenesThatFillEachOthersGaps() {
        Manifest m = ManifestReader.read(truth.manifest());
        assertEquals(7, m.scenes().size());
        List<SceneSpec> y2022 = m.byYear().get(DemoDataset.COMPOSITE_YEAR);
        assertEquals(List.of("SYNTHETIC-demo-2022a", "SYNTHETIC-demo-2022b"), y2022.stream().map(SceneSpec::id).toList());
        SceneReadBack a = SceneReadBack.read(Path.of(y2022.get(0).red().path()));
        SceneReadBack b = SceneReadBack.read(Path.of(y2022.get(1).red().path()));
        assertEquals(a.grid().x(300), b.grid().originX(), 1e-9);
        assertEquals(900, b.grid().width());
        long unobservedInA = 0;
        for (int i = 0; i < a.red().length; i++) {
            unobservedInA += a.classAt(i, DemoDataset.NODATA) == ExpectedClass.UNOBSERVED ? 1 : 0;
        }
        long composite = truth.year(DemoDataset.COMPOSITE_YEAR).city().unobservedPx();
        assertTrue(composite < unobservedInA, "composite " + composite + " vs scene a alone " + unobservedInA);
    }

    @Test
    void truthEqualsARecountOfTheFilesOfAOneSceneYear() {
        // 2024 has a stripe with nodata in the NIR band only
        SceneReadBack s = SceneReadBack.read(truth.manifest().resolveSibling("scenes/SYNTHETIC-demo-2024.tif"));
        long forest = 0;
        long observed = 0;
        long nirOnlyNodata = 0;
        for (int i = 0; i < s.red().length; i++) {
            ExpectedClass c = s.classAt(i, DemoDataset.NODATA);
            forest += c == ExpectedClass.FOREST ? 1 : 0;
            observed += c != ExpectedClass.UNOBSERVED ? 1 : 0;
            nirOnlyNodata += s.nir()[i] == DemoDataset.NODATA && s.red()[i] != DemoDataset.NODATA ? 1 : 0;
        }
        assertEquals(truth.year(2024).city().forestPx(), forest);
        assertEquals(truth.year(2024).city().observedPx(), observed);
        assertTrue(nirOnlyNodata > 0);
    }

    @Test
    void everythingIsLabelledSynthetic() throws IOException {
        Path dir = truth.manifest().getParent();
        assertTrue(Files.readString(dir.resolve("README.txt")).startsWith("SYNTHETIC DEMO DATA"));
        assertTrue(Files.readString(truth.manifest()).contains("SYNTHETIC demo data"));
        for (SceneSpec s : ManifestReader.read(truth.manifest()).scenes()) {
            assertTrue(s.id().startsWith("SYNTHETIC-"), s.id());
            assertTrue(Path.of(s.red().path()).getFileName().toString().startsWith("SYNTHETIC-"), s.red().path());
            try (GdalRaster r = GdalRaster.open(s.red().path())) {
                assertTrue(r.band(1).description().contains("SYNTHETIC"), r.band(1).description());
                assertTrue(r.band(2).description().contains("SYNTHETIC"), r.band(2).description());
            }
        }
        List<String> csv = Files.readAllLines(dir.resolve("expected-coverage.csv"));
        assertEquals(1 + 6 * 13, csv.size());
        assertTrue(csv.get(13).startsWith("2020,ALL,SYNTHETIC city,"), csv.get(13));
    }

    @Test
    void twoRunsWriteByteIdenticalFiles() throws IOException {
        DemoTruth again = DemoDataset.write(tmp.resolve("again"));
        assertEquals(truth.years(), again.years());
        for (int i = 0; i < truth.scenes().size(); i++) {
            assertEquals(-1L, Files.mismatch(truth.scenes().get(i), again.scenes().get(i)), truth.scenes().get(i).toString());
        }
        for (String f : List.of("manifest.json", "districts.geojson", "README.txt", "expected-coverage.csv")) {
            assertEquals(-1L, Files.mismatch(truth.manifest().resolveSibling(f), again.manifest().resolveSibling(f)), f);
        }
    }
}
