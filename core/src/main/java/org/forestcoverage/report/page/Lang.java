package org.forestcoverage.report.page;

import java.util.Locale;

/** The language of a report: its words; numbers are written the same way in both. */
public enum Lang {
    EN("en"), ZH("zh-CN");

    private final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    /** The page's {@code lang} attribute (BCP 47). */
    public String tag() {
        return tag;
    }

    /** {@code en} or {@code zh} (case-insensitive). */
    public static Lang of(String code) {
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "en" -> EN;
            case "zh", "zh-cn", "cn" -> ZH;
            default -> throw new IllegalArgumentException("--lang must be zh or en, got '" + code + "'");
        };
    }
}
