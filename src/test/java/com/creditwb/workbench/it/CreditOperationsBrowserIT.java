package com.creditwb.workbench.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.TestApi;
import com.creditwb.workbench.TestCredit;
import com.creditwb.workbench.TestUsers;
import com.creditwb.workbench.credit.Assessment;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.credit.domain.CreditOverride;
import com.creditwb.workbench.credit.CreditTestInputs;
import com.creditwb.workbench.credit.documents.DocumentService;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.statement.StatementService;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The order system's order is blocked over the limit; a credit manager signs in, finds it in the blocked-documents
 * queue and releases it with a reason in a real browser; the order system's next check of that order approves it.
 */
class CreditOperationsBrowserIT extends BrowserTest {

    @Autowired
    CustomerService customers;
    @Autowired
    StatementService statements;
    @Autowired
    AssessmentService assessments;
    @Autowired
    DocumentService documents;

    @Test
    void an_order_blocked_over_the_limit_is_released_in_the_queue_and_its_next_check_approves() throws Exception {
        Customer c = TestCredit.customerWithStatements(customers, statements, "account1");
        Assessment a = TestUsers.as("credit1", "CREDIT_MANAGER", () -> {
            Assessment x = assessments.start(c.getId());
            x = assessments.save(x.getId(), x.getVersion(), CreditTestInputs.complete(x.input()),
                    new CreditOverride(null, null, new BigDecimal("100000"), "浏览器测试额度"));
            return assessments.submit(x.getId(), x.getVersion());
        });
        TestUsers.as("credit2", "CREDIT_MANAGER", () -> assessments.approve(a.getId(), a.getVersion(), "同意"));
        TestUsers.as("admin", "ADMIN", () -> documents.setAuthority("credit2", new BigDecimal("1000000")));

        TestApi api = new TestApi(port);
        var json = JsonMapper.builder().build();
        String number = "SO-IT-" + com.creditwb.workbench.TestSequence.next();
        String order = "{\"customer\":\"" + c.getCode() + "\",\"type\":\"ORDER\",\"number\":\"" + number + "\",\"amount\":150000,\"currency\":\"CNY\"}";
        JsonNode blocked = json.readTree(api.send("POST", "/api/credit/documents", "credit1", order).body());
        assertThat(blocked.get("decision").asString()).isEqualTo("BLOCK");
        assertThat(blocked.get("codes").get(0).asString()).isEqualTo("LIMIT_EXCEEDED");

        Page page = browser.signIn("credit2", "demo", "en-US");
        page.navigate(browser.url("/credit/blocked"));
        assertThat(page.locator("#blocked-authority")).containsText("1,000,000.00");
        var row = page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(number));
        assertThat(row.first()).isVisible();
        long holdId = TestUsers.as("credit2", "CREDIT_MANAGER", () -> documents.queue()).stream()
                .filter(h -> h.document().getNumber().equals(number)).findFirst().orElseThrow().hold().getId();
        page.locator("#blocked-decide-" + holdId).click();
        page.locator("#blocked-release").click();
        // refused: the reason is asked for on its field, and the dialog stays open
        assertThat(page.locator("#blocked-reason [slot='error-message']")).containsText("reason");
        page.locator("#blocked-reason textarea").fill("客户已提供银行保函");
        page.locator("#blocked-release").click();
        assertThat(page.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Released.")))
                .isVisible();
        // gone from the queue: the grid holds as many rows as the queue now has, and not this one
        int left = TestUsers.as("credit2", "CREDIT_MANAGER", () -> documents.queue()).size();
        assertThat(TestUsers.as("credit2", "CREDIT_MANAGER", () -> documents.queue())).noneMatch(h -> h.document().getNumber().equals(number));
        page.waitForFunction("n => document.querySelector('#blocked-grid').size === n", left);
        page.context().close();

        HttpResponse<String> next = api.send("POST", "/api/credit/documents", "credit1", order);
        assertThat(next.statusCode()).isEqualTo(200);
        JsonNode approved = json.readTree(next.body());
        assertThat(approved.get("decision").asString()).isEqualTo("APPROVE");
        assertThat(approved.get("codes").get(0).asString()).isEqualTo("RELEASED");
    }
}
