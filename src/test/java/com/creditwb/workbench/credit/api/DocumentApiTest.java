package com.creditwb.workbench.credit.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.TestApi;
import com.creditwb.workbench.WorkbenchTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The documents, queue and exchange-rate API over real HTTP: the contract's fields and status codes, and bad input as 4xx. */
@WorkbenchTest
class DocumentApiTest {

    @LocalServerPort
    int port;

    @Test
    void a_document_is_checked_updated_and_queued_and_bad_input_is_a_400() throws Exception {
        TestApi api = new TestApi(port);
        var json = JsonMapper.builder().build();
        String number = "API-" + com.creditwb.workbench.TestSequence.next();
        // C00033 has no decision in the test data: BLOCK NO_DECISION, into the queue
        HttpResponse<String> first = api.send("POST", "/api/credit/documents", "credit1", "{\"customer\":\"C00033\",\"type\":\"ORDER\",\"number\":\""
                + number + "\",\"amount\":1200.50,\"currency\":\"CNY\",\"date\":\"" + com.creditwb.workbench.TestClockConfig.DATE + "\"}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode n = json.readTree(first.body());
        for (String field : new String[] {"id", "decision", "reasons", "codes", "exposure", "available"}) {
            assertThat(n.has(field)).as(field).isTrue();
        }
        assertThat(n.get("decision").asString()).isEqualTo("BLOCK");
        assertThat(n.get("codes").get(0).asString()).isEqualTo("NO_DECISION");
        HttpResponse<String> again = api.send("POST", "/api/credit/documents", "credit1", "{\"customer\":\"C00033\",\"type\":\"ORDER\",\"number\":\""
                + number + "\",\"amount\":1300,\"date\":\"" + com.creditwb.workbench.TestClockConfig.DATE + "\"}");
        assertThat(again.statusCode()).as("the same number is an update").isEqualTo(200);
        assertThat(json.readTree(again.body()).get("id").asLong()).isEqualTo(n.get("id").asLong());
        // the Location of the check reads the document back, with its last check and the hold it is in
        String location = first.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> read = api.send("GET", location, "credit1", null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode doc = json.readTree(read.body());
        assertThat(doc.get("number").asString()).isEqualTo(number);
        assertThat(doc.get("customer").asString()).isEqualTo("C00033");
        assertThat(doc.get("amount").decimalValue()).isEqualByComparingTo("1300");
        assertThat(doc.get("checks").asInt()).isEqualTo(2);
        assertThat(doc.get("holds").get(0).get("codes").get(0).asString()).isEqualTo("NO_DECISION");
        assertThat(api.send("GET", "/api/credit/documents/999999999", "credit1", null).statusCode()).isEqualTo(404);
        JsonNode queue = json.readTree(api.send("GET", "/api/credit/blocked", "credit1", null).body());
        JsonNode mine = null;
        for (JsonNode h : queue) {
            if (h.get("number").asString().equals(number)) {
                mine = h;
            }
        }
        assertThat(mine).as("one open hold for the document").isNotNull();
        assertThat(mine.get("amount").decimalValue()).isEqualByComparingTo("1300");
        long hold = mine.get("id").asLong();
        assertThat(api.send("POST", "/api/credit/blocked/" + hold + "/release", "account1", "{\"reason\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(api.send("POST", "/api/credit/blocked/" + hold + "/escalate", "credit1", "{\"to\":\"credit1\",\"reason\":\"x\"}").statusCode())
                .isEqualTo(400);
        assertThat(api.send("POST", "/api/credit/blocked/" + hold + "/reject", "credit1", "{}").statusCode()).as("no reason").isEqualTo(400);
        HttpResponse<String> rejected = api.send("POST", "/api/credit/blocked/" + hold + "/reject", "credit1", "{\"reason\":\"无授信\"}");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(json.readTree(rejected.body()).get("status").asString()).isEqualTo("REJECTED");
        assertThat(api.send("POST", "/api/credit/blocked/999999999/release", "credit1", "{\"reason\":\"x\"}").statusCode()).isEqualTo(404);
        // the API answers each role as the blocked-documents page does: finance may open neither
        assertThat(api.send("GET", "/api/credit/blocked", "finance1", null).statusCode()).isEqualTo(403);
        assertThat(new com.vaadin.flow.server.auth.AccessAnnotationChecker().hasAccess(
                com.creditwb.workbench.credit.documents.ui.BlockedDocumentsView.class, () -> "finance1", role -> role.equals("FINANCE"))).isFalse();
        assertThat(api.send("GET", "/api/credit/blocked", "account1", null).statusCode()).isEqualTo(200);

        String base = "{\"customer\":\"C00033\",\"type\":\"ORDER\",\"number\":\"" + number + "X\",";
        for (String bad : new String[] {base + "\"amount\":0}", base + "\"amount\":-5}", base + "\"amount\":1.001}", base + "\"amount\":1e308}",
            base + "\"amount\":\"lots\"}", "{\"customer\":\"C00033\",\"type\":\"QUOTE\",\"number\":\"Q1\",\"amount\":5}",
            "{\"customer\":\"C00033\",\"type\":\"ORDER\",\"number\":\"" + "N".repeat(65) + "\",\"amount\":5}",
            base + "\"amount\":5,\"currency\":\"DOLLARS\"}", base + "\"amount\":5,\"date\":\"tomorrow\"}", base + "\"amount\":5,\"date\":\"2099-01-01\"}",
            base + "\"amount\":5,\"reference\":\"SO-1\"}", "{\"customer\":\"C00033\",\"type\":\"DELIVERY\",\"number\":\"D-" + number
                    + "\",\"amount\":5,\"reference\":\"NO-SUCH-ORDER\"}", "{\"type\":\"ORDER\",\"number\":\"x\",\"amount\":5}", "[]", "nonsense"}) {
            HttpResponse<String> r = api.send("POST", "/api/credit/documents", "credit1", bad);
            assertThat(r.statusCode()).as(bad.length() > 90 ? bad.substring(0, 90) : bad).isEqualTo(400);
        }
        assertThat(api.send("POST", "/api/credit/documents", "credit1", "{\"customer\":\"NOPE\",\"type\":\"ORDER\",\"number\":\"x\",\"amount\":5}")
                .statusCode()).isEqualTo(404);

        // exchange rates: FINANCE sets one (201), credit managers read, bad input 400, a bad list 422 naming the cell
        HttpResponse<String> rate = api.send("POST", "/api/exchange-rates", "finance1", "{\"currency\":\"usd\",\"validFrom\":\"" + com.creditwb.workbench.TestClockConfig.DATE.minusDays(30) + "\",\"rate\":7.12}");
        assertThat(rate.statusCode()).as(rate.body()).isEqualTo(201);
        assertThat(json.readTree(rate.body()).get("currency").asString()).isEqualTo("USD");
        assertThat(api.send("GET", "/api/exchange-rates", "credit1", null).body()).contains("\"USD\"");
        assertThat(api.send("POST", "/api/exchange-rates", "credit1", "{\"currency\":\"USD\",\"validFrom\":\"" + com.creditwb.workbench.TestClockConfig.DATE.minusDays(30) + "\",\"rate\":7}").statusCode())
                .isEqualTo(403);
        for (String bad : new String[] {"{\"currency\":\"US\",\"validFrom\":\"" + com.creditwb.workbench.TestClockConfig.DATE.minusDays(30) + "\",\"rate\":7}",
            "{\"currency\":\"USD\",\"validFrom\":\"" + com.creditwb.workbench.TestClockConfig.DATE.minusDays(30) + "\",\"rate\":0}", "{\"currency\":\"USD\",\"validFrom\":\"" + com.creditwb.workbench.TestClockConfig.DATE.minusDays(30) + "\",\"rate\":1e300}",
            "{\"currency\":\"USD\",\"rate\":7}", "{\"currency\":\"USD\",\"validFrom\":\"" + com.creditwb.workbench.TestClockConfig.DATE.minusDays(30) + "\",\"rate\":\"x\"}"}) {
            assertThat(api.send("POST", "/api/exchange-rates", "finance1", bad).statusCode()).as(bad).isEqualTo(400);
        }
        HttpResponse<String> list = api.multipart("/api/exchange-rates/import", "finance1", "file", "rates.xlsx",
                com.creditwb.workbench.credit.rates.RateWorkbooks.list(new Object[] {"EUR", com.creditwb.workbench.TestClockConfig.DATE.minusDays(30).toString(), 7.7}, new Object[] {"JPY", com.creditwb.workbench.TestClockConfig.DATE.minusDays(30).toString(), -1}));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(422);
        assertThat(list.body()).as("the JPY rate in the fourth row").contains("\"cell\":\"C4\"");
        assertThat(api.send("GET", "/api/exchange-rates", "credit1", null).body()).as("all or nothing").doesNotContain("\"EUR\"");
        HttpResponse<String> good = api.multipart("/api/exchange-rates/import", "finance1", "file", "rates.xlsx",
                com.creditwb.workbench.credit.rates.RateWorkbooks.list(new Object[] {"EUR", com.creditwb.workbench.TestClockConfig.DATE.minusDays(30).toString(), 7.7}, new Object[] {"JPY", "2026/11/01", 0.047}));
        assertThat(good.statusCode()).as(good.body()).isEqualTo(201);
        assertThat(json.readTree(good.body()).get("rates").asInt()).isEqualTo(2);
        assertThat(api.multipart("/api/exchange-rates/import", "finance1", "file", "rates.xlsx", "not excel".getBytes()).statusCode())
                .isEqualTo(422);
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.customer.CustomerService customers;

    @Test
    void a_limit_request_is_asked_listed_and_decided_with_four_eyes_and_bad_input_is_a_400() throws Exception {
        var c = com.creditwb.workbench.TestCustomers.fresh("LR", "额度申请接口测试有限公司");
        c.setOwner("account1");
        var saved = com.creditwb.workbench.common.SystemAuthentication.call(() -> customers.create(c));
        TestApi api = new TestApi(port);
        var json = JsonMapper.builder().build();
        String path = "/api/customers/" + saved.getCode() + "/limit-requests";
        assertThat(api.send("POST", path, "account2", "{\"limit\":50000,\"reason\":\"x\"}").statusCode()).as("not theirs: not found").isEqualTo(404);
        assertThat(api.send("POST", path, "finance1", "{\"limit\":50000,\"reason\":\"x\"}").statusCode()).as("finance reads, does not ask")
                .isEqualTo(403);
        for (String bad : new String[] {"{\"limit\":-1,\"reason\":\"x\"}", "{\"limit\":1.005,\"reason\":\"x\"}", "{\"limit\":1e300,\"reason\":\"x\"}",
            "{\"limit\":5,\"until\":\"2020-01-01\",\"reason\":\"x\"}", "{\"limit\":5,\"until\":\"soon\",\"reason\":\"x\"}", "{\"limit\":5}",
            "{\"limit\":5,\"reason\":\"" + "r".repeat(1001) + "\"}", "{\"limit\":\"much\",\"reason\":\"x\"}", "nonsense"}) {
            assertThat(api.send("POST", path, "account1", bad).statusCode()).as(bad.length() > 80 ? bad.substring(0, 80) : bad).isEqualTo(400);
        }
        HttpResponse<String> created = api.send("POST", path, "account1", "{\"limit\":50000,\"until\":\"" + com.creditwb.workbench.TestClockConfig.DATE.plusDays(30) + "\",\"reason\":\"年底备货\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode r = json.readTree(created.body());
        assertThat(r.get("temporary").asBoolean()).isTrue();
        assertThat(r.get("status").asString()).isEqualTo("PENDING");
        long id = r.get("id").asLong();
        assertThat(json.readTree(api.send("GET", "/api/limit-requests?status=PENDING", "credit1", null).body()).toString()).contains("\"id\":" + id);
        assertThat(api.send("GET", "/api/limit-requests?status=MAYBE", "credit1", null).statusCode()).isEqualTo(400);
        assertThat(api.send("GET", "/api/limit-requests", "account2", null).body()).doesNotContain("\"id\":" + id + ",");
        assertThat(api.send("POST", "/api/limit-requests/" + id + "/approve", "account1", "{}").statusCode()).as("the requester").isEqualTo(403);
        assertThat(api.send("POST", "/api/limit-requests/" + id + "/refuse", "credit1", "{}").statusCode()).as("no reason").isEqualTo(400);
        HttpResponse<String> refused = api.send("POST", "/api/limit-requests/" + id + "/refuse", "credit1", "{\"reason\":\"无授信决策\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
        assertThat(json.readTree(refused.body()).get("status").asString()).isEqualTo("REFUSED");
        assertThat(api.send("POST", "/api/limit-requests/" + id + "/approve", "credit2", "{}").statusCode()).as("decided already").isEqualTo(400);
        assertThat(api.send("POST", "/api/limit-requests/" + id + "/approve", "finance1", "{}").statusCode())
                .as("one who may not decide is told so, decided or not").isEqualTo(403);
        assertThat(api.send("POST", "/api/limit-requests/99999999/approve", "credit2", "{}").statusCode()).isEqualTo(404);
    }
}
