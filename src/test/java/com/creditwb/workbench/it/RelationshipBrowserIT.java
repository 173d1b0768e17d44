package com.creditwb.workbench.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.creditwb.workbench.TestCredit;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.statement.StatementService;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An account manager keeps the record of a relationship in a real browser: account1 logs a visit with a next step for
 * today on the customer's Activities tab, finds it on My tasks and marks it done.
 */
class RelationshipBrowserIT extends BrowserTest {

    @Autowired
    CustomerService customers;
    @Autowired
    StatementService statements;
    @Autowired
    com.creditwb.workbench.relationship.TaskService tasks;

    @Test
    void an_account_manager_logs_a_visit_and_does_its_next_step_from_my_tasks() {
        Customer c = TestCredit.customerWithStatements(customers, statements, "account1");
        Page page = browser.signIn("account1", "demo", "en-US");
        page.navigate(browser.url("/customers/" + c.getId() + "?tab=activities"));
        page.locator("#activity-log").click();
        page.locator("#contact-subject input").fill("Plant tour with the buyer");
        page.locator("#contact-notes textarea").fill("They plan a second line next spring.");
        page.locator("#contact-step-0 input").fill("Send the line quotation " + c.getCode());
        page.locator("#contact-save").click();
        assertThat(page.locator("#activities")).containsText("Plant tour with the buyer");
        assertThat(page.locator("#activities")).containsText("Send the line quotation");

        page.navigate(browser.url("/tasks"));
        assertThat(page.locator("#tasks")).containsText("Send the line quotation " + c.getCode());
        Long id = com.creditwb.workbench.TestUsers.as("account1", "ACCOUNT_MANAGER", () -> tasks.tasks(null,
                com.creditwb.workbench.relationship.domain.TaskDue.ALL)).stream()
                .filter(t -> t.getText().equals("Send the line quotation " + c.getCode())).findFirst().orElseThrow().getId();
        int open = Integer.parseInt(page.locator("#tasks-count").textContent().replaceAll("[^0-9]", ""));
        page.locator("#task-done-" + id).click();
        // done: one open task fewer (the grid keeps recycled cells' old text in the page, so the count is what tells)
        assertThat(page.locator("#tasks-count")).hasText((open - 1) + " open");
        org.assertj.core.api.Assertions.assertThat(com.creditwb.workbench.TestUsers.as("account1", "ACCOUNT_MANAGER", () -> tasks.tasks(null,
                com.creditwb.workbench.relationship.domain.TaskDue.ALL))).noneMatch(t -> t.getId().equals(id));
        page.context().close();
    }
}
