package org.forestcoverage.testtiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.Jpeg2000Writer;

/**
 * A Sentinel-2 Level-2A product folder as ESA delivers it, small and with answers known by construction: {@code
 * S2B_MSIL2A_20220801T030529_N0400_R075_T50TMK_20220801T061234.SAFE} holding {@code MTD_MSIL2A.xml} (processing
 * baseline 04.00, {@code BOA_QUANTIFICATION_VALUE} 10000, {@code BOA_ADD_OFFSET} -1000 for every band) and, under
 * {@code GRANULE/L2A_T50TMK_A028236_20220801T031337/IMG_DATA}, the JPEG 2000 bands written through GDAL's JP2OpenJPEG
 * driver: {@code R10m} B03, B04, B08; {@code R20m} B8A, B11 and SCL.
 *
 * <pre>{@code
 * Sentinel2Safe s = Sentinel2Safe.write(dir);
 * s.folder();                              // the .SAFE folder, what a manifest names
 * s.truth().row("S1").forestPx();          // known forest pixels of district S1 (10 m pixels)
 * }</pre>
 *
 * <p>The 10 m lattice is {@value #WIDTH} x {@value #HEIGHT} pixels in EPSG:32650 from ({@value #ORIGIN_X},
 * {@value #ORIGIN_Y}); the 20 m bands cover the same extent. Pixel covers follow {@link CoverPattern} with 2 x 2 blocks
 * (one cover per 20 m pixel); DN = reflectance x 10000 + 1000 (the baseline-04.00 offset), 0 where there is no data.
 * SCL: forest 4 (vegetation), non-forest 5, water 6, cloud 9, no data 0. Read without the offset, forest DNs 1400 and
 * 5000 give NDVI 0.56 instead of 0.82: a product read wrongly loses its forest. Districts {@code S1} (columns [0, 100))
 * and {@code S2} (columns [100, 200), rows [0, 120)). Deterministic.
 */
public record Sentinel2Safe(Path folder, Path mtd, Path districts, GridSpec grid, DistrictLayout layout,
                            CoverTruth truth) {
    public static final int WIDTH = 200;
    public static final int HEIGHT = 160;
    public static final double ORIGIN_X = 440000.0;
    public static final double ORIGIN_Y = 4440000.0;
    public static final String EPSG = "EPSG:32650";
    public static final int YEAR = 2022;
    public static final String NAME = "S2B_MSIL2A_20220801T030529_N0400_R075_T50TMK_20220801T061234.SAFE";
    static final String GRANULE = "GRANULE/L2A_T50TMK_A028236_20220801T031337/IMG_DATA/";
    static final String TILE = "T50TMK_20220801T030529";
    /** The covers of the product: one per 20 m pixel. */
    public static final CoverPattern PATTERN = new CoverPattern(2);

    /** Writes the product into {@code dir} with its districts beside it ({@code districts.geojson}). */
    public static Sentinel2Safe write(Path dir) {
        GridSpec grid = new GridSpec(Crs.toWkt(EPSG), ORIGIN_X, ORIGIN_Y, 10, 10, WIDTH, HEIGHT);
        GridSpec grid20 = new GridSpec(grid.crsWkt(), ORIGIN_X, ORIGIN_Y, 20, 20, WIDTH / 2, HEIGHT / 2);
        Path safe = dir.resolve(NAME);
        try {
            Files.createDirectories(safe.resolve(GRANULE + "R10m"));
            Files.createDirectories(safe.resolve(GRANULE + "R20m"));
            Jpeg2000Writer.writeUInt16(file(safe, "B03", "10m"), grid, dn(grid, 1, Cover::green));
            Jpeg2000Writer.writeUInt16(file(safe, "B04", "10m"), grid, dn(grid, 1, Cover::red));
            Jpeg2000Writer.writeUInt16(file(safe, "B08", "10m"), grid, dn(grid, 1, Cover::nir));
            Jpeg2000Writer.writeUInt16(file(safe, "B8A", "20m"), grid20, dn(grid20, 2, Cover::nir));
            Jpeg2000Writer.writeUInt16(file(safe, "B11", "20m"), grid20, dn(grid20, 2, Cover::swir));
            Jpeg2000Writer.writeByte(file(safe, "SCL", "20m"), grid20, scl(grid20));
            Files.writeString(safe.resolve("MTD_MSIL2A.xml"), mtd("04.00", -1000));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + safe, e);
        }
        DistrictLayout layout = new DistrictLayout(grid, List.of(SyntheticDistrict.rect("S1", "West", 0, 0, 100, 160),
                SyntheticDistrict.rect("S2", "East", 100, 0, 100, 120)));
        Path districts = layout.writeGeoJson(dir.resolve("districts.geojson"), EPSG);
        return new Sentinel2Safe(safe, safe.resolve("MTD_MSIL2A.xml"), districts, grid, layout,
                CoverTruth.of(layout, PATTERN, WIDTH, HEIGHT));
    }

    /** The JPEG 2000 file of a band, as {@code MTD_MSIL2A.xml} lists it (with {@code .jp2}). */
    public Path band(String band, String resolution) {
        return folder.resolve(GRANULE + "R" + resolution + "/" + TILE + "_" + band + "_" + resolution + ".jp2");
    }

    private static String file(Path safe, String band, String res) {
        return safe.resolve(GRANULE + "R" + res + "/" + TILE + "_" + band + "_" + res + ".jp2").toString();
    }

    /** DN of one band over a lattice whose pixels are {@code step} 10 m pixels wide. */
    private static short[] dn(GridSpec g, int step, java.util.function.ToDoubleFunction<Cover> band) {
        short[] v = new short[Math.toIntExact(g.pixelCount())];
        for (int r = 0; r < g.height(); r++) {
            for (int c = 0; c < g.width(); c++) {
                Cover cover = PATTERN.at(c * step, r * step);
                v[r * g.width() + c] = cover == Cover.NODATA ? 0
                        : (short) (Math.round(band.applyAsDouble(cover) * 10000) + 1000);
            }
        }
        return v;
    }

    private static byte[] scl(GridSpec g) {
        byte[] v = new byte[Math.toIntExact(g.pixelCount())];
        for (int r = 0; r < g.height(); r++) {
            for (int c = 0; c < g.width(); c++) {
                v[r * g.width() + c] = switch (PATTERN.at(c * 2, r * 2)) {
                    case FOREST -> 4;
                    case NON_FOREST -> 5;
                    case WATER -> 6;
                    case CLOUD -> 9;
                    case NODATA -> 0;
                };
            }
        }
        return v;
    }

    /** {@code MTD_MSIL2A.xml} in the layout of ESA's product (PSD 14.9), the elements a reader needs. */
    static String mtd(String baseline, int boaAddOffset) {
        StringBuilder images = new StringBuilder();
        for (String[] b : new String[][] {{"B03", "10m"}, {"B04", "10m"}, {"B08", "10m"}, {"B8A", "20m"},
                {"B11", "20m"}, {"SCL", "20m"}}) {
            images.append("              <IMAGE_FILE>").append(GRANULE).append('R').append(b[1]).append('/')
                    .append(TILE).append('_').append(b[0]).append('_').append(b[1]).append("</IMAGE_FILE>\n");
        }
        StringBuilder offsets = new StringBuilder();
        for (int id = 0; id <= 12; id++) {
            offsets.append("        <BOA_ADD_OFFSET band_id=\"").append(id).append("\">").append(boaAddOffset)
                    .append("</BOA_ADD_OFFSET>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <n1:Level-2A_User_Product xmlns:n1="https://psd-14.sentinel2.eo.esa.int/PSD/User_Product_Level-2A.xsd" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                  <n1:General_Info>
                    <Product_Info>
                      <PRODUCT_START_TIME>2022-08-01T03:05:29.024Z</PRODUCT_START_TIME>
                      <PRODUCT_STOP_TIME>2022-08-01T03:05:29.024Z</PRODUCT_STOP_TIME>
                      <PRODUCT_URI>%s</PRODUCT_URI>
                      <PROCESSING_LEVEL>Level-2A</PROCESSING_LEVEL>
                      <PRODUCT_TYPE>S2MSI2A</PRODUCT_TYPE>
                      <PROCESSING_BASELINE>%s</PROCESSING_BASELINE>
                      <PRODUCT_DOI>https://doi.org/10.5270/S2_-znk9xsj</PRODUCT_DOI>
                      <GENERATION_TIME>2022-08-01T06:12:34.000000Z</GENERATION_TIME>
                      <Datatake datatakeIdentifier="GS2B_20220801T030529_028236_N04.00">
                        <SPACECRAFT_NAME>Sentinel-2B</SPACECRAFT_NAME>
                        <DATATAKE_TYPE>INS-NOBS</DATATAKE_TYPE>
                        <DATATAKE_SENSING_START>2022-08-01T03:05:29.024Z</DATATAKE_SENSING_START>
                        <SENSING_ORBIT_NUMBER>75</SENSING_ORBIT_NUMBER>
                        <SENSING_ORBIT_DIRECTION>DESCENDING</SENSING_ORBIT_DIRECTION>
                      </Datatake>
                      <Product_Organisation>
                        <Granule_List>
                          <Granule datastripIdentifier="S2B_OPER_MSI_L2A_DS_2BPS_20220801T061234_S20220801T031337_N04.00" \
                granuleIdentifier="S2B_OPER_MSI_L2A_TL_2BPS_20220801T061234_A028236_T50TMK_N04.00" imageFormat="JPEG2000">
                %s              </Granule>
                        </Granule_List>
                      </Product_Organisation>
                    </Product_Info>
                    <Product_Image_Characteristics>
                      <Special_Values>
                        <SPECIAL_VALUE_TEXT>NODATA</SPECIAL_VALUE_TEXT>
                        <SPECIAL_VALUE_INDEX>0</SPECIAL_VALUE_INDEX>
                      </Special_Values>
                      <QUANTIFICATION_VALUES_LIST>
                        <BOA_QUANTIFICATION_VALUE unit="none">10000</BOA_QUANTIFICATION_VALUE>
                        <AOT_QUANTIFICATION_VALUE unit="none">1000.0</AOT_QUANTIFICATION_VALUE>
                        <WVP_QUANTIFICATION_VALUE unit="cm">1000.0</WVP_QUANTIFICATION_VALUE>
                      </QUANTIFICATION_VALUES_LIST>
                      <BOA_ADD_OFFSET_VALUES_LIST>
                %s      </BOA_ADD_OFFSET_VALUES_LIST>
                    </Product_Image_Characteristics>
                  </n1:General_Info>
                </n1:Level-2A_User_Product>
                """.formatted(NAME, baseline, images, offsets);
    }
}
