package com.creditwb.workbench.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.WorkbenchTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input is a 4xx in the API's JSON error shape, never a 5xx, the UI's page or a busy core: wrong
 * content types, methods and paths, missing parts, huge and tiny numbers, unknown enumeration values,
 * control characters in names, values outside Saaty's scale, numeric codes.
 */
@WorkbenchTest
class ApiBadInputTest {

    static final String VALID_USCC = "91440300708461136T";

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.customer.CustomerService customers;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.statement.StatementService statements;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.credit.AssessmentService assessments;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = JsonMapper.builder().build();

    HttpResponse<String> call(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept-Language", "en")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> asUser(String user, String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The JSON error: a list of field errors or one message. */
    String message(HttpResponse<String> r) {
        JsonNode body = json.readTree(r.body());
        JsonNode first = body.isArray() ? body.get(0) : body;
        return first.get("message").asString();
    }

    String field(HttpResponse<String> r) {
        JsonNode body = json.readTree(r.body());
        return body.isArray() && body.get(0).hasNonNull("field") ? body.get(0).get("field").asString() : null;
    }

    static String customer(String code, String name, String region, String uscc) {
        return """
                {"code":"%s","name":"%s","uscc":"%s","industry":"F","region":"%s","size":"SMALL",
                 "customerType":"INTERMEDIATE","lifecycleStage":"EXPLORATION","relationshipLevel":"BASIC"}
                """.formatted(code, name, uscc, region);
    }

    static String uscc(int n) {
        return com.creditwb.workbench.common.validation.UnifiedSocialCreditCode.compose('9', '1', "310000",
                String.format("%08d", 30_000_000 + n * 7_919 + (int) (com.creditwb.workbench.TestSequence.next() % 1000) * 13));
    }

    @Test
    void a_wrong_content_type_is_415() throws Exception {
        HttpResponse<String> text = call("POST", "/api/credit-check", "text/plain", "customer=C00001");
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(message(text)).contains("text/plain").contains("application/json");
        HttpResponse<String> xml = call("POST", "/api/customers", "application/xml", "<customer/>");
        assertThat(xml.statusCode()).isEqualTo(415);
        // the statements upload takes multipart only
        assertThat(call("POST", "/api/customers/C00001/statements", "application/json", "{}").statusCode()).isEqualTo(415);
    }

    @Test
    void an_unknown_path_is_404_json_and_an_unsupported_method_405() throws Exception {
        HttpResponse<String> unknown = call("GET", "/api/nothing-here", null, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).contains("application/json");
        assertThat(unknown.body()).doesNotContain("<html");
        HttpResponse<String> delete = call("DELETE", "/api/customers/C00001", null, null);
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow").orElse("")).contains("GET").contains("PUT");
        assertThat(message(delete)).contains("DELETE");
        assertThat(call("PATCH", "/api/customers", "application/json", "{}").statusCode()).isEqualTo(405);
    }

    @Test
    void a_page_beyond_any_list_is_400() throws Exception {
        HttpResponse<String> r = call("GET", "/api/customers?page=2147483647", null, null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(field(r)).isEqualTo("page");
        assertThat(call("GET", "/api/customers?page=99999999999", null, null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/customers?size=abc", null, null).statusCode()).isEqualTo(400);
    }

    @Test
    void huge_and_tiny_amounts_are_400() throws Exception {
        HttpResponse<String> huge = call("POST", "/api/credit-check", "application/json", "{\"customer\":\"C00001\",\"amount\":1e999999999}");
        HttpResponse<String> tiny = call("POST", "/api/credit-check", "application/json", "{\"customer\":\"C00001\",\"amount\":1e-10000000}");
        HttpResponse<String> sub = call("POST", "/api/credit-check", "application/json", "{\"customer\":\"C00001\",\"amount\":100.005}");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(field(huge)).isEqualTo("amount");
        assertThat(message(huge)).contains("too large");
        assertThat(tiny.statusCode()).isEqualTo(400);
        assertThat(message(tiny)).contains("decimal places");
        assertThat(sub.statusCode()).isEqualTo(400);
        assertThat(message(sub)).contains("two decimal places");
        // refused by the bounded-decimal reader before anything computes with them (the tiny one took 22 s of CPU before);
        // how long that takes is measured by the benchmarks, not asserted here
        assertThat(call("POST", "/api/credit-check", "application/json", "{\"customer\":\"C00001\",\"amount\":\"abc\"}").statusCode())
                .isEqualTo(400);
        assertThat(call("POST", "/api/credit-check", "application/json", "{\"customer\":\"C00001\",\"amount\":100,\"currency\":\""
                + "X".repeat(5000) + "\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void a_multipart_request_without_its_file_is_400() throws Exception {
        String boundary = "----x";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"unit\"\r\n\r\n元\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/customers/C00001/statements"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", "en")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("finance1:demo".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(field(r)).isEqualTo("file");
    }

    @Test
    void ahp_values_outside_saatys_scale_are_refused() throws Exception {
        HttpResponse<String> r = call("POST", "/api/ahp", "application/json", "{\"matrix\":[[1,1e308],[1e-308,1]]}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(message(r)).contains("1/9 to 9");
        assertThat(call("POST", "/api/ahp", "application/json", "{\"upper\":[12]}").statusCode()).isEqualTo(400);
        assertThat(call("POST", "/api/ahp", "application/json", "{\"upper\":[9]}").statusCode()).isEqualTo(200);
        assertThat(call("POST", "/api/ahp", "application/json", "{\"upper\":[" + "1,".repeat(5000) + "1]}").statusCode()).isEqualTo(400);
    }

    @Test
    void an_unknown_enum_value_lists_the_accepted_ones_and_a_province_is_read_by_code_or_chinese_name() throws Exception {
        HttpResponse<String> bad = call("POST", "/api/customers", "application/json", customer("EN1X", "枚举测试一有限公司", "ATLANTIS", uscc(1)));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(field(bad)).isEqualTo("region");
        assertThat(message(bad)).contains("ATLANTIS").contains("SHANGHAI").contains("GB/T 2260");

        HttpResponse<String> chinese = call("POST", "/api/customers", "application/json", customer("EN2X" + com.creditwb.workbench.TestSequence.next(),
                "枚举测试二有限公司", "上海市", uscc(2)));
        assertThat(chinese.statusCode()).as(chinese.body()).isEqualTo(201);
        assertThat(json.readTree(chinese.body()).get("region").asString()).isEqualTo("SHANGHAI");
        HttpResponse<String> code = call("POST", "/api/customers", "application/json", customer("EN3X" + com.creditwb.workbench.TestSequence.next(),
                "枚举测试三有限公司", "440000", uscc(3)));
        assertThat(code.statusCode()).as(code.body()).isEqualTo(201);
        assertThat(json.readTree(code.body()).get("region").asString()).isEqualTo("GUANGDONG");

        HttpResponse<String> size = call("POST", "/api/customers", "application/json",
                customer("EN4X", "枚举测试四有限公司", "BEIJING", uscc(4)).replace("\"SMALL\"", "\"HUGE\""));
        assertThat(size.statusCode()).isEqualTo(400);
        assertThat(message(size)).contains("MICRO, SMALL, MEDIUM, LARGE");
    }

    @Test
    void names_with_control_characters_or_direction_overrides_are_refused() throws Exception {
        HttpResponse<String> nul = call("POST", "/api/customers", "application/json", customer("CC1X", "控制\\u0000字符有限公司", "BEIJING", uscc(5)));
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(field(nul)).isEqualTo("name");
        HttpResponse<String> bidi = call("POST", "/api/customers", "application/json", customer("CC2X", "abc\\u202Efdp.exe有限公司", "BEIJING", uscc(6)));
        assertThat(bidi.statusCode()).isEqualTo(400);
        assertThat(field(bidi)).isEqualTo("name");
        HttpResponse<String> longName = call("POST", "/api/customers", "application/json", customer("CC3X", "长".repeat(100_000), "BEIJING", uscc(7)));
        assertThat(longName.statusCode()).isEqualTo(400);
    }

    @Test
    void codes_may_not_be_all_digits_and_a_number_is_always_an_id() throws Exception {
        HttpResponse<String> digits = call("POST", "/api/customers", "application/json", customer("2", "数字编号测试有限公司", "BEIJING", uscc(8)));
        assertThat(digits.statusCode()).isEqualTo(400);
        assertThat(field(digits)).isEqualTo("code");
        // the same key names the same customer on every path: C00001's id reaches C00001 in both
        HttpResponse<String> byCode = call("GET", "/api/customers/C00001", null, null);
        String id = json.readTree(byCode.body()).get("id").asString();
        assertThat(json.readTree(call("GET", "/api/customers/" + id, null, null).body()).get("code").asString()).isEqualTo("C00001");
        HttpResponse<String> check = asUser("credit1", "POST", "/api/credit-check", "{\"customer\":\"" + id + "\",\"amount\":1}");
        HttpResponse<String> checkByCode = asUser("credit1", "POST", "/api/credit-check", "{\"customer\":\"C00001\",\"amount\":1}");
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(json.readTree(check.body()).get("available")).isEqualTo(json.readTree(checkByCode.body()).get("available"));
        assertThat(call("GET", "/api/customers/99999999999999999999", null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void a_stale_put_that_changes_only_contacts_is_409() throws Exception {
        String code = "CT" + com.creditwb.workbench.TestSequence.next();
        HttpResponse<String> created = call("POST", "/api/customers", "application/json", customer(code, "联系人接口测试有限公司", "BEIJING", uscc(9)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode read = json.readTree(created.body());
        String v = read.get("version").asString();
        String withContact = customer(code, "联系人接口测试有限公司", "BEIJING", read.get("uscc").asString()).strip();
        String first = withContact.substring(0, withContact.length() - 1)
                + ",\"contacts\":[{\"name\":\"甲\",\"role\":\"DECISION_MAKER\"}],\"version\":" + v + "}";
        String second = withContact.substring(0, withContact.length() - 1)
                + ",\"contacts\":[{\"name\":\"乙\",\"role\":\"INFLUENCER\"}],\"version\":" + v + "}";
        assertThat(call("PUT", "/api/customers/" + code, "application/json", first).statusCode()).isEqualTo(200);
        assertThat(call("PUT", "/api/customers/" + code, "application/json", second).statusCode()).isEqualTo(409);
        assertThat(call("GET", "/api/customers/" + code, null, null).body()).contains("甲").doesNotContain("乙");
    }

    HttpResponse<String> aging(byte[] file, String query) throws Exception {
        String boundary = "----aging";
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"aging.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/receivables/aging" + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept-Language", "en")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("finance1:demo".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_aging_list_that_lacks_customers_is_stored_only_with_the_choice_of_what_it_replaces() throws Exception {
        java.time.LocalDate asOf = com.creditwb.workbench.TestClockConfig.DATE;
        byte[] both = com.creditwb.workbench.credit.receivable.AgingWorkbooks.list(asOf, false,
                new Object[] {"C00001", "API-1", asOf.minusDays(10), asOf.plusDays(20), 1000.0, "CNY"},
                new Object[] {"C00002", "API-2", asOf.minusDays(10), asOf.plusDays(20), 2000.0, "CNY"});
        assertThat(aging(both, "?scope=COMPLETE").statusCode()).isEqualTo(201);
        byte[] one = com.creditwb.workbench.credit.receivable.AgingWorkbooks.list(asOf, false,
                new Object[] {"C00001", "API-3", asOf.minusDays(5), asOf.plusDays(25), 1500.0, "CNY"});
        HttpResponse<String> ask = aging(one, "");
        assertThat(ask.statusCode()).isEqualTo(422);
        JsonNode body = json.readTree(ask.body());
        assertThat(body.get("errors").get(0).get("code").asString()).isEqualTo("scopeRequired");
        assertThat(body.get("dropped").get("customers").asLong()).isEqualTo(1);
        assertThat(body.get("dropped").get("open").decimalValue()).isEqualByComparingTo("2000");
        assertThat(aging(one, "?scope=SOMETIMES").statusCode()).isEqualTo(400);
        HttpResponse<String> kept = aging(one, "?scope=PARTIAL");
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
        // C00002's 2,000 are kept beside C00001's new 1,500
        assertThat(json.readTree(kept.body()).get("total").decimalValue()).isEqualByComparingTo("3500");
    }

    @Test
    void finance_reads_the_key_account_list_and_its_export_by_the_same_rule() throws Exception {
        assertThat(asUser("finance1", "GET", "/api/key-accounts", null).statusCode()).isEqualTo(200);
        HttpResponse<String> export = asUser("finance1", "GET", "/api/key-accounts/export.xlsx", null);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
    }

    @Test
    void another_managers_assessment_answers_like_an_unknown_one() throws Exception {
        // account2 reads none of account1's credit: the answer for a real id equals the one for an id that does not exist
        var customer = com.creditwb.workbench.TestCredit.customerWithStatements(customers, statements, "account1");
        var approved = com.creditwb.workbench.TestCredit.approved(assessments, customer);
        String code = customer.getCode();
        JsonNode first = json.readTree("{\"id\":" + approved.getId() + "}");
        String owner = json.readTree(call("GET", "/api/customers/" + code, null, null).body()).get("owner").asString();
        String other = "account1".equals(owner) ? "account2" : "account1";
        HttpResponse<String> real = asUser(other, "GET", "/api/customers/" + code + "/assessments/" + first.get("id").asString(), null);
        HttpResponse<String> none = asUser(other, "GET", "/api/customers/" + code + "/assessments/987654321", null);
        assertThat(real.statusCode()).isEqualTo(404);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(real.body().replace(first.get("id").asString(), "ID")).isEqualTo(none.body().replace("987654321", "ID"));
    }

    @Test
    void a_write_a_browser_sends_from_another_site_or_origin_is_refused_before_anything_reads_it() throws Exception {
        String boundary = "----x";
        String upload = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rates.xlsx\"\r\n\r\nnot a workbook\r\n--"
                + boundary + "--\r\n";
        for (String[] headers : List.of(new String[] {"Origin", "http://evil.example"}, new String[] {"Origin", "http://localhost:1"},
                new String[] {"Origin", "null"}, new String[] {"Sec-Fetch-Site", "same-site"}, new String[] {"Sec-Fetch-Site", "cross-site"})) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/exchange-rates/import"))
                    .POST(HttpRequest.BodyPublishers.ofString(upload)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                    .header("Accept-Language", "en").header(headers[0], headers[1]).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(headers[0] + ": " + headers[1] + " " + r.body()).isEqualTo(403);
            assertThat(message(r)).contains("another site");
        }
        // the same write from the workbench's own origin (or from a client that is not a browser) is read: the file is refused as a file
        HttpResponse<String> own = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/exchange-rates/import"))
                .POST(HttpRequest.BodyPublishers.ofString(upload)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "en").header("Origin", "http://localhost:" + port).header("Sec-Fetch-Site", "same-origin").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(own.statusCode()).isEqualTo(422);
        // reading stays open to pages elsewhere only as far as CORS lets a browser (no CORS headers are sent)
        assertThat(call("GET", "/api/customers?size=1", null, null).statusCode()).isEqualTo(200);
    }
}
