package org.forestcoverage.stac;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.forestcoverage.scene.BandRef;

/**
 * Reads the text of a STAC item from where a manifest says it is. {@link #LOCAL} reads files; the job passes one that
 * reads any path GDAL opens ({@code /vsis3/...}, {@code https://...}) through {@code io.gdal}.
 *
 * <pre>{@code
 * String json = ItemSource.LOCAL.read("items/LC08_L2SP_123032_20200815_02_T1.json");
 * }</pre>
 */
@FunctionalInterface
public interface ItemSource {
    /** Local files only: a URL or GDAL virtual path is refused with an IOException saying why. */
    ItemSource LOCAL = location -> {
        if (BandRef.isRemote(location)) {
            throw new IOException("remote STAC items are read through GDAL, which this reader does not use");
        }
        return Files.readString(Path.of(location), StandardCharsets.UTF_8);
    };

    /** The item's JSON text. */
    String read(String location) throws IOException;
}
