package com.creditwb.workbench.negotiation.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.TestApi;
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
        return new TestApi(port).send(method, path, user, body);
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

    @Test
    void sessions_are_201_with_each_offer_scored_concessions_follow_and_the_brief_is_marked_confidential() throws Exception {
        JsonNode n = json.readTree(send("POST", "/api/negotiations", "account1", body(ISSUES,
                ",\"topics\":[{\"topic\":\"LEGAL\",\"lead\":\"credit1\",\"support\":[]}]")).body());
        long id = n.get("id").asLong();
        // credit1 (FINANCE) leads the legal clauses: LEAD_MISFIT
        assertThat(n.get("topics").get(0).get("lead").asString()).isEqualTo("credit1");
        assertThat(n.get("warnings")).anySatisfy(w -> assertThat(w.get("code").asString()).isEqualTo("LEAD_MISFIT"));
        String session = "{\"date\":\"2026-11-20\",\"attendees\":\"account1, credit1\",\"attendeesThem\":\"Mr Li\","
                + "\"offers\":[{\"by\":\"US\",\"values\":{\"price\":120,\"terms\":30}},{\"by\":\"THEM\",\"values\":{\"price\":100,\"terms\":60}},"
                + "{\"by\":\"US\",\"values\":{\"price\":115,\"terms\":40}},{\"by\":\"US\",\"values\":{\"price\":110,\"terms\":45}}],"
                + "\"notes\":\"opening\",\"nextSteps\":\"revise\",\"checklist\":[\"IN_BREAKS\"]}";
        HttpResponse<String> created = send("POST", "/api/negotiations/" + id + "/sessions", "credit1", session);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location").orElseThrow()).startsWith("/api/negotiations/" + id + "/sessions/");
        JsonNode s = json.readTree(created.body());
        // ours 120/30 = 100; theirs 100/60 = 0; ours 115/40 = 0.75×75 + 0.25×66.67 = 72.92; ours 110/45 = 50
        assertThat(s.get("offers")).extracting(o -> o.get("score").asDouble())
                .containsExactly(100.0, 0.0, 0.75 * 75 + 0.25 * 200.0 / 3, 50.0);
        assertThat(s.get("checklist").get(0).asString()).isEqualTo("IN_BREAKS");
        assertThat(json.readTree(send("GET", "/api/negotiations/" + id, "account1", null).body()).get("status").asString())
                .isEqualTo("IN_PROGRESS");
        JsonNode c = json.readTree(send("GET", "/api/negotiations/" + id + "/concessions", "account1", null).body());
        // ours = (100 − 72.92) + (72.92 − 50) = 50; theirs 0 (one offer of theirs); reciprocity 0 / 50 = 0; two of ours in a row unanswered
        assertThat(c.get("ours").asDouble()).isCloseTo(50, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.get("theirs").asDouble()).isZero();
        assertThat(c.get("reciprocity").asDouble()).isZero();
        assertThat(c.get("offers")).hasSize(4);
        assertThat(c.get("warnings").get(0).get("code").asString()).isEqualTo("UNRECIPROCATED");
        assertThat(json.readTree(send("GET", "/api/negotiations/" + id + "/sessions", "account1", null).body())).hasSize(1);

        // bad sessions: 4xx naming what is wrong, nothing stored
        for (String bad : new String[] {"{\"offers\":[]}", "{\"date\":\"yesterday\"}", "{\"date\":\"2026-11-21\",\"offers\":[{\"by\":\"BOTH\"}]}",
            "{\"date\":\"2026-11-21\",\"offers\":[{\"by\":\"US\",\"values\":{\"price\":\"high\"}}]}",
            "{\"date\":\"2026-11-21\",\"offers\":[{\"by\":\"US\",\"values\":{\"discount\":1}}]}",
            "{\"date\":\"2026-11-21\",\"notes\":\"" + "x".repeat(5000) + "\"}",
            "{\"date\":\"2026-11-21\",\"offers\":[{\"by\":\"US\",\"values\":{\"price\":1e308}}]}", "[]", "not json"}) {
            HttpResponse<String> r = send("POST", "/api/negotiations/" + id + "/sessions", "account1", bad);
            assertThat(r.statusCode()).as(bad.length() > 80 ? bad.substring(0, 80) : bad).isBetween(400, 499);
        }
        assertThat(json.readTree(send("GET", "/api/negotiations/" + id + "/sessions", "account1", null).body())).hasSize(1);
        // outsiders: 404 on every part
        for (String path : new String[] {"/sessions", "/concessions", "/brief.xlsx", "/access-log"}) {
            assertThat(send("GET", "/api/negotiations/" + id + path, "account2", null).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(send("POST", "/api/negotiations/" + id + "/sessions", "account2", session).statusCode()).isEqualTo(404);

        HttpResponse<byte[]> brief = new TestApi(port).bytes("GET", "/api/negotiations/" + id + "/brief.xlsx", "account1", null);
        assertThat(brief.statusCode()).isEqualTo(200);
        assertThat(brief.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/vnd.openxmlformats");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(brief.body()))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Negotiation brief: Supply contract");
            for (var sheet : wb) {
                // the mark on every printed page names the exporter by display name; each sheet prints on A4 to the page width
                assertThat(sheet.getHeader().getCenter()).as(sheet.getSheetName()).startsWith("CONFIDENTIAL — exported by 张客 Zhang Ke");
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("CONFIDENTIAL");
            }
            var sessions = wb.getSheet("Sessions");
            assertThat(sessions).isNotNull();
            String text = dump(sessions);
            assertThat(text).contains("Mr Li").contains("opening").contains("72.9");
        }
        JsonNode log = json.readTree(send("GET", "/api/negotiations/" + id + "/access-log", "account1", null).body());
        assertThat(log).anySatisfy(e -> assertThat(e.get("channel").asString()).isEqualTo("EXPORT"));
    }

    static String dump(org.apache.poi.ss.usermodel.Sheet sheet) {
        StringBuilder b = new StringBuilder();
        var f = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ENGLISH);
        for (var row : sheet) {
            for (var cell : row) {
                b.append(f.formatCellValue(cell)).append('|');
            }
            b.append('\n');
        }
        return b.toString();
    }
}
