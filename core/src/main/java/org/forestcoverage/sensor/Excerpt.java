package org.forestcoverage.sensor;

/**
 * A short, printable excerpt of text taken from a metadata file, for one-line error messages: a line of an MTL padded
 * with 60 KB of NUL bytes must not become a 60 KB message.
 *
 * <pre>{@code
 * Excerpt.of("KEY = \0\0\0\0\0\0", 40);    // "KEY = \0{6}"
 * Excerpt.of("x".repeat(500), 40);        // 40 characters, then "... (500 characters)"
 * }</pre>
 *
 * <p>Control and other non-printable characters are shown as escapes ({@code \0}, {@code \t}, {@code \r},
 * {@code \u001B}); a run of more than three of the same one is shown once with its count ({@code \0{60000}}).
 * Stateless and thread-safe.
 */
public final class Excerpt {
    /** The length kept by {@link #of(String)}. */
    public static final int DEFAULT_LENGTH = 60;

    private Excerpt() {
    }

    /** {@link #of(String, int)} with {@link #DEFAULT_LENGTH}. */
    public static String of(String text) {
        return of(text, DEFAULT_LENGTH);
    }

    /** At most about {@code max} printable characters of {@code text}, then its length when it was cut. */
    public static String of(String text, int max) {
        if (text == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n && b.length() < max) {
            char c = text.charAt(i);
            if (printable(c)) {
                b.append(c);
                i++;
                continue;
            }
            int run = 1;
            while (i + run < n && text.charAt(i + run) == c) {
                run++;
            }
            String e = escape(c);
            if (run > 3) {
                b.append(e).append('{').append(run).append('}');
            } else {
                b.append(e.repeat(run));
            }
            i += run;
        }
        return i < n ? b + "... (" + n + " characters)" : b.toString();
    }

    private static boolean printable(char c) {
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || Character.isSurrogate(c)) {
            return false;
        }
        int type = Character.getType(c);
        return type != Character.UNASSIGNED && type != Character.FORMAT && type != Character.PRIVATE_USE
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
    }

    private static String escape(char c) {
        return switch (c) {
            case 0 -> "\\0";
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            case '\n' -> "\\n";
            default -> String.format("\\u%04X", (int) c);
        };
    }
}
