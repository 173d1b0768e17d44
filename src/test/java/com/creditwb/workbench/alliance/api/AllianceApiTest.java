package com.creditwb.workbench.alliance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.TestApi;
import com.creditwb.workbench.WorkbenchTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The alliance API over real HTTP: 201 + Location, 409 stale, 422 gates, 400 bad input, roles, the dossier read back. */
@WorkbenchTest
class AllianceApiTest {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = JsonMapper.builder().build();

    HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        return new TestApi(port).send(method, path, user, body);
    }

    long create(String name) throws Exception {
        HttpResponse<String> r = send("POST", "/api/alliances", "account1", "{\"name\":\"" + name + "\",\"goal\":\"共同开发华南市场\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/api/alliances/"));
        return json.readTree(r.body()).get("id").asLong();
    }

    @Test
    void create_read_update_with_the_version_and_a_stale_put_is_409() throws Exception {
        long id = create("API 联盟");
        JsonNode a = json.readTree(send("GET", "/api/alliances/" + id, "account1", null).body());
        assertThat(a.get("stage").asString()).isEqualTo("STRATEGY");
        assertThat(a.get("owner").asString()).isEqualTo("account1");
        for (String field : new String[] {"id", "name", "goal", "owner", "team", "partners", "participantForm", "compositionForm",
            "distributionForm", "powerBases", "stage", "startDate", "endDate", "reviewIntervalMonths", "latestHealth", "version"}) {
            assertThat(a.has(field)).as(field).isTrue();
        }
        long version = a.get("version").asLong();
        String put = "{\"name\":\"API 联盟\",\"goal\":\"g\",\"participantForm\":\"COMPLEMENTARY\",\"compositionForm\":\"NON_EQUITY\","
                + "\"partners\":[{\"name\":\"外部公司\"}],\"version\":" + version + "}";
        HttpResponse<String> ok = send("PUT", "/api/alliances/" + id, "account1", put);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(json.readTree(ok.body()).get("partners").get(0).get("name").asString()).isEqualTo("外部公司");
        assertThat(send("PUT", "/api/alliances/" + id, "account1", put).statusCode()).isEqualTo(409);
        assertThat(send("GET", "/api/alliances/" + id, "account2", null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/alliances/" + id, "finance1", null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/alliances/" + id, "credit1", null).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/alliances", "credit1", "{\"name\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(json.readTree(send("GET", "/api/alliances?stage=STRATEGY", "account1", null).body()))
                .anySatisfy(n -> assertThat(n.get("id").asLong()).isEqualTo(id));
    }

    @Test
    void a_move_past_an_unmet_gate_is_422_naming_each_condition() throws Exception {
        long id = create("关卡联盟");
        HttpResponse<String> first = send("POST", "/api/alliances/" + id + "/stage", "account1", "{\"stage\":\"EVALUATE_OPTIONS\"}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        HttpResponse<String> refused = send("POST", "/api/alliances/" + id + "/stage", "account1", "{\"stage\":\"FIND_PARTNERS\"}");
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode errors = json.readTree(refused.body()).get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("options");
        assertThat(errors.get(0).get("code").asString()).isEqualTo("twoOptions");
        assertThat(errors.get(1).get("code").asString()).isEqualTo("optionChosen");
        assertThat(errors.get(0).get("message").asString()).contains("two options");
        HttpResponse<String> end = send("POST", "/api/alliances/" + id + "/stage", "account1", "{\"stage\":\"ENDED\"}");
        assertThat(json.readTree(end.body()).get("errors")).extracting(n -> n.get("code").asString()).containsExactly("endDate", "reason");
        assertThat(send("POST", "/api/alliances/" + id + "/stage", "account1", "{\"stage\":\"SOMEWHERE\"}").statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/alliances/" + id + "/stage", "account1", "[1,2]").statusCode()).isEqualTo(400);
    }

    @Test
    void a_review_is_201_with_index_gaps_and_opened_risks_and_bad_scores_are_400() throws Exception {
        long id = create("评审联盟");
        String review = "{\"date\":\"" + com.creditwb.workbench.TestClockConfig.DATE.minusDays(1) + "\",\"scores\":{\"MUTUAL_NEED\":4,\"ORGANISATION\":3,\"ASSET_PROTECTION\":5,\"COORDINATION\":2,"
                + "\"CULTURE\":3,\"MULTI_COOPERATION\":4},\"partnerScores\":{\"MUTUAL_NEED\":4,\"ORGANISATION\":4,\"ASSET_PROTECTION\":4,"
                + "\"COORDINATION\":3,\"CULTURE\":2,\"MULTI_COOPERATION\":3},\"comments\":{\"CULTURE\":\"需加强沟通\"}}";
        HttpResponse<String> r = send("POST", "/api/alliances/" + id + "/reviews", "account1", review);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("index").asDouble()).isCloseTo(62.5, org.assertj.core.data.Offset.offset(1e-9)); // 15 / 24 × 100
        assertThat(body.get("partnerIndex").asDouble()).isCloseTo(1400.0 / 24, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(body.get("gaps").get("ORGANISATION").asInt()).isEqualTo(-1);
        assertThat(body.get("openedRisks")).hasSize(1); // COORDINATION scored 2
        assertThat(body.get("openedRisks").get(0).get("principle").asString()).isEqualTo("COORDINATION");
        assertThat(json.readTree(send("GET", "/api/alliances/" + id + "/reviews", "credit1", null).body())).hasSize(1);
        // the Location reads the review back
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/alliances/" + id + "/reviews/" + body.get("id").asLong());
        HttpResponse<String> again = send("GET", location, "credit1", null);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).get("index").asDouble()).isCloseTo(62.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(send("GET", "/api/alliances/" + id + "/reviews/999999999", "credit1", null).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/alliances/" + id + "/reviews", "account1", review.replace("\"CULTURE\":3", "\"CULTURE\":6")).statusCode())
                .isEqualTo(400);
        assertThat(send("POST", "/api/alliances/" + id + "/reviews", "account1", review.replace("\"MUTUAL_NEED\":4,\"ORGANISATION\":3,", ""))
                .statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/alliances/" + id + "/reviews", "account1", review.replace("\"CULTURE\":3", "\"CULTURE\":\"high\""))
                .statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/alliances/" + id + "/reviews", "account1", review.replace("MUTUAL_NEED", "GOODWILL")).statusCode())
                .isIn(400);
        assertThat(send("POST", "/api/alliances/" + id + "/reviews", "account2", review).statusCode()).isEqualTo(404);
    }

    @Test
    void risks_are_listed_and_added_with_severity_and_the_dossier_reads_back() throws Exception {
        long id = create("风险联盟");
        assertThat(json.readTree(send("GET", "/api/alliances/" + id + "/risks", "account1", null).body())).hasSize(4);
        HttpResponse<String> added = send("POST", "/api/alliances/" + id + "/risks", "account1",
                "{\"type\":\"OTHER\",\"description\":\"=HYPERLINK(\\\"x\\\")\",\"likelihood\":3,\"impact\":4,\"owner\":\"财务部\",\"status\":\"OPEN\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(json.readTree(added.body()).get("severity").asInt()).isEqualTo(12);
        String location = added.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/api/alliances/" + id + "/risks/" + json.readTree(added.body()).get("id").asLong());
        assertThat(json.readTree(send("GET", location, "account1", null).body()).get("severity").asInt()).isEqualTo(12);
        assertThat(send("GET", location, "account2", null).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/alliances/" + id + "/risks", "account1", "{\"type\":\"OTHER\",\"likelihood\":9}").statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/alliances/" + id + "/risks", "account1", "{\"type\":\"NOPE\"}").statusCode()).isEqualTo(400);
        assertThat(send("POST", "/api/alliances/" + id + "/risks", "account1",
                "{\"type\":\"OTHER\",\"likelihood\":2,\"impact\":2,\"severity\":5}").statusCode()).isEqualTo(400);

        HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/alliances/" + id + "/dossier.xlsx"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("credit1:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("概况");
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("战略联盟: 风险联盟");
            var risks = wb.getSheet("风险");
            var row = risks.getRow(3 + 4); // header at row 3 (index 2), the four seeded risks, then ours
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("其他");
            assertThat(row.getCell(1).getCellType()).as("formula-like text stays text").isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(12);
        }
    }
}
