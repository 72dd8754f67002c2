package org.forestcoverage.zones;

import org.junit.jupiter.api.Tag;
import static org.forestcoverage.zones.FractionalZonerTest.wkt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

@Tag("unit")
class DistrictChecksTest {

    @Test
    void testBowTieIsReportedWithIdAndRepairedWhenAsked() {
        List<District> ds = List.of(new District(0, "bow", "Bow", wkt("POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))")));
        DistrictReport refused = DistrictChecks.check(ds, false);
        assertEquals(1, refused.invalid().size());
        assertTrue(refused.invalid().get(0).toString().contains("bow"), refused.invalid().get(0).toString());
        assertTrue(refused.invalid().get(0).reason().toLowerCase().contains("self-intersection"),
                refused.invalid().get(0).reason());
        assertFalse(refused.isUsable());
        assertFalse(refused.districts().get(0).geometry().isValid(), "without repair the input is kept");

        DistrictReport repaired = DistrictChecks.check(ds, true);
        assertTrue(repaired.isUsable());
        assertTrue(repaired.districts().get(0).geometry().isValid());
        assertEquals(2.0, repaired.districts().get(0).geometry().getArea(), 1e-12, "both triangles kept");
    }

    @Test
    void testOverlapAreaAndWhichDistricts() {
        List<District> ds = List.of(
                new District(0, "A", "A", wkt("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))")),
                new District(1, "B", "B", wkt("POLYGON ((3 1, 6 1, 6 3, 3 3, 3 1))")),
                new District(2, "C", "C", wkt("POLYGON ((0 4, 4 4, 4 6, 0 6, 0 4))")));   // shares an edge with A
        DistrictReport r = DistrictChecks.check(ds, false);
        assertEquals(1, r.overlaps().size());
        DistrictReport.Overlap o = r.overlaps().get(0);
        assertEquals("A", o.idA());
        assertEquals("B", o.idB());
        assertEquals(2.0, o.area(), 1e-12);
        assertTrue(r.invalid().isEmpty());
    }

    @Test
    void testGapInsideUnionAndEnclaveFillingIt() {
        District ring = new District(0, "R", "R", wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (3 3, 7 3, 7 7, 3 7, 3 3))"));
        District part = new District(1, "P", "P", wkt("POLYGON ((3 3, 7 3, 7 5, 3 5, 3 3))"));
        DistrictReport withGap = DistrictChecks.check(List.of(ring, part), false);
        assertEquals(1, withGap.gaps().size());
        assertEquals(8.0, withGap.gapArea(), 1e-12);
        assertTrue(withGap.gaps().get(0).interiorPoint().y > 5);

        District enclave = new District(1, "E", "E", wkt("POLYGON ((3 3, 7 3, 7 7, 3 7, 3 3))"));
        DistrictReport clean = DistrictChecks.check(List.of(ring, enclave), false);
        assertTrue(clean.isClean(), clean.toString());
    }

    @Test
    @Tag("bench")
    void testBenchDistrictsPartitionTheScene() throws Exception {
        Path file = GeoJsonDistricts.benchDistricts();
        Assumptions.assumeTrue(Files.isRegularFile(file), GeoJsonDistricts.benchAbsent());
        DistrictReport r = DistrictChecks.check(GeoJsonDistricts.read(file, "district_id"), false);
        assertTrue(r.invalid().isEmpty(), r.invalid().toString());
        assertTrue(r.overlapArea() < 1, "overlap " + r.overlapArea() + " m2: " + r.overlaps());
        assertTrue(r.gapArea() < 1, "gaps " + r.gapArea() + " m2");
    }
}
