package org.forestcoverage.scene;

import java.io.Serializable;

/** A quality band (QA_PIXEL, BQA, SCL or a user mask) and the rule that reads it. */
public record QualityBand(BandRef band, MaskRule rule) implements Serializable {
}
