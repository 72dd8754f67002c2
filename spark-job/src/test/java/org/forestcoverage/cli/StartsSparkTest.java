package org.forestcoverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Which command lines prepare the JVM for Spark before they are parsed: analyze and demo, whatever comes first. */
@Tag("unit")
class StartsSparkTest {
    @Test
    void onlyTheCommandsThatStartSpark() {
        Set<String> spark = Set.of("analyze", "demo");
        // every subcommand the command line knows, by its name: a new one that starts Spark must be added here
        for (String name : ForestCommand.commandLine().getSubcommands().keySet()) {
            assertEquals(spark.contains(name), ForestCommand.startsSpark(new String[] {name, "--out", "analyze"}), name);
        }
        assertEquals(true, ForestCommand.startsSpark(new String[] {"--debug", "analyze", "--manifest", "m.json"}));
        assertEquals(false, ForestCommand.startsSpark(new String[] {"--version"}));
        assertEquals(false, ForestCommand.startsSpark(new String[] {}));
        assertEquals(false, ForestCommand.startsSpark(new String[] {"catalog", "analyze"}));
    }
}
