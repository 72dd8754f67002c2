package org.forestcoverage.report.page;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.forestcoverage.chart.ChartFont;
import org.forestcoverage.chart.Drawing;
import org.forestcoverage.chart.Label;
import org.forestcoverage.chart.Meta;
import org.forestcoverage.chart.Picture;
import org.forestcoverage.chart.PngRenderer;
import org.forestcoverage.chart.Shape;
import org.forestcoverage.chart.Style;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.DistrictGeoPackage;
import org.forestcoverage.maps.ClassStyle;
import org.forestcoverage.maps.ForestLegend;
import org.forestcoverage.raster.ClassImage;
import org.forestcoverage.zones.District;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * A preview of one year's forest map: the reduced class image in the map legend's colours, the district boundaries
 * over it, the year as a title and the class legend below.
 */
final class ForestPreview {
    static final double WIDTH = 316;
    /** Cells on the long side of the preview image. */
    static final int CELLS = 400;
    private static final double SIDE = 296;

    private ForestPreview() {
    }

    static Drawing build(int year, ClassImage img, Optional<DistrictGeoPackage.Contents> districts, Texts tx,
                         ChartFont font) {
        GridSpec g = img.source();
        Envelope env = new Envelope(g.minX(), g.maxX(), g.minY(), g.maxY());
        boolean geographic = !g.crsWkt().isEmpty() && Crs.isGeographic(g.crsWkt());
        MapFrame probe = MapFrame.fit(env, geographic, 0, 0, SIDE, SIDE);
        MapFrame frame = MapFrame.fit(env, geographic, (WIDTH - probe.width()) / 2, 32, SIDE, SIDE);
        String title = tx.preview(year);
        Drawing.Builder b = Drawing.builder(WIDTH, 32 + frame.height() + 70, title);
        b.add(Label.of(WIDTH / 2, 20, title, 14, Label.Anchor.MIDDLE, 0x222222).emphasised());
        b.add(new Picture(frame.x0(), frame.y0(), frame.width(), frame.height(), png(img),
                new Meta("", Map.of("year", Integer.toString(year)))));
        districts.ifPresent(c -> {
            double tolerance = 0.5 / frame.ky();
            for (District d : c.districts()) {
                b.add(new Shape(frame.rings(TopologyPreservingSimplifier.simplify(d.geometry(), tolerance)), true,
                        Style.stroke(0x333333, 0.7), Meta.title(d.name() + " (" + d.id() + ")")));
            }
        });
        List<Legend.Item> items = new ArrayList<>();
        for (ClassStyle c : ForestLegend.classes()) {
            items.add(new Legend.Item(Legend.Swatch.BOX, c.rgb(), tx.className(c.code())));
        }
        Legend.draw(b, items, 12, 32 + frame.height() + 24, WIDTH - 24, font);
        return b.build();
    }

    /** The class image as a palette PNG in the legend's colours. */
    static byte[] png(ClassImage img) {
        byte[] r = new byte[256];
        byte[] gr = new byte[256];
        byte[] bl = new byte[256];
        for (ClassStyle c : ForestLegend.classes()) {
            r[c.code()] = (byte) c.red();
            gr[c.code()] = (byte) c.green();
            bl[c.code()] = (byte) c.blue();
        }
        BufferedImage bi = new BufferedImage(img.width(), img.height(), BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, 256, r, gr, bl));
        bi.getRaster().setDataElements(0, 0, img.width(), img.height(), img.codes());
        return PngRenderer.encode(bi);
    }
}
