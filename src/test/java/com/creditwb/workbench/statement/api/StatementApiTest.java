package com.creditwb.workbench.statement.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.WorkbenchTest;
import com.creditwb.workbench.statement.SampleWorkbooks;
import com.creditwb.workbench.statement.ratio.RatioEngine;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Statement import and ratios over real HTTP: 201, 409, 422 with nothing stored, 403, 404. */
@WorkbenchTest
class StatementApiTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = JsonMapper.builder().build();

    HttpResponse<String> upload(String customer, String user, byte[] file, String query) throws Exception {
        String boundary = "----wb" + com.creditwb.workbench.TestSequence.next();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"statements.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/customers/" + customer + "/statements" + query))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", auth(user)).header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", auth(user))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String auth(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sample() {
        return SampleWorkbooks.bytes(SampleWorkbooks.chineseSideBySide());
    }

    @Test
    void finance_imports_both_periods_and_everyone_reads_statements_and_ratios() throws Exception {
        HttpResponse<String> r = upload("C00011", "finance1", sample(), "");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode sets = json.readTree(r.body());
        assertThat(sets).hasSize(2);
        assertThat(sets.get(0).get("periodEnd").asString()).isEqualTo("2025-12-31");
        assertThat(sets.get(1).get("periodEnd").asString()).isEqualTo("2024-12-31");
        assertThat(sets.get(0).get("lines").get("BS_CASH").decimalValue()).isEqualByComparingTo("12000000");
        assertThat(sets.get(0).get("unit").asLong()).isEqualTo(10_000);
        assertThat(sets.get(0).get("sourceSha256").asString()).hasSize(64);

        JsonNode periods = json.readTree(get("/api/customers/C00011/statements", "account1").body());
        assertThat(periods).hasSize(2);
        JsonNode set = json.readTree(get("/api/customers/C00011/statements/2024-12-31", "credit1").body());
        assertThat(set.get("lines").get("IS_REVENUE").decimalValue()).isEqualByComparingTo("90000000");

        HttpResponse<String> ratios = get("/api/customers/C00011/ratios", "credit1");
        assertThat(ratios.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(ratios.body());
        assertThat(body.get("periodEnd").asString()).isEqualTo("2025-12-31");
        for (String key : RatioEngine.KEYS) {
            assertThat(body.get("ratios").has(key)).as(key).isTrue();
        }
        JsonNode current = body.get("ratios").get("currentRatio");
        assertThat(current.get("value").asDouble()).isCloseTo(2600.0 / 1200, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(current.get("meaningful").asBoolean()).isTrue();
        assertThat(current.get("formula").asString()).isEqualTo("BS_CA_TOTAL / BS_CL_TOTAL");
        assertThat(current.get("inputs").get("BS_CA_TOTAL").decimalValue()).isEqualByComparingTo("26000000");
        assertThat(body.get("ratios").get("roe").get("value").asDouble()).isCloseTo(750.0 / 3350, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(body.get("altman").get("variant").asString()).isIn("Z", "Z1", "Z2");
        assertThat(body.get("altman").get("zone").asString()).isEqualTo("SAFE");
        assertThat(json.readTree(get("/api/customers/C00011/ratios?periodEnd=2024-12-31", "credit1").body())
                .get("ratios").get("revenueGrowth").get("meaningful").asBoolean()).isFalse();
    }

    @Test
    void the_same_period_again_is_refused_unless_replace_and_then_kept_as_a_revision() throws Exception {
        assertThat(upload("C00012", "finance1", sample(), "").statusCode()).isEqualTo(201);
        HttpResponse<String> again = upload("C00012", "finance1", sample(), "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json.readTree(again.body()).get("message").asString()).contains("2025-12-31");
        HttpResponse<String> replaced = upload("C00012", "finance1", sample(), "?replace=true");
        assertThat(replaced.statusCode()).isEqualTo(201);
        JsonNode sets = json.readTree(replaced.body());
        assertThat(sets).as("the prior period already held is not stored again").hasSize(1);
        assertThat(sets.get(0).get("revision").asInt()).isEqualTo(2);
    }

    @Test
    void an_unbalanced_sheet_is_422_with_sheet_and_cell_and_nothing_is_stored() throws Exception {
        Workbook wb = SampleWorkbooks.chineseSideBySide();
        wb.getSheet("资产负债表").getRow(16).getCell(6).setCellValue(5999);
        HttpResponse<String> r = upload("C00013", "finance1", SampleWorkbooks.bytes(wb), "");
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode error = json.readTree(r.body()).get("errors").get(0);
        assertThat(error.get("code").asString()).isEqualTo("unbalanced");
        assertThat(error.get("sheet").asString()).isEqualTo("资产负债表");
        assertThat(error.get("cell").asString()).isEqualTo("G17");
        assertThat(error.get("message").asString()).contains("59,990,000.00").contains("60,000,000.00");
        assertThat(json.readTree(get("/api/customers/C00013/statements", "finance1").body())).isEmpty();
    }

    @Test
    void a_broken_file_is_422_and_nothing_is_stored() throws Exception {
        HttpResponse<String> r = upload("C00014", "finance1", new byte[0], "");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(json.readTree(r.body()).get("errors").get(0).get("code").asString()).isEqualTo("empty");
        assertThat(json.readTree(get("/api/customers/C00014/statements", "finance1").body())).isEmpty();
    }

    @Test
    void only_finance_imports_and_ratios_without_statements_are_404() throws Exception {
        assertThat(upload("C00015", "account1", sample(), "").statusCode()).isEqualTo(403);
        assertThat(get("/api/customers/C00015/ratios", "account1").statusCode()).isEqualTo(404);
    }

    @Test
    void a_missing_key_line_is_422_missingKeyLine_with_its_candidates_unless_acceptMissing() throws Exception {
        Workbook wb = SampleWorkbooks.officialEnglish();
        wb.getSheet("Income Statement").getRow(14).getCell(0).setCellValue("III. Earnings before taxes (EBT)");
        byte[] file = SampleWorkbooks.bytes(wb);
        HttpResponse<String> r = upload("C00016", "finance1", file, "");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        JsonNode errors = json.readTree(r.body()).get("errors");
        assertThat(errors).hasSize(1);
        JsonNode error = errors.get(0);
        assertThat(error.get("code").asString()).isEqualTo("missingKeyLine");
        assertThat(error.get("item").asString()).isEqualTo("IS_PROFIT_BEFORE_TAX");
        assertThat(error.get("candidates").get(0).get("label").asString()).isEqualTo("III. Earnings before taxes (EBT)");
        assertThat(error.get("candidates").get(0).get("sheet").asString()).isEqualTo("Income Statement");
        assertThat(error.get("candidates").get(0).get("cell").asString()).isEqualTo("A15");
        assertThat(error.get("message").asString()).contains("Profit before tax").contains("Income Statement!A15")
                .contains("acceptMissing=true");
        assertThat(json.readTree(get("/api/customers/C00016/statements", "finance1").body())).as("nothing stored").isEmpty();

        HttpResponse<String> accepted = upload("C00016", "finance1", file, "?acceptMissing=true");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        JsonNode set = json.readTree(accepted.body()).get(0);
        assertThat(set.get("lines").has("IS_PROFIT_BEFORE_TAX")).isFalse();
        assertThat(set.get("lines").get("IS_NET_PROFIT").decimalValue()).isEqualByComparingTo("7500000");
    }

    @Test
    void the_official_english_translation_is_stored_at_once() throws Exception {
        HttpResponse<String> r = upload("C00017", "finance1", SampleWorkbooks.bytes(SampleWorkbooks.officialEnglish()), "");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode set = json.readTree(r.body()).get(0);
        assertThat(set.get("lines").get("IS_PROFIT_BEFORE_TAX").decimalValue()).isEqualByComparingTo("10000000");
        assertThat(set.get("lines").get("CF_OPERATING").decimalValue()).isEqualByComparingTo("9000000");
    }

    @Test
    void acceptMissing_that_is_no_boolean_is_400() throws Exception {
        assertThat(upload("C00018", "finance1", sample(), "?acceptMissing=perhaps").statusCode()).isEqualTo(400);
    }
}
