package org.forestcoverage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real headless Chromium (Debian's {@code chromium}) driven over the DevTools protocol with the JDK's own
 * WebSocket client: one page, networking off, every request, console message and error recorded.
 *
 * <pre>{@code
 * try (HeadlessChromium c = HeadlessChromium.start(tmp)) {
 *     c.open(page.toUri());
 *     JsonNode v = c.eval("document.title");
 *     c.screenshot(Path.of("target/shot.png"));
 * }
 * }</pre>
 *
 * <p>The browser is started with the flags that work on this kind of machine (no sandbox as root, no GPU, no
 * background networking), a new profile folder, a proxy that leads nowhere and a host resolver that resolves
 * nothing, and the page's network is switched off through the protocol before it loads, so a request that tried
 * to leave the machine would fail and be recorded. Not thread-safe.
 */
final class HeadlessChromium implements AutoCloseable {
    /** The browser binary: {@code CHROMIUM} or Debian's {@code /usr/bin/chromium}. */
    static Path binary() {
        String env = System.getenv("CHROMIUM");
        return Path.of(env != null && !env.isBlank() ? env : "/usr/bin/chromium");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_S = 60;

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private String session;

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts the browser with a new profile under {@code work} and opens a blank page with networking off. */
    static HeadlessChromium start(Path work) throws Exception {
        Path bin = binary();
        if (!Files.isExecutable(bin)) {
            throw new IllegalStateException(bin + " not found: the report tests need Debian's chromium "
                    + "(./forest test installs it; or: sudo apt-get install chromium)");
        }
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        Process p = new ProcessBuilder(bin.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
                "--disable-domain-reliability", "--metrics-recording-only", "--hide-scrollbars",
                "--proxy-server=http://127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--window-size=1200,900", "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile())
                .start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        List<String> port = List.of();
        while (System.nanoTime() < until && p.isAlive()) {
            if (Files.isRegularFile(portFile)) {
                port = Files.readAllLines(portFile);
                if (port.size() >= 2) {
                    break;
                }
            }
            Thread.sleep(50);
        }
        if (port.size() < 2) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not start (see " + profile + ".log)");
        }
        Listener listener = new Listener();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port.get(0) + port.get(1)), listener)
                .get(TIMEOUT_S, TimeUnit.SECONDS);
        HeadlessChromium c = new HeadlessChromium(p, profile, ws);
        listener.owner = c;
        String target = c.browser("Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        c.session = c.browser("Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId").asText();
        for (String domain : List.of("Page", "Network", "Runtime", "Log", "DOM", "CSS")) {
            c.send(domain + ".enable", Map.of());
        }
        c.send("Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0, "downloadThroughput", 0,
                "uploadThroughput", 0));
        return c;
    }

    /** Collects the DevTools messages (possibly split into frames) and hands them to the browser object. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();
        volatile HeadlessChromium owner;

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String msg = text.toString();
                text.setLength(0);
                owner.receive(msg);
            }
            ws.request(1);
            return null;
        }
    }

    private void receive(String msg) {
        try {
            JsonNode n = JSON.readTree(msg);
            if (n.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(n.get("id").asInt());
                if (f != null) {
                    if (n.has("error")) {
                        f.completeExceptionally(new IllegalStateException("DevTools error: " + n.get("error")));
                    } else {
                        f.complete(n.get("result"));
                    }
                }
            } else {
                synchronized (events) {
                    events.add(n);
                    events.notifyAll();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode call(String method, Map<String, ?> params, String sessionId) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode m = JSON.createObjectNode();
        m.put("id", id);
        m.put("method", method);
        m.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            m.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(JSON.writeValueAsString(m), true).get(TIMEOUT_S, TimeUnit.SECONDS);
        return f.get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private JsonNode browser(String method, Map<String, ?> params) throws Exception {
        return call(method, params, null);
    }

    /** A DevTools command on the page. */
    JsonNode send(String method, Map<String, ?> params) throws Exception {
        return call(method, params, session);
    }

    /** Navigates to {@code uri} and waits for the load event and for the page's fonts to be ready. */
    void open(URI uri) throws Exception {
        int seen;
        synchronized (events) {
            seen = events.size();
        }
        send("Page.navigate", Map.of("url", uri.toString()));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        synchronized (events) {
            while (events.subList(seen, events.size()).stream()
                    .noneMatch(e -> "Page.loadEventFired".equals(e.path("method").asText()))) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("no load event for " + uri);
                }
                events.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        }
        eval("document.fonts.ready.then(function () { return true; })");
    }

    /** The value of a JavaScript expression (promises awaited), as JSON. */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true,
                "returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("JavaScript failed: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Every event recorded so far with this method name. */
    List<JsonNode> events(String method) {
        synchronized (events) {
            return events.stream().filter(e -> method.equals(e.path("method").asText())).map(e -> e.get("params"))
                    .toList();
        }
    }

    /** The URLs of every request the page made. */
    List<String> requests() {
        return events("Network.requestWillBeSent").stream().map(e -> e.path("request").path("url").asText()).toList();
    }

    /** Console errors, uncaught exceptions and browser log errors (a font the browser refused shows up there). */
    List<String> errors() {
        List<String> out = new ArrayList<>();
        for (JsonNode e : events("Runtime.consoleAPICalled")) {
            String type = e.path("type").asText();
            if (type.equals("error") || type.equals("assert")) {
                out.add("console." + type + ": " + e.path("args"));
            }
        }
        events("Runtime.exceptionThrown").forEach(e -> out.add("exception: " + e.path("exceptionDetails")));
        for (JsonNode e : events("Log.entryAdded")) {
            if (e.path("entry").path("level").asText().equals("error")) {
                out.add("log: " + e.path("entry").path("text").asText() + " " + e.path("entry").path("url").asText());
            }
        }
        events("Network.loadingFailed").forEach(e -> out.add("failed request: " + e));
        return out;
    }

    /** The fonts Chromium really drew the text of the first element matching {@code selector} with. */
    JsonNode platformFonts(String selector) throws Exception {
        int root = send("DOM.getDocument", Map.of("depth", 0)).path("root").path("nodeId").asInt();
        int node = send("DOM.querySelector", Map.of("nodeId", root, "selector", selector)).path("nodeId").asInt();
        if (node == 0) {
            throw new IllegalStateException("no element " + selector);
        }
        return send("CSS.getPlatformFontsForNode", Map.of("nodeId", node)).path("fonts");
    }

    /** Saves a screenshot of the whole page (PNG). */
    void screenshot(Path file) throws Exception {
        JsonNode m = send("Page.getLayoutMetrics", Map.of());
        JsonNode size = m.has("cssContentSize") ? m.get("cssContentSize") : m.get("contentSize");
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", size.get("width").asDouble(),
                        "height", size.get("height").asDouble(), "scale", 1)));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
    }

    @Override
    public void close() throws Exception {
        try {
            browser("Browser.close", Map.of());
        } catch (Exception e) {
            // the browser may already be gone; it is stopped below in any case
        }
        socket.abort();
        CountDownLatch gone = new CountDownLatch(1);
        process.onExit().thenRun(gone::countDown);
        if (!gone.await(10, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        try (Stream<Path> s = Files.walk(profile)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a leftover profile in the test's temporary folder is removed with it
        }
    }
}
