package org.forestcoverage.plan;

import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;

/**
 * The analysis grid's CRS and pixel size as asked ({@code --grid-crs}, {@code --pixel-size}; {@code null} = the first
 * scene's), and the lattice it resolves to. Immutable.
 *
 * <pre>{@code
 * GridSpec anchor = new GridChoice("EPSG:32650", 30.0).lattice(redGrids);   // 0 x 0, origin = lattice anchor
 * }</pre>
 */
public record GridChoice(String crs, Double pixelSize) {
    /** The first scene's CRS and pixel lattice. */
    public static final GridChoice FIRST_SCENE = new GridChoice(null, null);

    public GridChoice {
        if (pixelSize != null && !(pixelSize > 0 && Double.isFinite(pixelSize))) {
            throw new IllegalArgumentException("--pixel-size must be a positive number, got " + pixelSize);
        }
    }

    /**
     * The CRS, pixel size and lattice anchor of the analysis grid, as an empty-extent template: the CRS is
     * {@code crs} or the first scene's; the pixel size {@code pixelSize} or the first scene's (which must then be in the
     * same kind of units: both CRSs projected or both geographic); the lattice that of the first scene in the grid CRS
     * with that pixel size, so that its reads need no resampling, else multiples of the pixel size from the CRS origin.
     *
     * @param scenes the grids of the scenes' red bands, in manifest order
     * @return a 0 x 0 grid whose origin is the lattice anchor
     */
    public GridSpec lattice(List<GridSpec> scenes) {
        GridSpec first = scenes.get(0);
        String wkt = crs == null ? first.crsWkt() : crsWkt(crs);
        boolean sameCrs = Crs.same(wkt, first.crsWkt());
        double pw;
        double ph;
        if (pixelSize != null) {
            pw = pixelSize;
            ph = pixelSize;
        } else if (sameCrs || Crs.isGeographic(wkt) == Crs.isGeographic(first.crsWkt())) {
            pw = first.pixelWidth();
            ph = first.pixelHeight();
        } else {
            throw new IllegalArgumentException("--grid-crs " + crs + " and the first scene's CRS ("
                    + Crs.label(first.crsWkt()) + ") measure in different units; give --pixel-size");
        }
        for (GridSpec g : scenes) {
            if (Math.abs(g.pixelWidth() / pw - 1) < 1e-9 && Math.abs(g.pixelHeight() / ph - 1) < 1e-9
                    && Crs.same(wkt, g.crsWkt())) {
                return new GridSpec(wkt, g.originX(), g.originY(), pw, ph, 0, 0);
            }
        }
        return new GridSpec(wkt, 0, 0, pw, ph, 0, 0);
    }

    private static String crsWkt(String definition) {
        try {
            return Crs.toWkt(definition);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--grid-crs: " + e.getMessage(), e);
        }
    }
}
