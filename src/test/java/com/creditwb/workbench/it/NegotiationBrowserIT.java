package com.creditwb.workbench.it;

import com.creditwb.workbench.negotiation.domain.NegotiationWarning;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.creditwb.workbench.TestUsers;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An account manager prepares a negotiation in a real browser — the record, two issues with their three targets —,
 * scores a package in the calculator, records a session with our offers and their counter-offer, and sees each
 * offer's score and the warning that we conceded twice in a row unanswered; another account manager is told it
 * does not exist.
 */
class NegotiationBrowserIT extends BrowserTest {

    @Autowired
    com.creditwb.workbench.negotiation.NegotiationSessionService negotiations;

    @Test
    void the_owner_prepares_a_negotiation_records_a_session_with_a_counter_offer_and_sees_scores_and_the_concession_warning() {
        Page page = browser.signIn("account1", "demo", "en-US");
        page.navigate(browser.url("/negotiations"));
        page.locator("#negotiation-new").click();
        page.locator("#new-negotiation-subject input").fill("Browser supply contract");
        page.locator("#new-negotiation-counterpart input").click();
        page.locator("#new-negotiation-counterpart input").fill("C00001");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("C00001")).first().click();
        page.locator("#new-negotiation-save").click();
        page.waitForURL(Pattern.compile(".*/negotiations/\\d+"));
        long id = Long.parseLong(page.url().replaceAll(".*/negotiations/(\\d+).*", "$1"));
        assertThat(page.locator("#negotiation-status")).hasText("Preparing");

        // the plan: price (higher is better when we sell) 120 / 110 / 100 with weight 3, terms (lower is better) 30 / 45 / 60
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Plan and targets")).click();
        page.locator("#negotiation-add-issue").click();
        fillIssue(page, 0, "price", "3", "120", "110", "100");
        page.locator("#negotiation-add-issue").click();
        fillIssue(page, 1, "terms", "1", "30", "45", "60");
        page.locator("#issue-1-kind").click();
        page.locator("#issue-1-kind vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Payment terms (days)")).first().click();
        assertThat(page.locator("#issue-1-better")).containsText("Lower");
        page.locator("#negotiation-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Negotiation saved.");
        // all-acceptable: price 50, terms 50 → 50
        assertThat(page.locator("#negotiation-acceptable-score")).containsText("50.0");
        // the calculator: price 115 → 75, terms 40 → 66.7; 0.75 × 75 + 0.25 × 66.7 = 72.9
        page.locator("#calc-0 input").fill("115");
        page.locator("#calc-1 input").fill("40");
        page.locator("#calc-1 input").press("Tab");
        assertThat(page.locator("#calc-score")).containsText("72.9");

        // a session: ours 120/30 (100), theirs 100/60 (0), ours 115/40 (72.9), ours 110/45 (50)
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Sessions")).click();
        page.locator("#session-record").click();
        page.locator("#session-attendees-them input").fill("Mr Li, purchasing director");
        page.locator("#session-add-ours").click();
        page.locator("#session-add-theirs").click();
        page.locator("#session-add-ours").click();
        page.locator("#session-add-ours").click();
        String[][] values = {{"120", "30"}, {"100", "60"}, {"115", "40"}, {"110", "45"}};
        for (int i = 0; i < values.length; i++) {
            page.locator("#offer-" + i + "-0 input").fill(values[i][0]);
            page.locator("#offer-" + i + "-1 input").fill(values[i][1]);
        }
        page.locator("#session-save").click();
        assertThat(page.locator("#negotiation-status")).hasText("In progress");
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Sessions")).click();
        assertThat(page.locator("#concession-warning-UNRECIPROCATED")).containsText("We conceded twice in a row");
        // ours 100 − 72.9 + 72.9 − 50 = 50; theirs 0
        assertThat(page.locator("#negotiation-concessions")).containsText("Our concessions 50.0");
        Locator grid = page.locator("vaadin-grid").last();
        assertThat(grid).containsText("72.9");
        assertThat(grid).containsText("100.0");
        assertThat(page.locator("#negotiation-offers-chart")).isVisible();
        org.assertj.core.api.Assertions.assertThat(TestUsers.as("account1", "ACCOUNT_MANAGER", () -> negotiations.concessions(id)).warnings())
                .extracting(NegotiationWarning::code).containsExactly("UNRECIPROCATED");

        // confidential: another account manager is told it does not exist
        Page other = browser.signIn("account2", "demo", "en-US");
        other.navigate(browser.url("/negotiations/" + id));
        assertThat(other.locator("h2")).hasText("Negotiation not found.");
        other.navigate(browser.url("/negotiations"));
        assertThat(other.locator("#negotiations-grid")).not().containsText("Browser supply contract");
    }

    private static void fillIssue(Page page, int row, String name, String weight, String optimal, String acceptable, String minimum) {
        page.locator("#issue-" + row + "-name input").fill(name);
        page.locator("#issue-" + row + "-weight input").fill(weight);
        page.locator("#issue-" + row + "-optimal input").fill(optimal);
        page.locator("#issue-" + row + "-acceptable input").fill(acceptable);
        page.locator("#issue-" + row + "-minimum input").fill(minimum);
    }
}
