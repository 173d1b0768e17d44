package com.creditwb.workbench.cluster;

import com.creditwb.workbench.ChildApp;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Debian's HAProxy in front of the nodes, run with the configuration the README ships ({@code deploy/haproxy.cfg}):
 * only its ports are this test's, its health checks come every 300 ms instead of 2 s, each answer names the node
 * that gave it ({@code X-Node}), and a stats page tells how the balancer sees each node.
 */
final class Balancer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final int statsPort;

    private Balancer(Process process, int port, int statsPort) {
        this.process = process;
        this.port = port;
        this.statsPort = statsPort;
    }

    static Balancer start(Path dir, ChildApp node1, ChildApp node2) throws IOException, InterruptedException {
        int port = ChildApp.freePort();
        int statsPort = ChildApp.freePort();
        String shipped = Files.readString(Path.of("deploy", "haproxy.cfg"));
        String config = shipped.replace("bind :8000", "bind 127.0.0.1:" + port)
                .replace("127.0.0.1:8081", "127.0.0.1:" + node1.port())
                .replace("127.0.0.1:8082", "127.0.0.1:" + node2.port())
                .replace("inter 2s", "inter 300ms")
                .replace("    balance roundrobin\n", "    balance roundrobin\n    http-response set-header X-Node %s\n")
                + "\n\nlisten stats\n    bind 127.0.0.1:" + statsPort + "\n    stats enable\n    stats uri /stats\n";
        if (config.equals(shipped) || !config.contains("X-Node")) {
            throw new IllegalStateException("deploy/haproxy.cfg changed its shape: adapt Balancer");
        }
        Path file = dir.resolve("haproxy.cfg");
        Files.writeString(file, config);
        ProcessBuilder pb = new ProcessBuilder("haproxy", "-db", "-f", file.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("haproxy.log").toFile());
        Balancer b = new Balancer(pb.start(), port, statsPort);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"UP".equals(b.status("api", "node1")) || !"UP".equals(b.status("api", "node2"))) {
            if (System.nanoTime() > deadline || !b.process.isAlive()) {
                throw new AssertionError("HAProxy did not see both nodes up, see " + dir.resolve("haproxy.log"));
            }
            Thread.sleep(200);
        }
        return b;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** How the balancer sees a server of a backend: UP, DOWN, "DOWN 1/2" (going down) …; null before it answers. */
    String status(String backend, String server) throws InterruptedException {
        HttpResponse<String> csv;
        try {
            csv = ChildApp.HTTP.send(ChildApp.request("http://127.0.0.1:" + statsPort, "/stats;csv", null).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException notYet) {
            return null;
        }
        List<String> lines = csv.body().lines().toList();
        if (lines.isEmpty() || !lines.get(0).startsWith("# ")) {
            return null;
        }
        List<String> header = Arrays.asList(lines.get(0).substring(2).split(","));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < Math.min(f.length, header.size()); i++) {
                row.put(header.get(i), f[i]);
            }
            if (backend.equals(row.get("pxname")) && server.equals(row.get("svname"))) {
                return row.get("status");
            }
        }
        return null;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
