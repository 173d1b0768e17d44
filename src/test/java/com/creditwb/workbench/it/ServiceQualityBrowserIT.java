package com.creditwb.workbench.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.creditwb.workbench.TestCustomers;
import com.creditwb.workbench.TestUsers;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.servicequality.domain.Dimension;
import com.creditwb.workbench.servicequality.SurveyService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer's contact answers the SERVQUAL questionnaire through a personal link in a real browser, without an
 * account and in Chinese; the link then says it has been answered and nothing else of the workbench opens; the account
 * manager sees the result on the customer's Service tab.
 */
class ServiceQualityBrowserIT extends BrowserTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    CustomerService customers;

    @Test
    void a_contact_answers_by_link_and_the_account_manager_sees_the_result() {
        Customer c = TestCustomers.fresh("SQ", "链接答卷测试有限公司");
        c.setOwner("account1");
        Customer saved = SystemAuthentication.call(() -> customers.create(c));
        SurveyService.Created created = TestUsers.as("account1", "ACCOUNT_MANAGER", () -> surveys.create(saved.getId(), Dimension.Model.FIVE,
                "2026 Q4", com.creditwb.workbench.TestClockConfig.DATE.plusDays(19), List.of(new SurveyService.Invitee("王经理", null, Locale.SIMPLIFIED_CHINESE))));
        String path = "/" + created.links().get(0).path();

        Page contact = browser.anonymous("en-US");
        contact.navigate(browser.url(path));
        // the contact's language, whatever the browser's
        assertThat(contact.locator("h2")).containsText("我们为" + saved.getName() + "提供的服务怎么样");
        assertThat(contact.locator("vaadin-side-nav")).hasCount(0);
        int items = 19;
        for (int i = 0; i < items; i++) {
            pick(contact, "#e-" + i, "7");
            pick(contact, "#p-" + i, i < 4 ? "6" : "5");
        }
        pick(contact, "#survey-recommend", "9");
        contact.locator("#survey-submit").click();
        assertThat(contact.locator("#survey-thanks")).containsText("您的答卷已收到");
        contact.reload();
        assertThat(contact.locator("#survey-closed")).containsText("该问卷已经提交");
        // nothing else opens without an account
        contact.navigate(browser.url("/customers"));
        contact.waitForURL(Pattern.compile(".*/login.*"));
        contact.context().close();

        Page manager = browser.signIn("account1", "demo", "en-US");
        manager.navigate(browser.url("/customers/" + saved.getId() + "?tab=service"));
        Locator scores = manager.locator("#survey-scores-" + created.survey().getId());
        // gaps: tangibles (4 items) 6 − 7 = −1, the other four dimensions 5 − 7 = −2: SERVQUAL (−1 − 8) / 5 = −1.80;
        // even importance (20 each): CSI 100 × (0.2 × 5/6 + 0.8 × 4/6) = 70.0; one promoter: NPS 100
        assertThat(scores).containsText("SERVQUAL -1.80");
        assertThat(scores).containsText("(CSI) 70.0");
        assertThat(scores).containsText("NPS 100");
        // and pooled with the other customers' answers of this half-year on the portfolio page
        manager.navigate(browser.url("/service-quality"));
        assertThat(manager.locator("#sq-summary")).containsText("Latest half-year " + com.creditwb.workbench.TestClockConfig.DATE.getYear() + " H"
                + (com.creditwb.workbench.TestClockConfig.DATE.getMonthValue() <= 6 ? 1 : 2) + ": SERVQUAL");
        assertThat(manager.locator("#sq-ipa")).isVisible();
        manager.context().close();
    }

    private static void pick(Page page, String selector, String value) {
        Locator select = page.locator(selector);
        select.scrollIntoViewIfNeeded();
        select.click();
        select.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + value + "\\s*$"))).first()
                .click();
    }
}
