package com.creditwb.workbench.customer.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.WorkbenchTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The customers REST API over real HTTP with HTTP Basic, as another system would call it. */
@WorkbenchTest
class CustomerApiTest {

    static final String VALID_USCC = "91440300708461136T";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = JsonMapper.builder().build();

    HttpResponse<String> call(String method, String path, String user, String body, String language) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> call(String method, String path, String user, String body) throws Exception {
        return call(method, path, user, body, "en");
    }

    static String customerJson(String code, String uscc, String version) {
        return """
                {"code":"%s","name":"接口测试有限公司","uscc":"%s","industry":"F","region":"ZHEJIANG","size":"SMALL",
                 "foundedOn":"2012-04-01","registeredCapital":3000000.00,"customerType":"INTERMEDIATE",
                 "lifecycleStage":"EXPLORATION","relationshipLevel":"BASIC",
                 "contacts":[{"name":"钱进","title":"总经理","phone":"13912345678","email":"qian@example.com","role":"DECISION_MAKER"}]%s}
                """.formatted(code, uscc, version == null ? "" : ",\"version\":" + version);
    }

    @Test
    void every_call_needs_a_signed_in_user() throws Exception {
        assertThat(call("GET", "/api/customers", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/customers"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:wrong".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    @Test
    void the_list_is_paged_in_spring_datas_paged_model_shape() throws Exception {
        HttpResponse<String> r = call("GET", "/api/customers?page=1&size=5&sort=code,desc", "finance1", null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("content")).hasSize(5);
        JsonNode page = body.get("page");
        assertThat(page.get("number").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(5);
        assertThat(page.get("totalElements").asLong()).isGreaterThanOrEqualTo(40);
        assertThat(page.get("totalPages").asInt()).isEqualTo((int) Math.ceil(page.get("totalElements").asLong() / 5.0));
        JsonNode first = body.get("content").get(0);
        for (String field : List.of("id", "code", "name", "uscc", "industry", "region", "size", "foundedOn", "registeredCapital",
                "legalRepresentative", "address", "customerType", "lifecycleStage", "relationshipLevel", "owner", "contacts", "version")) {
            assertThat(first.has(field)).as("field %s", field).isTrue();
        }
        String c1 = body.get("content").get(0).get("code").asString();
        String c2 = body.get("content").get(1).get("code").asString();
        assertThat(c1).isGreaterThan(c2);
    }

    @Test
    void q_searches_name_code_and_uscc() throws Exception {
        HttpResponse<String> r = call("GET", "/api/customers?q=C00001", "credit1", null);
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("content")).isNotEmpty();
        body.get("content").forEach(c -> assertThat(c.get("code").asString()).startsWith("C00001"));
    }

    @Test
    void invalid_input_gives_400_with_a_list_of_field_and_message_in_the_requested_language() throws Exception {
        HttpResponse<String> r = call("POST", "/api/customers", "account1", customerJson("API-BAD", "91440300708461136X", null));
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode errors = json.readTree(r.body());
        assertThat(errors.isArray()).isTrue();
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.get("field").asString()).isEqualTo("uscc");
            assertThat(e.get("message").asString()).contains("T");
        });

        HttpResponse<String> zh = call("POST", "/api/customers", "account1", customerJson("API-BAD", "91440300708461136X", null), "zh-CN");
        assertThat(json.readTree(zh.body()).get(0).get("message").asString()).contains("校验码");

        HttpResponse<String> badEnum = call("POST", "/api/customers", "account1",
                customerJson("API-BAD2", VALID_USCC, null).replace("\"F\"", "\"Z\""));
        assertThat(badEnum.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badEnum.body()).get(0).get("field").asString()).isEqualTo("industry");
    }

    @Test
    void create_read_update_and_a_stale_version_gives_409() throws Exception {
        HttpResponse<String> created = call("POST", "/api/customers", "account1", customerJson("API-1", VALID_USCC, null));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode customer = json.readTree(created.body());
        assertThat(customer.get("owner").asString()).isEqualTo("account1");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/customers/" + customer.get("id").asLong()));

        HttpResponse<String> byCode = call("GET", "/api/customers/API-1", "finance1", null);
        assertThat(byCode.statusCode()).isEqualTo(200);
        String version = json.readTree(byCode.body()).get("version").asString();

        HttpResponse<String> updated = call("PUT", "/api/customers/API-1", "account1",
                customerJson("API-1", VALID_USCC, version).replace("\"EXPLORATION\"", "\"FORMATION\""));
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(json.readTree(updated.body()).get("lifecycleStage").asString()).isEqualTo("FORMATION");

        HttpResponse<String> stale = call("PUT", "/api/customers/API-1", "account1",
                customerJson("API-1", VALID_USCC, version).replace("\"EXPLORATION\"", "\"DECLINE\""));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json.readTree(call("GET", "/api/customers/API-1", "admin", null).body()).get("lifecycleStage").asString())
                .isEqualTo("FORMATION");

        HttpResponse<String> notOwner = call("PUT", "/api/customers/API-1", "account2",
                customerJson("API-1", VALID_USCC, json.readTree(updated.body()).get("version").asString()));
        assertThat(notOwner.statusCode()).isEqualTo(403);
    }

    @Test
    void unknown_customers_give_404() throws Exception {
        assertThat(call("GET", "/api/customers/999999999", "admin", null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/customers/NO-SUCH-CODE", "admin", null).statusCode()).isEqualTo(404);
        assertThat(call("PUT", "/api/customers/NO-SUCH-CODE", "admin", customerJson("X", VALID_USCC, "0")).statusCode()).isEqualTo(404);
    }

    @Test
    void finance_may_not_create_customers() throws Exception {
        assertThat(call("POST", "/api/customers", "finance1", customerJson("API-FIN", "91110108551385082Q", null)).statusCode())
                .isEqualTo(403);
    }

    @Test
    void the_api_is_described_in_openapi() throws Exception {
        HttpResponse<String> r = call("GET", "/v3/api-docs", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode paths = json.readTree(r.body()).get("paths");
        assertThat(paths.has("/api/customers")).isTrue();
        assertThat(paths.has("/api/customers/{idOrCode}")).isTrue();
    }
}
