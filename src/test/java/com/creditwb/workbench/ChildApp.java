package com.creditwb.workbench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The real application — the jar {@code ./wb test} packaged before the integration tests — in a child JVM on a port of
 * its own, in demo mode (the demo users, password 'demo') with a small portfolio. For the tests that kill it or run
 * several of it.
 */
public final class ChildApp implements AutoCloseable {

    public static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private ChildApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the jar with the data directory, the environment and the arguments given (after the port and the demo
     * profile), without waiting.
     */
    public static ChildApp start(Path dataDir, String profiles, Map<String, String> env, String... args) throws IOException {
        int port = freePort();
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("workbench-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/workbench-*.jar: run the integration tests through ./wb test"));
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port, "--spring.profiles.active=" + profiles,
                "--workbench.demo.customers=20"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("WORKBENCH_DATA_DIR", dataDir.toString());
        pb.environment().putAll(env);
        Path log = dataDir.resolve("app-" + port + ".log");
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        return new ChildApp(pb.start(), port, log);
    }

    /** Waits until the path answers 200 as the user (null: no sign-in), or fails naming the log. */
    public ChildApp await(String path, String user, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("app exited, see " + log);
            }
            try {
                if (get(path, user).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("app did not answer " + path + " in " + within.toSeconds() + " s, see " + log);
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public boolean alive() {
        return process.isAlive();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL on Unix: no shutdown hook, no database close. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill9();
        }
    }

    public HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return HTTP.send(request(url(), path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request to the base address as a demo user (password 'demo'); no Authorization header for a null user. */
    public static HttpRequest.Builder request(String base, String path, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
