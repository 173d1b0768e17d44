package com.creditwb.workbench.collection.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.TestApi;
import com.creditwb.workbench.TestClockConfig;
import com.creditwb.workbench.TestCredit;
import com.creditwb.workbench.TestUsers;
import com.creditwb.workbench.WorkbenchTest;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.credit.receivable.AgingWorkbooks;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.statement.StatementService;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The collections API as an order or receivables system and a credit manager call it. */
@WorkbenchTest
class CollectionApiTest {

    @LocalServerPort
    int port;
    @Autowired
    CustomerService customers;
    @Autowired
    StatementService statements;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ReceivableService receivables;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void the_calculation_answers_the_worked_quarter_and_names_the_field_it_cannot_divide_by() throws Exception {
        TestApi api = new TestApi(port);
        // the quarter of CollectionFiguresTest: DSO 60, best possible 40, average days delinquent 20, CEI 80, ratio 0.015, net loss 18,000
        HttpResponse<String> r = api.send("POST", "/api/collections/metrics/calculate", "finance1", "{\"beginningReceivables\":1000000,"
                + "\"creditSales\":1800000,\"endingReceivables\":1200000,\"endingCurrent\":800000,\"days\":90,\"writeOffs\":27000,\"recoveries\":9000}");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode f = json.readTree(r.body());
        assertThat(f.get("dso").asDouble()).isEqualTo(60.0);
        assertThat(f.get("bestPossibleDso").asDouble()).isEqualTo(40.0);
        assertThat(f.get("averageDaysDelinquent").asDouble()).isEqualTo(20.0);
        assertThat(f.get("cei").asDouble()).isEqualTo(80.0);
        assertThat(f.get("badDebtRatio").asDouble()).isEqualTo(0.015);
        assertThat(f.get("netLoss").decimalValue()).isEqualByComparingTo("18000");
        HttpResponse<String> zero = api.send("POST", "/api/collections/metrics/calculate", "finance1", "{\"beginningReceivables\":0,"
                + "\"creditSales\":0,\"endingReceivables\":0,\"endingCurrent\":0,\"days\":30}");
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(json.readTree(zero.body()).get(0).get("field").asString()).isEqualTo("creditSales");
        HttpResponse<String> negative = api.send("POST", "/api/collections/metrics/calculate", "finance1", "{\"beginningReceivables\":-5,"
                + "\"creditSales\":10,\"endingReceivables\":0,\"endingCurrent\":0,\"days\":30}");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(json.readTree(negative.body()).get(0).get("field").asString()).isEqualTo("beginningReceivables");
    }

    @Test
    void a_payment_a_promise_and_the_worklist_over_http() throws Exception {
        LocalDate today = TestClockConfig.DATE;
        Customer c = TestCredit.customerWithStatements(customers, statements, "account1");
        TestCredit.approved(assessments, c);
        LocalDate asOf = TestUsers.as("finance1", "FINANCE", () -> receivables.currentAsOf()).orElse(today);
        byte[] list = AgingWorkbooks.list(asOf, false, new Object[] {c.getCode(), "API-1", today.minusDays(70), today.minusDays(40), 3000, "CNY"},
                new Object[] {c.getCode(), "API-2", today.minusDays(20), today.plusDays(10), 2000, "CNY"});
        TestUsers.as("finance1", "FINANCE", () -> receivables.confirm(receivables.preview(list, "aging.xlsx", null), ReceivableService.Scope.PARTIAL));
        TestApi api = new TestApi(port);
        String payment = "{\"customer\":\"" + c.getCode() + "\",\"amount\":1000,\"currency\":\"CNY\",\"date\":\"" + today + "\",\"reference\":\"B-77\"}";
        HttpResponse<String> paid = api.send("POST", "/api/receivables/payments", "finance1", payment);
        assertThat(paid.statusCode()).isEqualTo(201);
        assertThat(json.readTree(paid.body()).get("applied").get(0).get("invoice").asString()).isEqualTo("API-1");
        assertThat(api.send("POST", "/api/receivables/payments", "finance1", payment).statusCode()).isEqualTo(200);
        assertThat(api.send("POST", "/api/receivables/payments", "account1", payment.replace("B-77", "B-78")).statusCode()).isEqualTo(403);

        HttpResponse<String> promise = api.send("POST", "/api/customers/" + c.getCode() + "/promises", "account1",
                "{\"amount\":2000,\"date\":\"" + today.plusDays(5) + "\",\"items\":[\"API-1\"],\"contact\":\"Mr Li\"}");
        assertThat(promise.statusCode()).isEqualTo(201);
        assertThat(json.readTree(promise.body()).get("state").asString()).isEqualTo("PENDING");
        assertThat(api.send("GET", "/api/customers/" + c.getCode() + "/promises", "account2", null).statusCode()).isEqualTo(404);

        JsonNode rows = json.readTree(api.send("GET", "/api/collections/worklist?collector=me", "credit1", null).body());
        JsonNode row = null;
        for (JsonNode r : rows) {
            if (r.get("customer").asString().equals(c.getCode())) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        // 3,000 − 1,000 paid = 2,000 overdue 40 days (31–60); API-2 is not due
        assertThat(row.get("overdue").decimalValue()).isEqualByComparingTo("2000");
        assertThat(row.get("buckets").get("D31_60").decimalValue()).isEqualByComparingTo("2000");
        assertThat(row.get("oldestDays").asInt()).isEqualTo(40);
        assertThat(row.get("collector").asString()).isEqualTo("credit1");
        for (String field : new String[] {"name", "riskClass", "dunningLevel", "brokenPromises", "disputed", "lastContact", "nextAction",
            "nextActionDate", "priority"}) {
            assertThat(row.has(field)).as(field).isTrue();
        }
        HttpResponse<String> metrics = api.send("GET", "/api/collections/metrics?from=" + today.minusDays(29) + "&to=" + today + "&by=COLLECTOR",
                "credit1", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(api.send("GET", "/api/collections/metrics?from=" + today + "&to=" + today.minusDays(1), "credit1", null).statusCode()).isEqualTo(400);
    }

    @Test
    void dunning_levels_the_run_a_letter_and_its_word_document_over_the_api() throws Exception {
        TestApi api = new TestApi(port);
        Customer c = com.creditwb.workbench.collection.Owing.customer(customers, statements, assessments, receivables,
                new Object[] {"API-D-1", 20, 1500});
        JsonNode levels = json.readTree(api.send("GET", "/api/collections/dunning/levels", "credit1", null).body());
        assertThat(levels.get(0).get("riskClass").asString()).isEqualTo("LOW");
        assertThat(levels.get(0).get("levels").get(0).get("stage").asString()).isEqualTo("REMINDER");
        // only ADMIN sets levels; an unknown class or levels that do not climb are 400
        String body = "{\"levels\":[{\"level\":1,\"days\":7,\"stage\":\"REMINDER\"}]}";
        assertThat(api.send("PUT", "/api/collections/dunning/levels/LOW", "credit1", body).statusCode()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/collections/dunning/levels/GOLD", "admin", body).statusCode()).isEqualTo(400);
        assertThat(api.send("PUT", "/api/collections/dunning/levels/LOW", "admin",
                "{\"levels\":[{\"level\":1,\"days\":9,\"stage\":\"REMINDER\"},{\"level\":2,\"days\":3,\"stage\":\"SECOND\"}]}").statusCode())
                .isEqualTo(400);
        assertThat(api.send("POST", "/api/collections/dunning/run", "account1", null).statusCode()).isEqualTo(403);

        HttpResponse<String> run = api.send("POST", "/api/collections/dunning/run", "credit1", null);
        assertThat(run.statusCode()).isEqualTo(200);
        JsonNode letter = null;
        for (JsonNode l : json.readTree(run.body())) {
            if (l.get("customer").asString().equals(c.getCode())) {
                letter = l;
            }
        }
        assertThat(letter.get("level").asInt()).isEqualTo(1);
        assertThat(letter.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(letter.get("items").get(0).get("invoice").asString()).isEqualTo("API-D-1");
        long id = letter.get("id").asLong();
        HttpResponse<byte[]> doc = api.bytes("GET", "/api/dunning-letters/" + id + "/document", "credit1", null);
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml");
        try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(doc.body()));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d)) {
            assertThat(text.getText()).contains("API-D-1");
        }
        assertThat(api.send("GET", "/api/dunning-letters/" + id + "/document", "account2", null).statusCode()).isEqualTo(404);

        HttpResponse<String> sent = api.send("POST", "/api/dunning-letters/" + id + "/send", "credit1", null);
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(json.readTree(sent.body()).get("status").asString()).isEqualTo("SENT");
        assertThat(api.send("POST", "/api/dunning-letters/" + id + "/send", "credit1", null).statusCode()).isEqualTo(400);
        JsonNode list = json.readTree(api.send("GET", "/api/customers/" + c.getCode() + "/dunning-letters", "account1", null).body());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("channel").asString()).isEqualTo("DOWNLOAD");
    }
}
