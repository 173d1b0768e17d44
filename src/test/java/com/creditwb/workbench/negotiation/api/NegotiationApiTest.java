package com.creditwb.workbench.negotiation.api;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The negotiation API over real HTTP: confidential (404 to outsiders), 409 stale and ARCHIVED, 400 on inconsistent targets. */
@WorkbenchTest
class NegotiationApiTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = JsonMapper.builder().build();

    HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "en");
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static final String ISSUES = "[{\"name\":\"price\",\"kind\":\"PRICE\",\"unit\":\"元\",\"better\":\"HIGHER\",\"weight\":3,\"optimal\":120,"
            + "\"acceptable\":110,\"minimum\":100},{\"name\":\"terms\",\"kind\":\"PAYMENT_TERMS_DAYS\",\"unit\":\"days\",\"better\":\"LOWER\","
            + "\"weight\":1,\"optimal\":30,\"acceptable\":45,\"minimum\":60}]";

    static String body(String issues, String extra) {
        return "{\"subject\":\"Supply contract\",\"counterpart\":\"C00001\",\"direction\":\"SELL\",\"importance\":\"MEDIUM\","
                + "\"difficulty\":\"LOW\",\"contractValue\":500000,\"team\":[{\"user\":\"credit1\",\"expertise\":[\"FINANCE\"]}],"
                + "\"issues\":" + issues + extra + "}";
    }

    @Test
    void create_read_score_and_move_a_confidential_negotiation() throws Exception {
        HttpResponse<String> created = send("POST", "/api/negotiations", "account1", body(ISSUES, ""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonNode n = json.readTree(created.body());
        long id = n.get("id").asLong();
        assertThat(location).isEqualTo("/api/negotiations/" + id);
        assertThat(n.get("suggestedTeamSize").asInt()).isEqualTo(3); // MEDIUM 3, LOW difficulty, 500,000 元
        assertThat(n.get("status").asString()).isEqualTo("PREPARING");
        assertThat(n.get("team").get(0).get("user").asString()).isEqualTo("credit1");
        for (String field : new String[] {"id", "subject", "counterpart", "direction", "alliance", "plan", "contractValue", "importance",
            "difficulty", "suggestedTeamSize", "status", "startDate", "deadline", "owner", "team", "topics", "issues", "batna",
            "reservationScore", "warnings", "version"}) {
            assertThat(n.has(field)).as(field).isTrue();
        }
        assertThat(send("GET", "/api/negotiations/" + id, "account2", null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/negotiations/" + id, "finance1", null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/negotiations/999999", "account1", null).statusCode()).isEqualTo(404);
        assertThat(json.readTree(send("GET", "/api/negotiations", "account2", null).body()))
                .noneSatisfy(x -> assertThat(x.get("id").asLong()).isEqualTo(id));
        assertThat(send("GET", "/api/negotiations/" + id, "credit1", null).statusCode()).isEqualTo(200);

        HttpResponse<String> score = send("POST", "/api/negotiations/" + id + "/score", "account1", "{\"values\":{\"price\":115,\"terms\":70}}");
        assertThat(score.statusCode()).as(score.body()).isEqualTo(200);
        JsonNode s = json.readTree(score.body());
        // 0.75 × 75 + 0.25 × (100 × (70 − 60) / (30 − 60)) = 56.25 − 8.33 = 47.92; terms 70 is below its minimum
        assertThat(s.get("score").asDouble()).isCloseTo(56.25 - 25.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.get("perIssue").get("price").get("level").asString()).isEqualTo("ACCEPTABLE");
        assertThat(s.get("breaches").get(0).asString()).isEqualTo("terms");
        assertThat(send("POST", "/api/negotiations/" + id + "/score", "account1", "{\"values\":{\"price\":\"lots\"}}").statusCode()).isEqualTo(400);

        long version = n.get("version").asLong();
        assertThat(send("PUT", "/api/negotiations/" + id, "account1", body(ISSUES, ",\"version\":" + version)).statusCode()).isEqualTo(200);
        assertThat(send("PUT", "/api/negotiations/" + id, "account1", body(ISSUES, ",\"version\":" + version)).statusCode()).isEqualTo(409);
        assertThat(send("POST", "/api/negotiations/" + id + "/status", "account1", "{\"status\":\"IN_PROGRESS\"}").statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/negotiations/" + id + "/status", "account1", "{\"status\":\"NO_DEAL\",\"reason\":\"Price gap\"}")
                .statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/negotiations/" + id + "/status", "account1", "{\"status\":\"ARCHIVED\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> archived = send("PUT", "/api/negotiations/" + id, "account1", body(ISSUES, ",\"version\":99"));
        assertThat(archived.statusCode()).isEqualTo(409);
        assertThat(json.readTree(archived.body()).get("code").asString()).isEqualTo("ARCHIVED");
        assertThat(send("POST", "/api/negotiations/" + id + "/status", "account1", "{\"status\":\"SOMEWHERE\"}").statusCode()).isEqualTo(400);

        JsonNode log = json.readTree(send("GET", "/api/negotiations/" + id + "/access-log", "account1", null).body());
        assertThat(log).anySatisfy(e -> {
            assertThat(e.get("user").asString()).isEqualTo("credit1");
            assertThat(e.get("channel").asString()).isEqualTo("API");
        });
        assertThat(send("GET", "/api/negotiations/" + id + "/access-log", "credit1", null).statusCode()).isEqualTo(403);
    }

    @Test
    void inconsistent_targets_are_400_naming_the_field_and_bad_input_is_4xx() throws Exception {
        String wrong = ISSUES.replace("\"optimal\":30,\"acceptable\":45,\"minimum\":60", "\"optimal\":60,\"acceptable\":45,\"minimum\":30");
        HttpResponse<String> r = send("POST", "/api/negotiations", "account1", body(wrong, ""));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("issues[1].acceptable");
        assertThat(send("POST", "/api/negotiations", "account1", body(ISSUES, "").replace("SELL", "LEND")).statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/negotiations", "account1", body(ISSUES, "").replace("C00001", "NOPE-1")).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/negotiations", "account1", "not json").statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/negotiations", "credit1", body(ISSUES, "")).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/negotiations", "account1", body(ISSUES, "").replace("500000", "1e400")).statusCode()).isEqualTo(400);
    }
}
