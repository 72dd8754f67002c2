package org.forestcoverage.io.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line on commas. Fields may be wrapped in double quotes, inside which commas are literal and
 * {@code ""} is a quote; unquoted fields are trimmed. Line breaks inside quotes are not supported.
 */
public final class CsvLine {

    private CsvLine() {
    }

    /** @throws IllegalArgumentException on an unterminated quote or text after a closing quote */
    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            if (i < n && line.charAt(i) == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("unterminated quote in field " + (fields.size() + 1));
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            sb.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        sb.append(c);
                    }
                }
                while (i < n && line.charAt(i) == ' ') {
                    i++;
                }
                if (i < n && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("text after closing quote in field " + (fields.size() + 1));
                }
                fields.add(sb.toString());
            } else {
                int end = line.indexOf(',', i);
                if (end < 0) {
                    end = n;
                }
                fields.add(line.substring(i, end).trim());
                i = end;
            }
            if (i >= n) {
                return fields;
            }
            i++; // the comma
        }
    }
}
