package org.forestcoverage.definition;

/**
 * A layer whose area counts as forest by rule, whatever its canopy (China: the shrubland the state designates,
 * 国家特别规定的灌木林地). The user supplies it at analysis time as a raster (non-zero = in the layer); its area on
 * land that is not already forest is reported in its own column and added to the forest of the coverage rate.
 * {@link DefinitionChoice#ruleLayerFiles} pairs the layers with the files given. Immutable.
 *
 * @param name        the layer's name, given on the command line ({@code --rule-layer NAME=FILE})
 * @param column      the column of coverage.csv holding its area, m2
 * @param description what the layer is and where the rule comes from
 */
public record RuleLayer(String name, String column, String description) implements java.io.Serializable {

    public RuleLayer {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("rule layer name '" + name + "' must be lower-case letters, digits, _");
        }
        if (column == null || !column.matches("[a-z][a-z0-9_]*_m2")) {
            throw new IllegalArgumentException("rule layer column '" + column + "' must be lower-case and end in _m2");
        }
    }
}
