package org.forestcoverage.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** coverage.csv read back by column name, keyed by {@code year/district}. Test helper. */
final class CoverageCsvRows {
    private final Map<String, Integer> columns = new HashMap<>();
    private final Map<String, String[]> rows = new HashMap<>();

    CoverageCsvRows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        String[] head = lines.get(0).split(",");
        for (int i = 0; i < head.length; i++) {
            columns.put(head[i], i);
        }
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            rows.put(f[0] + "/" + f[1], f);
        }
    }

    String get(int year, String district, String column) {
        String[] r = rows.get(year + "/" + district);
        if (r == null) {
            throw new AssertionError("no coverage.csv row for " + year + "/" + district + " in " + rows.keySet());
        }
        Integer c = columns.get(column);
        if (c == null) {
            throw new AssertionError("no column " + column + " in " + columns.keySet());
        }
        return r[c];
    }

    long px(int year, String district, String column) {
        return Long.parseLong(get(year, district, column));
    }

    double number(int year, String district, String column) {
        String v = get(year, district, column);
        return v.equals("NaN") ? Double.NaN : Double.parseDouble(v);
    }
}
