package org.forestcoverage.report.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.forestcoverage.chart.Point;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class MapFrameTest {
    @Test
    void aProjectedExtentKeepsItsShapeNorthUp() {
        // 3000 x 1500 m into 300 x 300 px: 0.1 px per metre, 300 x 150 px
        MapFrame f = MapFrame.fit(new Envelope(400000, 403000, 4498500, 4500000), false, 10, 20, 300, 300);
        assertEquals(300, f.width(), 1e-9);
        assertEquals(150, f.height(), 1e-9);
        assertEquals(new Point(10, 20), f.px(400000, 4500000));        // top left
        assertEquals(new Point(310, 170), f.px(403000, 4498500));      // bottom right
    }

    @Test
    void longitudeIsShrunkByTheCosineOfTheMiddleLatitude() {
        // one degree by one degree around 40.5 N: a degree of longitude is cos(40.5) = 0.7604 of one of latitude
        MapFrame f = MapFrame.fit(new Envelope(116, 117, 40, 41), true, 0, 0, 100, 100);
        assertEquals(100, f.height(), 1e-9);
        assertEquals(100 * Math.cos(Math.toRadians(40.5)), f.width(), 1e-9);
    }
}
