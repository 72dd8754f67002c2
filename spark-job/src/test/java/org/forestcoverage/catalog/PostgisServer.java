package org.forestcoverage.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL 15 server with PostGIS (Debian's {@code postgresql-15} and {@code postgresql-15-postgis-3},
 * installed by {@code scripts/setup.sh --browser}, which {@code ./forest test} runs), started for a test class on
 * 127.0.0.1 on a free port, in a temporary data folder, and stopped and deleted afterwards. {@code initdb} refuses
 * to run as root, so as root the server runs as Debian's {@code postgres} system user (through {@code runuser}).
 * When the binaries are missing the tests are skipped with a message saying what to install.
 *
 * <pre>{@code
 * try (PostgisServer pg = PostgisServer.start()) {
 *     OgrCatalog.open(pg.connection(), true);   // "PG:host=127.0.0.1 port=... dbname=forest user=forest"
 * }
 * }</pre>
 */
final class PostgisServer implements AutoCloseable {
    static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    private final Path data;
    private final int port;
    private final boolean asPostgres;

    private PostgisServer(Path data, int port, boolean asPostgres) {
        this.data = data;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** Starts a server with database {@code forest} (extension postgis) owned by user {@code forest}. */
    static PostgisServer start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(BIN.resolve("initdb")) && Files.isExecutable(BIN.resolve("pg_ctl")),
                "PostgreSQL 15 is not installed (apt-get install postgresql-15 postgresql-15-postgis-3, or run"
                        + " scripts/setup.sh --browser): PostGIS catalogue tests skipped");
        Assumptions.assumeTrue(Files.exists(Path.of("/usr/share/postgresql/15/extension/postgis.control")),
                "PostGIS is not installed (apt-get install postgresql-15-postgis-3): PostGIS catalogue tests skipped");
        boolean root = "root".equals(System.getProperty("user.name"));
        Path data = Files.createTempDirectory("forest-pg-");
        if (root) {
            run(List.of("chown", "postgres:postgres", data.toString()), false);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        PostgisServer pg = new PostgisServer(data, port, root);
        try {
            pg.pg(List.of(BIN.resolve("initdb").toString(), "-D", data.resolve("db").toString(), "-U", "forest",
                    "-A", "trust", "--no-sync", "-E", "UTF8"));
            pg.pg(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.resolve("db").toString(), "-w", "-t", "60",
                    "-l", data.resolve("server.log").toString(), "-o",
                    "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
            pg.pg(List.of(BIN.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U",
                    "forest", "forest"));
            pg.sql("CREATE EXTENSION postgis");
        } catch (Exception e) {
            pg.close();
            throw e;
        }
        return pg;
    }

    /** The OGR connection string of database {@code forest}. */
    String connection() {
        return "PG:host=127.0.0.1 port=" + port + " dbname=forest user=forest";
    }

    /** Runs one SQL statement with psql and returns its unaligned output. */
    String sql(String statement) throws Exception {
        return pg(List.of("/usr/bin/psql", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "forest", "-d",
                "forest", "-v", "ON_ERROR_STOP=1", "-At", "-c", statement));
    }

    private String pg(List<String> command) throws Exception {
        List<String> c = new ArrayList<>();
        if (asPostgres) {
            c.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        c.addAll(command);
        return run(c, true);
    }

    private static String run(List<String> command, boolean check) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).directory(Path.of("/tmp").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + ": timed out");
        }
        if (check && p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + p.exitValue() + "): " + out);
        }
        return out.strip();
    }

    /** Stops the server and deletes its data folder. */
    @Override
    public void close() {
        try {
            if (Files.exists(data.resolve("db/postmaster.pid"))) {
                pg(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.resolve("db").toString(), "-m", "fast", "-w",
                        "stop"));
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the test PostgreSQL server in " + data + ": " + e.getMessage(), e);
        } finally {
            try (Stream<Path> s = Files.walk(data)) {
                s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
