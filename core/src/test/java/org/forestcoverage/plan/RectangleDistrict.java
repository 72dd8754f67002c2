package org.forestcoverage.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: a districts file with one rectangular district {@code "d"} (field {@code id}) in UTM 50N metres. */
public final class RectangleDistrict {
    private RectangleDistrict() {
    }

    /** Writes {@code d.geojson} into {@code dir} and returns its path. */
    public static Path write(Path dir, long minX, long minY, long maxX, long maxY) throws IOException {
        Path f = dir.resolve("d.geojson");
        Files.writeString(f, """
            {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32650"}},
             "features": [{"type": "Feature", "properties": {"id": "d"}, "geometry": {"type": "Polygon",
               "coordinates": [[[%d, %d], [%d, %d], [%d, %d], [%d, %d], [%d, %d]]]}}]}"""
                .formatted(minX, minY, maxX, minY, maxX, maxY, minX, maxY, minX, minY));
        return f;
    }
}
