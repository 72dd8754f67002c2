package org.forestcoverage.testtiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;

/**
 * STAC Items for the synthetic products, in the shapes the public catalogues serve, with asset hrefs pointing at the
 * local files (relative to the item): a Landsat Collection 2 Level-2 item as Microsoft Planetary Computer's
 * {@code landsat-c2-l2} collection has it (asset keys {@code red}, {@code nir08}, {@code green}, {@code swir16},
 * {@code qa_pixel}, {@code mtl.txt}; {@code eo:bands} names {@code OLI_B4}...; {@code raster:bands} scale 2.75e-5,
 * offset -0.2) and a Sentinel-2 L2A item as Element 84's Earth Search v1 {@code sentinel-2-l2a} has it (asset keys
 * {@code red}, {@code nir}, {@code nir08}, {@code green}, {@code swir16}, {@code scl}, {@code visual},
 * {@code product_metadata}; {@code raster:bands} scale 0.0001 and the offset given; properties
 * {@code s2:processing_baseline} and {@code earthsearch:boa_offset_applied}). Deterministic.
 *
 * <pre>{@code
 * Path item = StacItems.landsat(dir.resolve("items"), LandsatL2Product.write(dir));
 * Path s2 = StacItems.sentinel2(dir.resolve("items"), Sentinel2Safe.write(dir), -0.1);
 * }</pre>
 */
public final class StacItems {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String[] EXTENSIONS = {
        "https://stac-extensions.github.io/eo/v1.0.0/schema.json",
        "https://stac-extensions.github.io/raster/v1.1.0/schema.json",
        "https://stac-extensions.github.io/projection/v1.0.0/schema.json",
        "https://stac-extensions.github.io/view/v1.0.0/schema.json"};

    private StacItems() {
    }

    /** Writes {@code folder/ID.json} for a Landsat C2 L2 product (Planetary Computer's shape); returns its path. */
    public static Path landsat(Path folder, LandsatL2Product p) {
        ObjectNode item = item(LandsatL2Product.ID.replace("_20220806_02_T1", "_02_T1"), "landsat-c2-l2", p.grid(),
                "https://stac-extensions.github.io/landsat/v1.1.1/schema.json");
        ObjectNode props = (ObjectNode) item.get("properties");
        props.put("datetime", "2022-08-01T02:53:10.123456Z");
        props.put("platform", "landsat-8");
        props.putArray("instruments").add("oli").add("tirs");
        props.put("description", "Landsat Collection 2 Level-2");
        props.put("eo:cloud_cover", 10.0);
        props.put("view:sun_elevation", 62.21870459);
        props.put("landsat:correction", "L2SP");
        props.put("landsat:collection_number", "02");
        props.put("landsat:collection_category", "T1");
        props.put("landsat:wrs_path", "123");
        props.put("landsat:wrs_row", "032");
        ObjectNode assets = item.putObject("assets");
        landsatBand(folder, assets, p, "green", "SR_B3", "OLI_B3", "Green Band", 0.56);
        landsatBand(folder, assets, p, "red", "SR_B4", "OLI_B4", "Red Band", 0.65);
        landsatBand(folder, assets, p, "nir08", "SR_B5", "OLI_B5", "Near Infrared Band 0.8", 0.86);
        landsatBand(folder, assets, p, "swir16", "SR_B6", "OLI_B6", "Short-wave Infrared Band 1.6", 1.6);
        ObjectNode qa = asset(assets, "qa_pixel", rel(folder, p.band("QA_PIXEL")),
                "image/tiff; application=geotiff; profile=cloud-optimized", "Pixel Quality Assessment Band",
                "cloud", "cloud-shadow", "snow-ice", "water-mask");
        qa.putArray("raster:bands").addObject().put("unit", "bit index").put("nodata", 1).put("data_type", "uint16")
                .put("spatial_resolution", 30);
        asset(assets, "mtl.txt", rel(folder, p.mtl()), "text/plain", "Product Metadata File (txt)", "metadata");
        return write(folder, LandsatL2Product.ID, item);
    }

    private static void landsatBand(Path folder, ObjectNode assets, LandsatL2Product p, String key, String file,
                                    String name, String title, double wavelength) {
        ObjectNode a = asset(assets, key, rel(folder, p.band(file)),
                "image/tiff; application=geotiff; profile=cloud-optimized", title, "data");
        a.putArray("eo:bands").addObject().put("name", name).put("common_name", key).put("center_wavelength",
                wavelength);
        a.putArray("raster:bands").addObject().put("scale", 2.75e-05).put("nodata", 0).put("offset", -0.2)
                .put("data_type", "uint16").put("spatial_resolution", 30).put("unit", "reflectance");
    }

    /**
     * Writes {@code folder/ID.json} for a Sentinel-2 L2A product (Earth Search's shape) whose reflectance assets state
     * {@code offset} in raster:bands (-0.1 is right for baseline 04.00); returns its path.
     */
    public static Path sentinel2(Path folder, Sentinel2Safe s, double offset) {
        String id = "S2B_50TMK_20220801_0_L2A";
        ObjectNode item = item(id, "sentinel-2-l2a", s.grid(),
                "https://stac-extensions.github.io/mgrs/v1.0.0/schema.json");
        ObjectNode props = (ObjectNode) item.get("properties");
        props.put("datetime", "2022-08-01T03:11:54.024000Z");
        props.put("platform", "sentinel-2b");
        props.put("constellation", "sentinel-2");
        props.putArray("instruments").add("msi");
        props.put("eo:cloud_cover", 10.0);
        props.put("mgrs:utm_zone", 50).put("mgrs:latitude_band", "T").put("mgrs:grid_square", "MK");
        props.put("s2:product_type", "S2MSI2A");
        props.put("s2:processing_baseline", "04.00");
        props.put("s2:product_uri", Sentinel2Safe.NAME);
        props.put("earthsearch:boa_offset_applied", false);
        ObjectNode assets = item.putObject("assets");
        s2Band(folder, assets, s, "green", "B03", "10m", "Green (band 3)", 0.56, offset);
        s2Band(folder, assets, s, "nir", "B08", "10m", "NIR 1 (band 8)", 0.842, offset);
        s2Band(folder, assets, s, "nir08", "B8A", "20m", "NIR 2 (band 8A)", 0.865, offset);
        s2Band(folder, assets, s, "red", "B04", "10m", "Red (band 4)", 0.665, offset);
        s2Band(folder, assets, s, "swir16", "B11", "20m", "SWIR 1.6μm (band 11)", 1.61, offset);
        ObjectNode scl = asset(assets, "scl", rel(folder, s.band("SCL", "20m")), "image/jp2",
                "Scene classification map (SCL)", "data");
        scl.putArray("raster:bands").addObject().put("nodata", 0).put("data_type", "uint8")
                .put("spatial_resolution", 20);
        // a true-colour preview with three eo:bands: never a reflectance band
        ObjectNode visual = asset(assets, "visual", rel(folder, s.folder().resolve("TCI_10m.jp2")), "image/jp2",
                "True color image", "visual");
        ArrayNode eo = visual.putArray("eo:bands");
        eo.addObject().put("name", "red").put("common_name", "red");
        eo.addObject().put("name", "green").put("common_name", "green");
        eo.addObject().put("name", "blue").put("common_name", "blue");
        asset(assets, "product_metadata", rel(folder, s.mtd()), "application/xml", "Product metadata", "metadata");
        return write(folder, id, item);
    }

    private static void s2Band(Path folder, ObjectNode assets, Sentinel2Safe s, String key, String band, String res,
                               String title, double wavelength, double offset) {
        ObjectNode a = asset(assets, key, rel(folder, s.band(band, res)), "image/jp2", title, "data", "reflectance");
        a.putArray("eo:bands").addObject().put("name", key).put("common_name", key).put("description", title)
                .put("center_wavelength", wavelength);
        a.put("gsd", res.equals("10m") ? 10 : 20);
        a.putArray("raster:bands").addObject().put("nodata", 0).put("data_type", "uint16").put("bits_per_sample", 15)
                .put("spatial_resolution", res.equals("10m") ? 10 : 20).put("scale", 0.0001).put("offset", offset);
    }

    private static ObjectNode item(String id, String collection, GridSpec g, String extension) {
        ObjectNode item = JSON.createObjectNode();
        item.put("type", "Feature");
        item.put("stac_version", "1.0.0");
        ArrayNode ext = item.putArray("stac_extensions");
        for (String e : EXTENSIONS) {
            ext.add(e);
        }
        ext.add(extension);
        item.put("id", id);
        item.put("collection", collection);
        double x0 = g.originX();
        double y0 = g.originY();
        double x1 = x0 + g.width() * g.pixelWidth();
        double y1 = y0 - g.height() * g.pixelHeight();
        double[][] ll = Crs.transform(g.crsWkt(), "OGC:CRS84", new double[] {x0, x1, x1, x0},
                new double[] {y0, y0, y1, y1});
        ObjectNode geometry = item.putObject("geometry");
        geometry.put("type", "Polygon");
        ArrayNode ring = geometry.putArray("coordinates").addArray();
        for (int i = 0; i <= 4; i++) {
            ring.addArray().add(round(ll[0][i % 4])).add(round(ll[1][i % 4]));
        }
        item.putArray("bbox").add(round(Math.min(ll[0][0], ll[0][3]))).add(round(Math.min(ll[1][2], ll[1][3])))
                .add(round(Math.max(ll[0][1], ll[0][2]))).add(round(Math.max(ll[1][0], ll[1][1])));
        ObjectNode props = item.putObject("properties");
        props.put("proj:epsg", 32650);
        props.putArray("proj:bbox").add(x0).add(y1).add(x1).add(y0);
        item.putArray("links").addObject().put("rel", "collection").put("href", "./" + collection + ".json")
                .put("type", "application/json");
        return item;
    }

    private static ObjectNode asset(ObjectNode assets, String key, String href, String type, String title,
                                    String... roles) {
        ObjectNode a = assets.putObject(key);
        a.put("href", href);
        a.put("type", type);
        a.put("title", title);
        ArrayNode r = a.putArray("roles");
        for (String role : roles) {
            r.add(role);
        }
        return a;
    }

    private static String rel(Path folder, Path file) {
        return folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString();
    }

    private static double round(double v) {
        return Math.round(v * 1e7) / 1e7;
    }

    private static Path write(Path folder, String id, ObjectNode item) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(id + ".json");
            Files.writeString(file, JSON.writeValueAsString(item) + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the STAC item " + id + " in " + folder, e);
        }
    }
}
