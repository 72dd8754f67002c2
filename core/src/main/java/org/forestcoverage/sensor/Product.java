package org.forestcoverage.sensor;

import java.time.LocalDate;
import java.util.Optional;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.BandRole;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.QualityBand;

/**
 * What a preset reads from one scene's product (its metadata and file names), role by role; {@link SceneAssembly}
 * puts it together with what the manifest entry states. One instance per request. Package-private.
 */
abstract class Product {
    /** A band's scaling and where it came from, in words. */
    record Scaling(Calibration calibration, String source) {
    }

    /** The quality band with its rule, the rule in words, and the water flag it reports in words (null: none). */
    record Quality(QualityBand band, String mask, String waterFlag) {
    }

    protected final SceneRequest request;
    protected final String ctx;

    Product(SceneRequest request) {
        this.request = request;
        this.ctx = request.context();
    }

    /** The band file of a role as the product's metadata names it, or empty. */
    abstract Optional<BandRef> band(BandRole role);

    /** The scaling of a role's band from the product (metadata, file-name conventions), or empty when unknown. */
    abstract Optional<Scaling> scaling(BandRole role, BandRef file);

    /** The refusal when the scaling of a role's band is unknown: why, and what to state that works. */
    abstract SensorException unknownScaling(BandRole role, BandRef file);

    /** The refusal when no band is known for red or NIR: what to state. */
    SensorException missingBand(BandRole role) {
        return new SensorException(ctx + ": no '" + role.key() + "' band; state 'metadata' (" + metadataHint()
                + ") or both 'red' and 'nir' band files");
    }

    /** What 'metadata' names for this product, for messages: e.g. {@code the scene's *_MTL.txt}. */
    abstract String metadataHint();

    /** Checks a band file against its role (e.g. a file name saying it is another band); throws when it is wrong. */
    void check(BandRole role, BandRef file) {
    }

    /** The quality band, or null when the scene has none. */
    abstract Quality quality();

    /** The raw nodata of the reflectance bands, or null for each band's own. */
    abstract Double nodata();

    /** The acquisition date (UTC) the product's metadata states, or empty (then the names are looked at). */
    Optional<LocalDate> acquired() {
        return Optional.empty();
    }

    /** {@code scaling} of red, NIR and any other band in one line for the run's record. */
    String describe(java.util.Map<BandRole, Scaling> scalings) {
        return SceneAssembly.describe(scalings);
    }
}
