package org.forestcoverage.stac;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One asset of a STAC item: its key, where it is ({@code href}, resolved against the item's location), its roles, the
 * bands it holds ({@code eo:bands}: name and common name) and their {@code raster:bands} (scale, offset, nodata).
 * Immutable.
 */
public record StacAsset(String key, String href, String type, List<String> roles, List<EoBand> eoBands,
                        List<RasterBand> rasterBands) {

    /** An {@code eo:bands} entry: the band's name ({@code B04}, {@code SR_B4}) and common name ({@code red}). */
    public record EoBand(String name, String commonName) {
    }

    /** A {@code raster:bands} entry; absent members are {@code null}. */
    public record RasterBand(Double scale, Double offset, Double nodata) {
    }

    public StacAsset {
        roles = List.copyOf(roles);
        eoBands = List.copyOf(eoBands);
        rasterBands = List.copyOf(rasterBands);
    }

    /** The 1-based band holding common name {@code common} (or a name in {@code names}), if any. */
    public Optional<Integer> bandOf(List<String> commonNames, List<String> names) {
        for (int i = 0; i < eoBands.size(); i++) {
            EoBand b = eoBands.get(i);
            if ((b.commonName() != null && commonNames.contains(b.commonName().toLowerCase(Locale.ROOT)))
                    || (b.name() != null && names.contains(b.name().toUpperCase(Locale.ROOT)))) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    /** The {@code raster:bands} entry of band {@code band} (1-based), if the asset has one. */
    public Optional<RasterBand> rasterBand(int band) {
        return band >= 1 && band <= rasterBands.size() ? Optional.of(rasterBands.get(band - 1)) : Optional.empty();
    }

    /** True for previews: roles {@code visual}, {@code overview}, {@code thumbnail}. */
    public boolean preview() {
        return roles.contains("visual") || roles.contains("overview") || roles.contains("thumbnail");
    }
}
