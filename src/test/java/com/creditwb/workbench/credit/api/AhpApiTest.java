package com.creditwb.workbench.credit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.creditwb.workbench.WorkbenchTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/ahp over HTTP: weights and consistency, the upper-triangle form, 400 for bad matrices, 401. */
@WorkbenchTest
class AhpApiTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = JsonMapper.builder().build();

    HttpResponse<String> post(String body, boolean signedIn) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/ahp"))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signedIn) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("credit1:demo".getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void a_consistent_matrix_gives_its_weights() throws Exception {
        // a_ij = w_i / w_j for w = (0.5, 0.3, 0.2): the weights come back exactly, λmax = 3, CR = 0
        HttpResponse<String> r = post("{\"matrix\":[[1,1.6666666667,2.5],[0.6,1,1.5],[0.4,0.6666666667,1]]}", true);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("weights").get(0).asDouble()).isCloseTo(0.5, within(1e-6));
        assertThat(body.get("weights").get(2).asDouble()).isCloseTo(0.2, within(1e-6));
        assertThat(body.get("lambdaMax").asDouble()).isCloseTo(3.0, within(1e-6));
        assertThat(body.get("ri").asDouble()).isEqualTo(0.58);
        assertThat(body.get("consistent").asBoolean()).isTrue();
    }

    @Test
    void the_upper_triangle_form_and_an_inconsistent_matrix() throws Exception {
        // A:B = 9, A:C = 1/9, B:C = 9 — a cycle: CR = 6.13, the worst comparison is row 1, column 2
        JsonNode body = json.readTree(post("{\"upper\":[9,0.1111111111,9]}", true).body());
        assertThat(body.get("cr").asDouble()).isCloseTo(6.1303, within(1e-3));
        assertThat(body.get("consistent").asBoolean()).isFalse();
        assertThat(body.get("mostInconsistent").get("row").asInt()).isEqualTo(1);
        assertThat(body.get("mostInconsistent").get("column").asInt()).isEqualTo(2);
    }

    @Test
    void bad_matrices_are_400_with_the_reason_and_the_call_needs_a_user() throws Exception {
        HttpResponse<String> notSquare = post("{\"matrix\":[[1,2],[0.5]]}", true);
        assertThat(notSquare.statusCode()).isEqualTo(400);
        assertThat(json.readTree(notSquare.body()).get(0).get("field").asString()).isEqualTo("matrix");
        assertThat(json.readTree(notSquare.body()).get(0).get("message").asString()).contains("square");
        HttpResponse<String> notReciprocal = post("{\"matrix\":[[1,2],[0.6,1]]}", true);
        assertThat(notReciprocal.statusCode()).isEqualTo(400);
        assertThat(json.readTree(notReciprocal.body()).get(0).get("message").asString()).contains("Row 1, column 2");
        assertThat(post("{\"matrix\":[[1,-2],[-0.5,1]]}", true).statusCode()).isEqualTo(400);
        assertThat(post("{\"matrix\":[[1]]}", false).statusCode()).isEqualTo(401);
    }
}
