package org.forestcoverage.sensor;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A Landsat MTL metadata file, as a flat, case-preserving map from {@code GROUP.KEY} to the value text.
 *
 * <pre>{@code
 * MtlFile mtl = MtlFile.read(Path.of("LC08_L2SP_..._MTL.txt"));          // or *_MTL.xml
 * double mult = mtl.number("LEVEL2_SURFACE_REFLECTANCE_PARAMETERS.REFLECTANCE_MULT_BAND_4"); // 2.75e-5
 * String red  = mtl.string("PRODUCT_CONTENTS.FILE_NAME_BAND_4");
 * double sun  = mtl.number("SUN_ELEVATION");                              // unique in the file: group optional
 * }</pre>
 *
 * <p>Both forms are read: the ODL text form ({@code GROUP = X} / {@code KEY = value} / {@code END_GROUP = X} /
 * {@code END}, values quoted or not; quotes are removed) and the Collection 2 XML form (nested elements; an
 * element with child elements is a group, a leaf element is a key). {@code GROUP} is the innermost group
 * holding the key: Collection 2 Level-2 MTLs repeat keys such as {@code REFLECTANCE_MULT_BAND_4} and
 * {@code FILE_NAME_BAND_4} in a Level-2 and a Level-1 group with different values, so the group is part of the
 * key. A lookup without a group succeeds only when the key's value is the same in every group that holds it.
 *
 * <p>Errors are {@link SensorException}s naming the file and the key. Immutable and thread-safe.
 */
public final class MtlFile {
    private final String source;
    private final Path path;
    private final Map<String, String> values;

    private MtlFile(String source, Path path, Map<String, String> values) {
        this.source = source;
        this.path = path;
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Reads an MTL file in the text or the XML form (decided by its first non-blank character). Whatever follows the
     * text form's {@code END} line, or the XML form's root element, is ignored: archived MTLs are often padded with NUL
     * bytes to a block size.
     */
    public static MtlFile read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException | RuntimeException e) {
            throw new SensorException("cannot read MTL file " + path + ": " + e, e);
        }
        // MTLs are ASCII; a stray byte becomes U+FFFD and shows up in the excerpt of whatever error it causes
        return parse(new String(bytes, StandardCharsets.UTF_8), path.toString(), path);
    }

    /** Parses MTL text (either form); {@code source} names it in error messages. */
    public static MtlFile parse(String text, String source) {
        return parse(text, source, null);
    }

    private static MtlFile parse(String text, String source, Path path) {
        String body = stripPadding(text);
        if (body.startsWith("\uFEFF")) {
            body = stripPadding(body.substring(1));
        }
        if (body.isEmpty()) {
            throw new SensorException("MTL file " + source + " is empty" + (text.isEmpty() ? "" : " (it holds only "
                    + Excerpt.of(text, 20) + ")"));
        }
        Map<String, String> values = body.startsWith("<") ? parseXml(body, source) : parseText(body, source);
        if (values.isEmpty()) {
            throw new SensorException("MTL file " + source + " holds no KEY = value entries");
        }
        return new MtlFile(source, path, values);
    }

    /** Without leading and trailing whitespace and NUL characters (block padding of archived files). */
    private static String stripPadding(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && blank(s.charAt(from))) {
            from++;
        }
        while (to > from && blank(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean blank(char c) {
        return c == 0 || Character.isWhitespace(c);
    }

    private static Map<String, String> parseText(String text, String source) {
        Map<String, String> values = new LinkedHashMap<>();
        Deque<String> groups = new ArrayDeque<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = stripPadding(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            if (line.equals("END")) {
                break;                                   // the end of the file as the format defines it
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new SensorException("MTL file " + source + " line " + (i + 1) + ": expected KEY = value, got '"
                        + Excerpt.of(line) + "'");
            }
            String key = line.substring(0, eq).strip();
            String value = unquote(line.substring(eq + 1).strip());
            if (key.equals("GROUP")) {
                groups.push(value);
            } else if (key.equals("END_GROUP")) {
                if (groups.isEmpty() || !groups.peek().equals(value)) {
                    throw new SensorException("MTL file " + source + " line " + (i + 1) + ": END_GROUP = "
                            + Excerpt.of(value) + " does not close "
                            + (groups.isEmpty() ? "any group" : "GROUP = " + groups.peek()));
                }
                groups.pop();
            } else {
                values.put(groups.isEmpty() ? key : groups.peek() + "." + key, value);
            }
        }
        if (!groups.isEmpty()) {
            throw new SensorException("MTL file " + source + ": GROUP = " + groups.peek() + " is never closed");
        }
        return values;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static Map<String, String> parseXml(String text, String source) {
        Element root = XmlSupport.parse(text, source).getDocumentElement();
        Map<String, String> values = new LinkedHashMap<>();
        walk(root, values);
        return values;
    }

    private static void walk(Element group, Map<String, String> values) {
        for (Node n = group.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (XmlSupport.hasChildElements(e)) {
                    walk(e, values);
                } else {
                    values.put(XmlSupport.name(group) + "." + XmlSupport.name(e), e.getTextContent().strip());
                }
            }
        }
    }

    /** The file name or label given when reading, for messages. */
    public String source() {
        return source;
    }

    /** The file read, or empty when parsed from text. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** All entries, keyed {@code GROUP.KEY} (innermost group), in file order. Unmodifiable. */
    public Map<String, String> values() {
        return values;
    }

    /** True when {@link #find(String)} would find the key. */
    public boolean has(String key) {
        return find(key).isPresent();
    }

    /**
     * Looks a key up: {@code GROUP.KEY} exactly, or a bare {@code KEY} in any group.
     *
     * @throws SensorException when a bare key has different values in different groups (the message lists them)
     */
    public Optional<String> find(String key) {
        if (key.indexOf('.') >= 0) {
            return Optional.ofNullable(values.get(key));
        }
        String suffix = "." + key;
        Map<String, String> hits = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getKey().equals(key) || e.getKey().endsWith(suffix)) {
                hits.put(e.getKey(), e.getValue());
            }
        }
        Set<String> distinct = new LinkedHashSet<>(hits.values());
        if (distinct.size() > 1) {
            throw new SensorException("MTL file " + source + ": key " + key + " is ambiguous, it has different values "
                    + Excerpt.of(hits.toString(), 200) + "; name the group (GROUP." + key + ")");
        }
        return distinct.stream().findFirst();
    }

    /** The value of a key as text. */
    public String string(String key) {
        return find(key).orElseThrow(() -> new SensorException("MTL file " + source + ": missing key " + key));
    }

    /** The value of a key as a number. */
    public double number(String key) {
        String v = string(key);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new SensorException("MTL file " + source + ": key " + key + " is not a number: '" + Excerpt.of(v)
                    + "'", e);
        }
    }

    /** The first of {@code keys} that {@link #has(String)}, or empty when none is present. */
    public Optional<String> firstKey(String... keys) {
        for (String k : keys) {
            if (has(k)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The value of a key as a number, or empty when the key is absent. */
    public Optional<Double> findNumber(String key) {
        return find(key).isPresent() ? Optional.of(number(key)) : Optional.empty();
    }

    @Override
    public String toString() {
        return "MtlFile[" + source + ", " + values.size() + " entries]";
    }

    /** Namespace-aware, XXE-safe DOM parsing shared with {@link Sentinel2Metadata}. */
    static final class XmlSupport {
        private XmlSupport() {
        }

        static org.w3c.dom.Document parse(String text, String source) {
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                f.setExpandEntityReferences(false);
                f.setXIncludeAware(false);
                var builder = f.newDocumentBuilder();
                builder.setErrorHandler(null);
                return builder.parse(new InputSource(new StringReader(text)));
            } catch (ParserConfigurationException | SAXException | IOException e) {
                throw new SensorException("cannot parse XML metadata " + source + ": " + Excerpt.of(e.getMessage(), 200),
                        e);
            }
        }

        static String name(Element e) {
            return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
        }

        static boolean hasChildElements(Element e) {
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element) {
                    return true;
                }
            }
            return false;
        }
    }
}
