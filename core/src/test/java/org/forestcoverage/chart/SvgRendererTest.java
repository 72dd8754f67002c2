package org.forestcoverage.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SvgRendererTest {
    @Test
    void inlineSvgOfEveryKindOfMark() {
        Drawing d = Drawing.builder(100, 50, "A & B").add(
                        new Shape(List.of(List.of(new Point(0, 0), new Point(10, 0), new Point(10, 10)),
                                List.of(new Point(2, 2), new Point(4, 2), new Point(4, 4))), true,
                                Style.fill(0x1a7a3a).outlined(0xffffff, 0.5),
                                new Meta("S01 \"north\": 44.40 %", Map.of("district", "S01"))))
                .add(Shape.line(List.of(new Point(0, 40), new Point(100, 1.006)), Style.dashed(0x666666, 1.5, 6, 3)))
                .add(new Dot(50, 25, 3, Style.fill(0x2166ac, 0.5), Meta.NONE))
                .add(Label.of(98, 48, "北京 <44.96 %>", 12, Label.Anchor.END, 0x333333).emphasised())
                .add(Label.of(5, 25, "%", 10, Label.Anchor.MIDDLE, 0).rotated(-90))
                .build();
        assertEquals("""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" class="chart" \
                viewBox="0 0 100 50" width="100" height="50" role="img" aria-label="A &amp; B">
                <title>A &amp; B</title>
                <path d="M0 0L10 0L10 10ZM2 2L4 2L4 4Z" fill-rule="evenodd" fill="#1a7a3a" stroke="#ffffff" \
                stroke-width="0.5" stroke-linejoin="round" data-district="S01"><title>S01 &quot;north&quot;: 44.40 %\
                </title></path>
                <path d="M0 40L100 1.01" fill="none" stroke="#666666" stroke-width="1.5" stroke-linejoin="round" \
                stroke-dasharray="6 3"/>
                <circle cx="50" cy="25" r="3" fill="#2166ac" fill-opacity="0.5"/>
                <text x="98" y="48" font-size="12" text-anchor="end" font-weight="bold" fill="#333333">\
                北京 &lt;44.96 %&gt;</text>
                <text x="5" y="25" font-size="10" text-anchor="middle" fill="#000000" transform="rotate(-90 5 25)">%</text>
                </svg>
                """, SvgRenderer.inline(d, "chart"));
    }

    @Test
    void coordinatesKeepTwoDecimalsWithoutTrailingZeros() {
        assertEquals("3", SvgRenderer.n(3.0));
        assertEquals("3.1", SvgRenderer.n(3.1));
        assertEquals("3.14", SvgRenderer.n(3.14159));
        assertEquals("-0.5", SvgRenderer.n(-0.5));
        assertEquals("0", SvgRenderer.n(0.001));
    }
}
