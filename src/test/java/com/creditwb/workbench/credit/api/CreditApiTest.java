package com.creditwb.workbench.credit.api;

import static com.creditwb.workbench.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.WorkbenchTest;
import com.creditwb.workbench.credit.Assessment;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.credit.domain.CreditOverride;
import com.creditwb.workbench.credit.model.SubFactor;
import com.creditwb.workbench.credit.scoring.AssessmentInput;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The credit decision, credit check and assessments over real HTTP with the exact JSON fields. */
@WorkbenchTest
class CreditApiTest {

    @LocalServerPort
    int port;
    @Autowired
    AssessmentService assessments;
    @Autowired
    CustomerService customers;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = JsonMapper.builder().build();

    HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", auth(user))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String user, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", auth(user))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String auth(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** An approved decision for the customer: 3,650,000 expected purchases over 60 days' terms gives a 600,000 limit. */
    Assessment approve(String code) {
        Customer c = as("credit1", "CREDIT_MANAGER", () -> customers.getByIdOrCode(code));
        Assessment a = as("credit1", "CREDIT_MANAGER", () -> {
            Assessment d = assessments.start(c.getId());
            Map<SubFactor, AssessmentInput.SubScore> scores = new EnumMap<>(SubFactor.class);
            for (SubFactor s : SubFactor.values()) {
                scores.put(s, new AssessmentInput.SubScore(4, null, false));
            }
            AssessmentInput in = new AssessmentInput(new BigDecimal("1000000"), 60, new BigDecimal("3650000"), null, null, 0.3, null, scores);
            d = assessments.save(d.getId(), d.getVersion(), in, CreditOverride.NONE);
            return assessments.submit(d.getId(), d.getVersion());
        });
        return as("credit2", "CREDIT_MANAGER", () -> assessments.approve(a.getId(), a.getVersion(), "ok"));
    }

    @Test
    void the_current_decision_has_the_named_fields() throws Exception {
        Assessment a = approve("C00031");
        HttpResponse<String> r = get("/api/customers/C00031/credit", "credit1");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode d = json.readTree(r.body());
        // every 5C level 4 scores 75, no statements: composite 75.0 → A (70–80), medium risk: 60 days;
        // limit = C = 3,650,000 × 60 / 365 = 600,000
        assertThat(d.get("rating").asString()).isEqualTo("A");
        assertThat(d.get("riskClass").asString()).isEqualTo("MEDIUM");
        assertThat(d.get("score").asDouble()).isEqualTo(75.0);
        assertThat(d.get("limit").decimalValue()).isEqualByComparingTo("600000");
        assertThat(d.get("currency").asString()).isEqualTo("CNY");
        assertThat(d.get("paymentTermsDays").asInt()).isEqualTo(60);
        assertThat(d.get("approvedBy").asString()).isEqualTo("credit2");
        assertThat(d.has("approvedAt") && d.has("nextReviewDate") && d.has("exposure") && d.has("available") && d.has("overdue")
                && d.has("dso")).isTrue();
        assertThat(d.get("assessmentId").asLong()).isEqualTo(a.getId());
        // no temporary limit: the limit in force is the decided one, and the committed exposure is given by part
        assertThat(d.get("limitInForce").decimalValue()).isEqualByComparingTo("600000");
        assertThat(d.get("temporaryLimit").isNull()).isTrue();
        assertThat(d.get("committed").has("orders") && d.get("committed").has("available")).isTrue();
    }

    @Test
    void the_credit_check_approves_within_the_limit_and_blocks_beyond_it_or_without_a_decision() throws Exception {
        approve("C00032");
        JsonNode ok = json.readTree(post("/api/credit-check", "credit1", "{\"customer\":\"C00032\",\"amount\":1000,\"currency\":\"CNY\"}").body());
        assertThat(ok.get("decision").asString()).isEqualTo("APPROVE");
        assertThat(ok.get("reasons")).isEmpty();
        assertThat(ok.get("available").decimalValue()).isEqualByComparingTo("600000");

        JsonNode over = json.readTree(post("/api/credit-check", "credit1", "{\"customer\":\"C00032\",\"amount\":600001,\"currency\":\"CNY\"}").body());
        assertThat(over.get("decision").asString()).isEqualTo("BLOCK");
        assertThat(over.get("codes").get(0).asString()).isEqualTo("LIMIT_EXCEEDED");
        assertThat(over.get("reasons").get(0).asString()).contains("over the credit limit");

        JsonNode none = json.readTree(post("/api/credit-check", "credit1", "{\"customer\":\"C00033\",\"amount\":1,\"currency\":\"CNY\"}").body());
        assertThat(none.get("decision").asString()).isEqualTo("BLOCK");
        assertThat(none.get("codes").get(0).asString()).isEqualTo("NO_DECISION");

        JsonNode fx = json.readTree(post("/api/credit-check", "credit1", "{\"customer\":\"C00032\",\"amount\":10,\"currency\":\"USD\"}").body());
        assertThat(fx.get("decision").asString()).isEqualTo("REVIEW");

        assertThat(post("/api/credit-check", "credit1", "{\"customer\":\"C00032\",\"amount\":0}").statusCode()).isEqualTo(400);
        assertThat(post("/api/credit-check", "credit1", "{\"customer\":\"NOPE\",\"amount\":5}").statusCode()).isEqualTo(404);
        assertThat(post("/api/credit-check", "nobody", "{\"customer\":\"C00032\",\"amount\":5}").statusCode()).isEqualTo(401);
    }

    @Test
    void assessments_are_listed_and_an_approved_one_is_its_frozen_snapshot() throws Exception {
        Assessment a = approve("C00034");
        JsonNode list = json.readTree(get("/api/customers/C00034/assessments", "credit2").body());
        assertThat(list.get(0).get("id").asLong()).isEqualTo(a.getId());
        assertThat(list.get(0).get("status").asString()).isEqualTo("APPROVED");
        HttpResponse<String> r = get("/api/customers/C00034/assessments/" + a.getId(), "credit2");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode one = json.readTree(r.body());
        assertThat(one.get("frozen").asBoolean()).isTrue();
        JsonNode s = one.get("snapshot");
        assertThat(s.get("modelNumber").asInt()).isPositive();
        assertThat(s.get("model").get("factors")).hasSize(5);
        assertThat(s.get("input").get("scores")).hasSize(SubFactor.values().length);
        assertThat(s.get("result").get("limit").get("steps").size()).isGreaterThan(2);
        assertThat(s.get("approver").asString()).isEqualTo("credit2");
        assertThat(get("/api/customers/C00035/assessments/" + a.getId(), "credit2").statusCode()).isEqualTo(404);
    }

    @Test
    void the_credit_calls_are_in_the_openapi_description() throws Exception {
        JsonNode paths = json.readTree(get("/v3/api-docs", "credit1").body()).get("paths");
        assertThat(paths.has("/api/customers/{idOrCode}/credit")).isTrue();
        assertThat(paths.has("/api/credit-check")).isTrue();
        assertThat(paths.has("/api/customers/{idOrCode}/assessments")).isTrue();
        assertThat(paths.has("/api/customers/{idOrCode}/assessments/{id}")).isTrue();
        assertThat(paths.has("/api/ahp")).isTrue();
    }
}
