package com.creditwb.workbench.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.ChildApp;
import com.creditwb.workbench.statement.SampleWorkbooks;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A 2xx means it is on disk: the real application (the built jar, embedded H2 file database) is started
 * in a child JVM, a customer is created and a statement imported through the API, and the process is
 * killed with SIGKILL right after each answer (0–200 ms later); after a restart every confirmed record is
 * read back. Runs in {@code ./wb test} after the jar is packaged.
 */
class CrashRecoveryIT {

    static final int TRIES = 5;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ChildApp app;
    Path dataDir;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void records_confirmed_with_201_survive_kill_9() throws Exception {
        dataDir = Files.createTempDirectory("workbench-crash");
        List<String> created = new ArrayList<>();
        List<String> imported = new ArrayList<>();
        long[] delays = {0, 50, 100, 150, 200};
        for (int i = 0; i < TRIES; i++) {
            start();
            // everything confirmed before the previous kill is there
            for (String code : created) {
                assertThat(get("/api/customers/" + code).statusCode()).as("customer %s after restart %d", code, i).isEqualTo(200);
            }
            for (String code : imported) {
                HttpResponse<String> periods = get("/api/customers/" + code + "/statements");
                assertThat(periods.body()).as("statements of %s after restart %d", code, i).contains("2025-12-31");
            }
            String code = "K" + i + "S" + com.creditwb.workbench.TestSequence.next();
            HttpResponse<String> customer = post("/api/customers", "application/json", customerJson(code, i).getBytes(StandardCharsets.UTF_8));
            assertThat(customer.statusCode()).as(customer.body()).isEqualTo(201);
            created.add(code);
            HttpResponse<String> statement = postStatement(code);
            assertThat(statement.statusCode()).as(statement.body()).isEqualTo(201);
            imported.add(code);
            Thread.sleep(delays[i]);
            kill9();
        }
        start();
        for (String code : created) {
            assertThat(get("/api/customers/" + code).statusCode()).as("customer %s after the last restart", code).isEqualTo(200);
        }
        for (String code : imported) {
            assertThat(get("/api/customers/" + code + "/statements").body()).contains("2025-12-31");
        }
        System.out.printf("crash test: %d customers and %d statement imports confirmed, each followed by SIGKILL 0-200 ms later; all %d read back%n",
                created.size(), imported.size(), created.size() + imported.size());
    }

    void start() throws Exception {
        app = ChildApp.start(dataDir, "demo", java.util.Map.of()).await("/api/customers?size=1", "admin", Duration.ofSeconds(120));
    }

    void kill9() throws InterruptedException {
        app.kill9();
    }

    static String customerJson(String code, int i) {
        return """
                {"code":"%s","name":"崩溃测试有限公司%s","uscc":"%s","industry":"C","region":"GUANGDONG","size":"SMALL",
                 "customerType":"FINAL","lifecycleStage":"FORMATION","relationshipLevel":"BASIC"}
                """.formatted(code, code, uscc(i));
    }

    static String uscc(int i) {
        String body = "91440300" + String.format("%09d", (com.creditwb.workbench.TestSequence.next() * 7_919L + i) % 1_000_000_000L);
        return com.creditwb.workbench.common.validation.UnifiedSocialCreditCode.compose('9', '1', "440300", body.substring(8, 16));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path, "admin").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return post(path, contentType, body, "admin");
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, String user) throws IOException, InterruptedException {
        return HTTP.send(request(path, user).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postStatement(String code) throws IOException, InterruptedException {
        String boundary = "----crash" + UUID.randomUUID();
        byte[] file = SampleWorkbooks.bytes(SampleWorkbooks.chineseSideBySide());
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post("/api/customers/" + code + "/statements", "multipart/form-data; boundary=" + boundary, out.toByteArray(), "finance1");
    }

    /** The demo users (password 'demo'): the child app runs in demo mode with a small portfolio. */
    HttpRequest.Builder request(String path, String user) {
        return ChildApp.request(app.url(), path, user);
    }
}
