package com.creditwb.workbench.servicequality.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.TestApi;
import com.creditwb.workbench.TestCustomers;
import com.creditwb.workbench.WorkbenchTest;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The survey API over real HTTP: a round with links, an entered response scored, roles, and bad input as 4xx. */
@WorkbenchTest
class SurveyApiTest {

    @LocalServerPort
    int port;
    @Autowired
    CustomerService customers;

    static String scores(int v, int... counts) {
        StringBuilder b = new StringBuilder("{");
        String[] dims = {"TANGIBLES", "RESPONSIVENESS", "COMMITMENT", "ASSURANCE", "RELIABILITY"};
        for (int d = 0; d < dims.length; d++) {
            b.append(d == 0 ? "" : ",").append('"').append(dims[d]).append("\":[");
            for (int i = 0; i < counts[d]; i++) {
                b.append(i == 0 ? "" : ",").append(v);
            }
            b.append(']');
        }
        return b.append('}').toString();
    }

    @Test
    void a_round_is_started_with_links_a_phone_answer_is_scored_and_outsiders_get_404() throws Exception {
        Customer c = TestCustomers.fresh("SA", "接口调查测试有限公司");
        c.setOwner("account1");
        Customer saved = SystemAuthentication.call(() -> customers.create(c));
        TestApi api = new TestApi(port);
        String path = "/api/customers/" + saved.getCode() + "/surveys";
        HttpResponse<String> created = api.send("POST", path, "account1",
                "{\"title\":\"2026 Q4\",\"questionnaire\":\"FIVE\",\"validUntil\":\"" + com.creditwb.workbench.TestClockConfig.DATE.plusDays(19) + "\",\"contacts\":[{\"name\":\"Wang\",\"language\":\"zh-CN\"}]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode s = JsonMapper.builder().build().readTree(created.body());
        long id = s.get("id").asLong();
        assertThat(created.headers().firstValue("Location").orElseThrow()).isEqualTo("/api/surveys/" + id);
        assertThat(s.get("invitations").get(0).get("link").asString()).startsWith("/survey/");
        assertThat(s.get("invited").asInt()).isEqualTo(1);
        // the link is shown once: not in later reads
        JsonNode read = JsonMapper.builder().build().readTree(api.send("GET", "/api/surveys/" + id, "credit1", null).body());
        assertThat(read.get("invitations").get(0).get("link").isNull()).isTrue();

        // five-factor questionnaire: 4, 4, 3, 4, 4 statements; expectation 7 and perception 6 everywhere → gaps −1, CSI 100 × 5 / 6
        String answer = "{\"respondent\":\"Li (phone)\",\"expectation\":" + scores(7, 4, 4, 3, 4, 4) + ",\"perception\":" + scores(6, 4, 4, 3, 4, 4)
                + ",\"satisfaction\":\"CONTENT\",\"recommend\":7}";
        HttpResponse<String> r = api.send("POST", "/api/surveys/" + id + "/responses", "account1", answer);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode result = JsonMapper.builder().build().readTree(r.body()).get("results");
        assertThat(result.get("servqual").asDouble()).isCloseTo(-1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(result.get("csi").asDouble()).isCloseTo(500.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(result.get("nps").asDouble()).as("a passive (7)").isZero();

        for (String[] bad : new String[][] {
            {answer.replace("\"recommend\":7", "\"recommend\":7.5"), "recommend"},
            {answer.replaceFirst("\\[7,7,7,7]", "[7,7,7,8]"), "expectation.TANGIBLES[3]"},
            {answer.replaceFirst("\\[7,7,7,7]", "[7,7,7]"), "perception.TANGIBLES"},
            {answer.replace("CONTENT", "HAPPY"), ""},
            {"{\"respondent\":\"x\"}", "perception"},
            {answer.replace("Li (phone)", "x".repeat(300)), "respondent"},
        }) {
            HttpResponse<String> x = api.send("POST", "/api/surveys/" + id + "/responses", "account1", bad[0]);
            assertThat(x.statusCode()).as(bad[1] + " " + x.body()).isEqualTo(400);
            assertThat(x.body()).contains(bad[1]);
        }
        assertThat(api.send("POST", "/api/surveys/" + id + "/responses", "credit1", answer).statusCode()).isEqualTo(403);
        assertThat(api.send("GET", "/api/surveys/" + id, "account2", null).statusCode()).isEqualTo(404);
        assertThat(api.send("GET", "/api/surveys/" + id, "finance1", null).statusCode()).isEqualTo(404);
        assertThat(api.send("GET", path, "account2", null).statusCode()).isEqualTo(404);
        assertThat(api.send("POST", path, "account2", "{\"title\":\"x\",\"questionnaire\":\"FIVE\",\"validUntil\":\"" + com.creditwb.workbench.TestClockConfig.DATE.plusDays(19) + "\"}").statusCode())
                .isEqualTo(404);
        assertThat(api.send("POST", path, "account1", "{\"title\":\"x\",\"questionnaire\":\"SIX\",\"validUntil\":\"" + com.creditwb.workbench.TestClockConfig.DATE.plusDays(19) + "\"}").statusCode())
                .isEqualTo(400);
        assertThat(api.send("POST", path, "account1", "{\"title\":\"x\",\"questionnaire\":\"FIVE\",\"validUntil\":\"" + com.creditwb.workbench.TestClockConfig.DATE.plusYears(2) + "\"}").statusCode())
                .isEqualTo(400);
        JsonNode list = JsonMapper.builder().build().readTree(api.send("GET", path, "credit1", null).body());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("answered").asInt()).isEqualTo(1);
    }

    @Autowired
    com.creditwb.workbench.keyaccount.KeyAccountService keyAccounts;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.keyaccount.AccountEconomicsService economicsService;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.keyaccount.KeyAccountProfileService profileService;

    @Test
    void a_segment_round_gives_every_link_and_the_portfolio_answers_with_its_trend_and_bad_input_is_a_400() throws Exception {
        Customer c = TestCustomers.fresh("SA", "细分接口测试有限公司");
        c.setOwner("account1");
        c.addContact(new com.creditwb.workbench.customer.Contact("Ms Chen", "Buyer", null, null, com.creditwb.workbench.customer.domain.ContactRole.USER));
        Customer saved = SystemAuthentication.call(() -> customers.create(c));
        com.creditwb.workbench.TestUsers.as("account1", "ACCOUNT_MANAGER", () -> {
            economicsService.saveYear(saved.getId(), new com.creditwb.workbench.keyaccount.value.AccountEconomics(2026,
                    new java.math.BigDecimal("800000000000"), new java.math.BigDecimal("600000000000"), java.math.BigDecimal.ZERO,
                    java.math.BigDecimal.ZERO, null, null, null), null);
            return null;
        });
        TestApi api = new TestApi(port);
        var json = JsonMapper.builder().build();
        String until = com.creditwb.workbench.TestClockConfig.DATE.plusDays(10).toString();
        HttpResponse<String> created = api.send("POST", "/api/surveys/segment", "account1", "{\"segment\":\"PARETO_REVENUE\",\"questionnaire\":"
                + "\"FIVE\",\"title\":\"Key accounts H2\",\"validUntil\":\"" + until + "\",\"language\":\"en\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode n = json.readTree(created.body());
        assertThat(n.get("segment").asString()).isEqualTo("PARETO_REVENUE");
        JsonNode mine = null;
        for (JsonNode r : n.get("surveys")) {
            if (r.get("customer").asString().equals(saved.getCode())) {
                mine = r;
            }
        }
        assertThat(mine).as("the big customer is in the revenue head").isNotNull();
        assertThat(mine.get("invitations").get(0).get("contact").asString()).isEqualTo("Ms Chen");
        assertThat(mine.get("invitations").get(0).get("language").asString()).isEqualTo("en");
        assertThat(mine.get("invitations").get(0).get("link").asString()).startsWith("/survey/");

        HttpResponse<String> portfolio = api.send("GET", "/api/servqual/portfolio?segment=PARETO_REVENUE&questionnaire=FIVE", "credit1", null);
        assertThat(portfolio.statusCode()).as(portfolio.body()).isEqualTo(200);
        assertThat(json.readTree(portfolio.body()).get("questionnaire").asString()).isEqualTo("FIVE");
        assertThat(json.readTree(portfolio.body()).get("trend").isArray()).isTrue();
        assertThat(api.send("GET", "/api/servqual/portfolio", "account2", null).statusCode()).isEqualTo(200);
        assertThat(api.send("GET", "/api/servqual/portfolio", "finance1", null).statusCode()).isEqualTo(403);
        assertThat(api.send("GET", "/api/servqual/portfolio?segment=NOWHERE", "account1", null).statusCode()).isEqualTo(400);
        assertThat(api.send("GET", "/api/servqual/portfolio?questionnaire=TEN", "account1", null).statusCode()).isEqualTo(400);
        for (String bad : new String[] {"{}", "{\"segment\":\"PARETO_REVENUE\",\"questionnaire\":\"TEN\"}",
            "{\"segment\":\"PARETO_REVENUE\",\"questionnaire\":\"FIVE\",\"title\":\"x\",\"validUntil\":\"someday\"}",
            "{\"segment\":\"PARETO_REVENUE\",\"questionnaire\":\"FIVE\",\"title\":\"" + "x".repeat(5000) + "\",\"validUntil\":\"" + until + "\"}",
            "{\"segment\":\"" + "Q".repeat(10_000) + "\",\"questionnaire\":\"FIVE\",\"title\":\"x\",\"validUntil\":\"" + until + "\"}",
            "[1,2]", "not json"}) {
            HttpResponse<String> r = api.send("POST", "/api/surveys/segment", "account1", bad);
            assertThat(r.statusCode()).as(bad.length() > 80 ? bad.substring(0, 80) : bad).isEqualTo(400);
        }
    }
}
