package com.creditwb.workbench.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.credit.model.SubFactor;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerFilter;
import com.creditwb.workbench.customer.CustomerService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

/**
 * The four-eyes workflow in a real browser: credit1 assesses an account manager's customer and
 * submits, cannot approve it himself, credit2 approves it from the review list, and the account
 * manager sees the decision on the customer's Credit tab.
 */
class CreditBrowserIT extends BrowserTest {

    @Autowired
    CustomerService customers;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.customer.CustomerSearch search;

    @Test
    void assess_submit_approve_by_another_and_the_account_manager_sees_the_decision() {
        Customer customer = SystemAuthentication.call(() -> search.find(CustomerFilter.ALL, 0, 1000, Sort.by("code")).stream()
                .filter(c -> "account1".equals(c.getOwner())).reduce((a, b) -> b).orElseThrow());

        Page page = browser.signIn("credit1", "demo", "en-US");
        page.navigate(browser.url("/customers/" + customer.getCode()));
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Credit")).last().click();
        assertThat(page.locator("#credit-decision")).containsText("No approved credit decision");
        page.locator("#start-assessment").click();
        page.waitForURL(Pattern.compile(".*/credit/assessments/\\d+"));

        page.locator("#requested-limit input").fill("800000");
        page.locator("#expected-purchases input").fill("3650000");
        page.locator("#expected-purchases input").press("Tab");
        for (SubFactor sub : SubFactor.values()) {
            Locator select = page.locator("#score-" + sub.name());
            if (page.locator("#prefilled-" + sub.name()).isVisible()) {
                continue; // answered by data
            }
            select.click();
            select.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("4 – ")).first().click();
            assertThat(select).containsText("4 –");
        }
        // no statements: the composite is the 5C score; the limit is C = 3,650,000 × 60 / 365 = 600,000 at most
        assertThat(page.locator("#missing-ratios")).containsText("no statements");
        assertThat(page.locator("#limit-steps")).containsText("No statements: base = C");
        page.locator("#submit-assessment").click();
        assertThat(page.locator("#assessment-status")).containsText("Submitted");
        assertThat(page.locator("#approve-assessment")).isHidden();
        String rating = page.locator("#result-rating").textContent().strip();
        String url = page.url();
        page.context().close();

        Page second = browser.signIn("credit2", "demo", "en-US");
        second.navigate(browser.url("/credit/reviews"));
        second.locator("#awaiting-approval").getByText(customer.getCode() + " " + customer.getName()).click();
        second.waitForURL(url);
        second.locator("#decision-comment textarea").fill("Agreed, standard terms.");
        second.locator("#approve-assessment").click();
        assertThat(second.locator("#assessment-status")).containsText("Approved");
        assertThat(second.locator("#assessment-frozen")).isVisible();
        second.context().close();

        Page owner = browser.signIn("account1", "demo", "en-US");
        owner.navigate(browser.url("/customers/" + customer.getCode()));
        owner.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Credit")).last().click();
        assertThat(owner.locator("#decision-rating")).hasText(rating);
        assertThat(owner.locator("#credit-decision")).containsText("李诚 Li Cheng");
        assertThat(owner.locator("#start-assessment")).isHidden();
        owner.context().close();
    }

    @Test
    void finance_cannot_open_the_scoring_model_and_an_account_manager_cannot_import_receivables() {
        Page page = browser.signIn("account1", "demo", "en-US");
        page.navigate(browser.url("/receivables/import"));
        assertThat(page.locator("#access-denied")).isVisible();
        page.context().close();
        Page finance = browser.signIn("finance1", "demo", "en-US");
        finance.navigate(browser.url("/credit/model"));
        assertThat(finance.locator("#access-denied")).isVisible();
        finance.context().close();
    }

    @Test
    void the_alert_list_exports_what_it_shows_in_the_users_language() throws Exception {
        Page page = browser.signIn("credit1", "demo", "zh-CN");
        page.navigate(browser.url("/credit/alerts"));
        assertThat(page.locator("#alerts")).isVisible();
        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator("#alerts-export").click());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(download.createReadStream())) {
            var sheet = wb.getSheetAt(0);
            org.assertj.core.api.Assertions.assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("信用预警");
            org.assertj.core.api.Assertions.assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("未收金额");
        }
        page.context().close();
    }

    @Test
    void the_credit_portfolio_opens_filters_and_exports() throws Exception {
        Page page = browser.signIn("finance1", "demo", "en-US");
        page.navigate(browser.url("/credit/portfolio"));
        assertThat(page.locator("#portfolio-by-rating")).isVisible();
        page.locator("#portfolio-class").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Low risk")).first().click();
        assertThat(page.locator("#portfolio-by-rating")).isVisible();
        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator("#portfolio-export").click());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(download.createReadStream())) {
            org.assertj.core.api.Assertions.assertThat(wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("Code");
        }
        page.context().close();
    }
}
