package com.creditwb.workbench.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The foundation's workflows in a real browser, through the real login form. */
class FoundationBrowserIT extends BrowserTest {


    static List<String> navigation(Page page) {
        return page.locator("vaadin-side-nav-item").allInnerTexts().stream().map(String::trim).toList();
    }

    @ParameterizedTest
    @CsvSource({
        "admin, 'Dashboard|My tasks|Customers|Complaints|Service quality|Churn watch|Approvals and reviews|Blocked documents|Collections|Collection figures|Alerts|Credit portfolio|Customer groups|Scoring model|Key-account portfolio|Import account economics|Key-account settings|Strategic alliances|Business negotiations|Import statements|Import receivables aging|Exchange rates|Users and roles|Survey questionnaires'",
        "credit1, 'Dashboard|My tasks|Customers|Complaints|Service quality|Churn watch|Approvals and reviews|Blocked documents|Collections|Collection figures|Alerts|Credit portfolio|Customer groups|Scoring model|Key-account portfolio|Key-account settings|Strategic alliances|Business negotiations|Exchange rates'",
        "account1, 'Dashboard|My tasks|Customers|Complaints|Service quality|Churn watch|Blocked documents|Collections|Collection figures|Alerts|Customer groups|Key-account portfolio|Import account economics|Key-account settings|Strategic alliances|Business negotiations'",
        "finance1, 'Dashboard|My tasks|Customers|Complaints|Collections|Collection figures|Alerts|Credit portfolio|Customer groups|Key-account portfolio|Import account economics|Business negotiations|Import statements|Import receivables aging|Exchange rates'",
    })
    void each_role_sees_only_the_navigation_it_may_use(String user, String expected) {
        Page page = browser.signIn(user, "demo", "en-US");
        assertThat(navigation(page)).containsExactly(expected.split("\\|"));
        page.context().close();
    }

    @Test
    void typing_an_administration_url_without_the_role_shows_not_allowed_and_no_data() {
        Page page = browser.signIn("account1", "demo", "en-US");
        page.navigate(browser.url("/admin/users"));
        assertThat(page.locator("#access-denied")).containsText("Not allowed");
        assertThat(page.locator("vaadin-grid")).hasCount(0);
        page.context().close();
    }

    @Test
    void a_bad_uscc_is_explained_and_a_good_customer_is_then_found_in_the_grid() {
        Page page = browser.signIn("account1", "demo", "en-US");
        page.navigate(browser.url("/customers"));
        page.locator("#new-customer").click();
        page.locator("#customer-code input").fill("BROWSER1");
        page.locator("#customer-name input").fill("浏览器测试贸易有限公司");
        page.locator("#customer-uscc input").fill("91440300708461136X");
        pickComboBox(page, "#customer-industry", "F Wholesale");
        pickComboBox(page, "#customer-region", "Guangdong");
        pickSelect(page, "#customer-size", "Medium");
        pickSelect(page, "#customer-type", "Intermediate customer");
        pickSelect(page, "#customer-stage", "Exploration");
        pickSelect(page, "#customer-level", "Basic");
        page.locator("#save-customer").click();

        Locator uscc = page.locator("#customer-uscc");
        assertThat(uscc).hasAttribute("invalid", "");
        assertThat(uscc).containsText("should be T");

        page.locator("#customer-uscc input").fill("91440300708461136T");
        page.locator("#save-customer").click();
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);

        page.locator("#customer-search input").fill("浏览器测试");
        Locator grid = page.locator("#customer-grid");
        assertThat(grid).containsText("浏览器测试贸易有限公司");
        assertThat(grid).containsText("BROWSER1");
        assertThat(page.locator("#customer-total")).containsText("1 customers");
        page.context().close();
    }

    @Test
    void switching_the_language_changes_the_ui_and_is_remembered() {
        Page page = browser.signIn("credit2", "demo", "en-US");
        assertThat(navigation(page)).contains("Customers");
        pickSelect(page, "#language", "简体中文");
        assertThat(navItem(page, "客户档案")).hasCount(1);
        assertThat(navItem(page, "工作台首页")).hasCount(1);
        assertThat(page.locator("#sign-out")).containsText("退出");
        page.context().close();

        Page again = browser.signIn("credit2", "demo", "en-US");
        assertThat(navItem(again, "客户档案")).hasCount(1);
        pickSelect(again, "#language", "English");
        assertThat(navItem(again, "Customers")).hasCount(1);
        again.context().close();
    }

    private static Locator navItem(Page page, String label) {
        return page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(label));
    }

    private static void pickComboBox(Page page, String selector, String itemText) {
        page.locator(selector + " input").click();
        page.locator(selector + " input").fill(itemText.split(" ")[0].length() == 1 ? "" : itemText);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(itemText)).first().click();
    }

    private static void pickSelect(Page page, String selector, String itemText) {
        page.locator(selector).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(itemText)).first().click();
    }
}
