package com.creditwb.workbench.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.creditwb.workbench.TestClockConfig;
import com.creditwb.workbench.TestCredit;
import com.creditwb.workbench.TestUsers;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.credit.receivable.AgingWorkbooks;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.statement.StatementService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A collector works the top of the list in a real browser: credit1 signs in, opens the collections worklist, finds the
 * customer that owes most for longest at the top, opens it, logs a call and records the promise the customer made for
 * today; the day after (the test clock moved on a day) the promise shows as broken.
 */
class CollectionsBrowserIT extends BrowserTest {

    @Autowired
    CustomerService customers;
    @Autowired
    StatementService statements;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ReceivableService receivables;
    @Autowired
    com.creditwb.workbench.collection.DunningService dunning;

    @Test
    void a_collector_logs_a_call_and_a_promise_that_is_broken_the_day_after_its_date() {
        LocalDate today = TestClockConfig.DATE;
        Customer c = TestCredit.customerWithStatements(customers, statements, "account1");
        TestCredit.approved(assessments, c);
        // 9 million overdue for 400 days: the top of credit1's list
        LocalDate asOf = TestUsers.as("finance1", "FINANCE", () -> receivables.currentAsOf()).orElse(today);
        byte[] list = AgingWorkbooks.list(asOf, false, new Object[] {c.getCode(), "IT-INV-1", today.minusDays(430), today.minusDays(400), 9_000_000, "CNY"});
        TestUsers.as("finance1", "FINANCE", () -> receivables.confirm(receivables.preview(list, "aging.xlsx", null), ReceivableService.Scope.PARTIAL));

        Page page = browser.signIn("credit1", "demo", "en-US");
        page.navigate(browser.url("/collections"));
        Locator top = page.locator("#worklist-customer-" + c.getCode());
        assertThat(top).isVisible();
        assertThat(page.locator("#worklist-count")).containsText("customers");
        top.click();
        page.waitForURL(url -> url.contains("tab=collections"));
        assertThat(page.locator("#collection-items")).containsText("IT-INV-1");

        page.locator("#collection-log-contact").click();
        page.locator("#activity-contact input").fill("Ms Zhao, finance");
        page.locator("#activity-outcome textarea").fill("Promised to pay 500,000 today");
        page.locator("#activity-save").click();
        assertThat(page.locator("#collection-activities")).containsText("Promised to pay 500,000 today");

        page.locator("#collection-add-promise").click();
        page.locator("#promise-amount input").fill("500000");
        page.locator("#promise-date input").fill(today.format(DateTimeFormatter.ofPattern("M/d/yyyy")));
        page.locator("#promise-date input").press("Enter");
        page.locator("#promise-contact input").fill("Ms Zhao");
        page.locator("#promise-save").click();
        assertThat(page.locator("#collection-promises")).containsText("Pending");
        page.context().close();

        try {
            TestClockConfig.TestClock.ahead(Duration.ofDays(1));
            Page next = browser.signIn("credit1", "demo", "en-US");
            next.navigate(browser.url("/customers/" + c.getId() + "?tab=collections"));
            assertThat(next.locator("#collection-promises")).containsText("Broken");
            assertThat(next.locator("#collection-promises")).containsText("500,000.00");
            next.context().close();
        } finally {
            TestClockConfig.TestClock.reset();
        }
    }

    @Test
    void a_collector_runs_dunning_previews_and_sends_the_reminder_and_the_customer_shows_its_level() {
        LocalDate today = TestClockConfig.DATE;
        Customer c = TestCredit.customerWithStatements(customers, statements, "account1");
        TestCredit.approved(assessments, c);
        // 60 million overdue for 200 days: the reminder is due, at the top of the review list
        LocalDate asOf = TestUsers.as("finance1", "FINANCE", () -> receivables.currentAsOf()).orElse(today);
        byte[] list = AgingWorkbooks.list(asOf, false, new Object[] {c.getCode(), "IT-DUN-1", today.minusDays(230), today.minusDays(200), 60_000_000,
                "CNY"});
        TestUsers.as("finance1", "FINANCE", () -> receivables.confirm(receivables.preview(list, "aging.xlsx", null), ReceivableService.Scope.PARTIAL));

        Page page = browser.signIn("credit1", "demo", "en-US");
        page.navigate(browser.url("/collections"));
        page.locator("#worklist-dunning").click();
        page.waitForURL(url -> url.contains("collections/dunning"));
        page.locator("#dunning-run").click();
        assertThat(page.locator("#dunning-count")).hasText(java.util.regex.Pattern.compile("^[0-9,]+ letters waiting$"));
        Long id = TestUsers.as("credit1", "CREDIT_MANAGER", () -> dunning.proposals()).stream()
                .filter(v -> v.letter().getCustomerId().equals(c.getId())).findFirst().orElseThrow().letter().getId();
        assertThat(page.locator("#dunning-preview-" + id)).isVisible();
        page.locator("#dunning-send-" + id).click();
        assertThat(page.locator("#dunning-send-" + id)).hasCount(0);

        page.navigate(browser.url("/customers/" + c.getId() + "?tab=collections"));
        assertThat(page.locator("#dunning-level")).containsText("Dunning level in force: 1");
        assertThat(page.locator("#collection-letters")).containsText("Payment reminder");
        assertThat(page.locator("#collection-letters")).containsText("Sent");
        page.context().close();
    }
}
