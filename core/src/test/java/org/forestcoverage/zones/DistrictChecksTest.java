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

    /**
     * Districts whose interiors meet without crossing edges (one inside another, a duplicate) are not a valid coverage:
     * their overlaps are measured whatever shortcut a clean coverage takes.
     */
    @Test
    void testNestedAndDuplicateDistrictsOverlap() {
        District outer = new District(0, "O", "O", wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"));
        District inner = new District(1, "I", "I", wkt("POLYGON ((2 2, 5 2, 5 5, 2 5, 2 2))"));
        District twin = new District(2, "T", "T", wkt("POLYGON ((20 0, 23 0, 23 3, 20 3, 20 0))"));
        District twin2 = new District(3, "T2", "T2", wkt("POLYGON ((20 0, 23 0, 23 3, 20 3, 20 0))"));
        DistrictReport r = DistrictChecks.check(List.of(outer, inner, twin, twin2), false);
        assertEquals(2, r.overlaps().size(), r.overlaps().toString());
        assertEquals("O", r.overlaps().get(0).idA());
        assertEquals("I", r.overlaps().get(0).idB());
        assertEquals(9.0, r.overlaps().get(0).area(), 1e-12);
        assertEquals("T", r.overlaps().get(1).idA());
        assertEquals("T2", r.overlaps().get(1).idB());
        assertEquals(9.0, r.overlaps().get(1).area(), 1e-12);
    }

    /** Neighbours whose shared edge does not match vertex for vertex (not a valid coverage) still do not overlap. */
    @Test
    void testSharedEdgeWithExtraVertexIsNoOverlap() {
        DistrictReport r = DistrictChecks.check(List.of(
                new District(0, "A", "A", wkt("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))")),
                new District(1, "C", "C", wkt("POLYGON ((0 4, 2 4, 4 4, 4 6, 0 6, 0 4))"))), false);
        assertTrue(r.overlaps().isEmpty(), r.overlaps().toString());
        assertTrue(r.gaps().isEmpty(), r.gaps().toString());
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
