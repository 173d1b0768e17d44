package com.creditwb.workbench.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.creditwb.workbench.TestUsers;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.keyaccount.value.AccountEconomics;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.FileInputStream;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An account manager writes a key-account plan in a real browser: starts it from the customer's Key
 * account tab, edits and saves the draft, activates it, and downloads its workbook, which is read back — for a
 * customer with a credit decision, whose rating and risk class the workbook carries.
 */
class KeyAccountBrowserIT extends BrowserTest {

    @Autowired
    CustomerService customers;
    @Autowired
    KeyAccountService keyAccounts;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.keyaccount.AccountEconomicsService economicsService;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.keyaccount.KeyAccountProfileService profileService;
    @Autowired
    com.creditwb.workbench.statement.StatementService statements;
    @Autowired
    com.creditwb.workbench.credit.AssessmentService assessments;

    @Test
    void the_account_manager_edits_a_plan_activates_it_and_downloads_its_workbook() throws Exception {
        Customer customer = com.creditwb.workbench.TestCredit.customerWithStatements(customers, statements, "account1");
        var decision = com.creditwb.workbench.TestCredit.approved(assessments, customer);
        TestUsers.run("account1", "ACCOUNT_MANAGER", () -> {
            if (economicsService.economics(customer.getId()).isEmpty()) {
                economicsService.saveYear(customer.getId(), new AccountEconomics(2025, new BigDecimal("2000000"), new BigDecimal("1200000"),
                        new BigDecimal("100000"), new BigDecimal("200000"), 0.5, 24, 6), null);
            }
        });

        Page page = browser.signIn("account1", "demo", "en-US");
        page.navigate(browser.url("/customers/" + customer.getCode()));
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Key account")).last().click();
        // 2,000,000 − 1,200,000 − 100,000 − 200,000 = 500,000
        assertThat(page.locator("#ka-current-value")).containsText("500,000.00");
        page.locator("#ka-new-plan").click();
        page.waitForURL(Pattern.compile(".*/key-accounts/plans/\\d+"));
        assertThat(page.locator("#plan-heading")).containsText("Draft");
        page.locator("#plan-title input").fill("Grow with " + customer.getCode());
        page.locator("#plan-profile textarea").fill("Steady buyer; cares about delivery.");
        page.locator("#plan-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Plan saved");
        page.locator("#plan-activate").click();
        assertThat(page.locator("#plan-heading")).containsText("Active");
        assertThat(page.locator("#plan-facts")).containsText("frozen");

        Download download = page.waitForDownload(() -> page.locator("#plan-download-link").click());
        try (Workbook wb = new XSSFWorkbook(new FileInputStream(download.path().toFile()))) {
            org.assertj.core.api.Assertions.assertThat(wb.getSheetName(0)).isEqualTo("Summary");
            org.assertj.core.api.Assertions.assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Key-account plan: Grow with " + customer.getCode());
            org.assertj.core.api.Assertions.assertThat(wb.getSheetAt(1).getRow(2).getCell(1).getStringCellValue()).startsWith("Frozen");
            java.util.List<String> texts = new java.util.ArrayList<>();
            wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            })));
            org.assertj.core.api.Assertions.assertThat(texts).contains(decision.getRating());
            org.assertj.core.api.Assertions.assertThat(texts).contains(new org.springframework.context.support.MessageSourceAccessor(
                    new com.creditwb.workbench.common.i18n.MessagesConfig().messageSource())
                    .getMessage(decision.getRiskClass().messageKey(), java.util.Locale.ENGLISH));
        }
        page.context().close();
    }
}
