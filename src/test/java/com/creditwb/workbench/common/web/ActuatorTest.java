package com.creditwb.workbench.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.TestApi;
import com.creditwb.workbench.WorkbenchTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Observable and not public: the health probes answer a load balancer without credentials (status only), the
 * Prometheus metrics and health details only an ADMIN by HTTP Basic; the workbench's own meters are there.
 */
@WorkbenchTest
class ActuatorTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            b.header("Authorization", TestApi.basic(user));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_probes_answer_anyone_and_the_metrics_only_an_admin() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"").doesNotContain("components");
        assertThat(get("/actuator/health/liveness", null).body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health", null).body()).doesNotContain("\"db\"");
        assertThat(get("/actuator/health", "admin").body()).contains("\"db\"");

        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "credit1").statusCode()).isEqualTo(403);

        // a credit check, a refused sign-in and an API call, then the meters that count them
        TestApi api = new TestApi(port);
        api.send("POST", "/api/credit-check", "credit1", "{\"customer\":\"C00001\",\"amount\":1000,\"currency\":\"CNY\"}");
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/customers?size=1"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("credit2:wrong".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> metrics = get("/actuator/prometheus", "admin");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("workbench_credit_check_seconds_bucket", "workbench_document_check_seconds",
                "workbench_documents_blocked", "workbench_logins_refused_total", "http_server_requests_seconds_bucket",
                "uri=\"/api/credit-check\"");
        assertThat(metrics.body().lines().filter(l -> l.startsWith("workbench_logins_refused_total")).findFirst().orElse(""))
                .doesNotEndWith(" 0.0");
    }
}
